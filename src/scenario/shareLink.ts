import LZString from 'lz-string';
import { parseScenario, SCENARIO_VERSION, type Scenario, type ScenarioResult } from './format';

const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;

/** The longest fragment a link may carry before it is refused unread (a link can come from anyone). */
export const MAX_LINK_CHARS = 200_000;

/** What a share link opens: the session, and optionally a step (1-based) of the open trace to show. */
export interface SharedSession {
  readonly scenario: Scenario;
  readonly step: number | null;
}

/**
 * The URL fragment of a share link: `s=<format version>.<scenario JSON, lz-string compressed for URLs>`,
 * then `&step=N` when the link names a step of the open trace.
 * @example shareFragment(scenario, 7) // 's=2.N4Ig…&step=7'
 */
export function shareFragment(scenario: Scenario, step: number | null = null): string {
  const packed = compressToEncodedURIComponent(JSON.stringify(scenario));
  return `s=${scenario.version}.${packed}${step !== null ? `&step=${step}` : ''}`;
}

/**
 * Reads a share link's fragment (with or without the leading `#`): null when it carries no session,
 * else the session or a one-line reason why it cannot be opened. Every earlier format version migrates.
 */
export function readShareFragment(fragment: string): ({ ok: true } & SharedSession) | { ok: false; error: string } | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const s = params.get('s');
  if (s === null) return null;
  if (s.length > MAX_LINK_CHARS) return { ok: false, error: 'link: too long to be a playground link' };
  const dot = s.indexOf('.');
  const version = Number(s.slice(0, dot));
  if (dot < 1 || !Number.isInteger(version) || version < 1) return { ok: false, error: 'link: not a playground link (no format version)' };
  if (version > SCENARIO_VERSION) return { ok: false, error: `link: made by a newer playground (format ${version}; this one reads 1 to ${SCENARIO_VERSION})` };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(s.slice(dot + 1));
  } catch {
    text = null;
  }
  if (!text) return { ok: false, error: 'link: the session in it is damaged (it may have been cut short)' };
  const parsed: ScenarioResult = parseScenario(text);
  if (!parsed.ok) return { ok: false, error: `link: ${parsed.error}` };
  const stepText = params.get('step');
  const step = stepText !== null && /^\d{1,6}$/.test(stepText) && Number(stepText) > 0 ? Number(stepText) : null;
  return { ok: true, scenario: parsed.scenario, step };
}
