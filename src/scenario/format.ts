import { isProfileName, type ProfileName } from '../sim/profile';
import type { Operation } from '../terminal/operation';
import { migrateScenario } from './migrate';
import {
  commandsProblem,
  cursorsProblem,
  forbiddenKeyPath,
  isObject,
  layoutProblem,
  machinesProblem,
  quote,
  seedProblem,
  startProblem,
  swarmProblem,
} from './scenarioFields';
import { scenarioLimits } from './scenarioLimits';
import { validateSession } from './validateSession';

export const SCENARIO_FORMAT = 'swarm-playground/scenario';
/** The version this playground writes; every earlier one is migrated on reading (migrate.ts). */
export const SCENARIO_VERSION = 2;

/**
 * The one saved format: built-in scenarios, autosave, import/export, share links and embeds all use it.
 * `commands` are lines typed at the laptop prompt, replayed in order.
 */
export interface Scenario {
  readonly format: typeof SCENARIO_FORMAT;
  readonly version: typeof SCENARIO_VERSION;
  readonly name: string;
  readonly profile: ProfileName;
  readonly seed: number;
  /** Simulated start time, ISO 8601 UTC. */
  readonly start: string;
  readonly machines: readonly { readonly name: string; readonly ip: string }[];
  /** A swarm formed before the first command: its first manager (the leader) and the other members. */
  readonly swarm: { readonly managers: readonly string[]; readonly workers: readonly string[] } | null;
  /** Allocator positions to pin (e.g. the seed's VNI 4098). */
  readonly cursors?: { readonly vni?: number; readonly fwmark?: number };
  readonly commands: readonly string[];
  /** Canvas positions by element id, kept for the UI. */
  readonly layout?: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
  /** What the person did after `commands` (typed lines, tabs, sends, waits), replayed in order (version 2). */
  readonly log?: readonly Operation[];
  /** Where the person was looking (version 2). */
  readonly view?: SessionView;
}

/** The open trace and step, the lens, the map or table, and lesson progress: what a saved session reopens at. */
export interface SessionView {
  /** Stepper position: trace, packet and hop indexes. */
  readonly cursor?: { readonly trace: number; readonly packet: number; readonly hop: number };
  readonly lens?: 'overlay' | 'underlay';
  readonly view?: 'map' | 'table';
  /** The active terminal tab's id. */
  readonly tab?: number;
  /** The lesson being followed and how far (opaque to the scenario layer; the lesson panel reads it). */
  readonly lesson?: Readonly<Record<string, unknown>>;
}

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** Validates a parsed JSON value as a scenario (migrating older versions); errors say which field is wrong, in one line. */
export function validateScenario(input: unknown): ScenarioResult {
  const bad = (error: string): ScenarioResult => ({ ok: false, error: error.startsWith('scenario: ') ? error : `scenario: ${error}` });
  if (!isObject(input)) return bad('expected a JSON object');
  const forbidden = forbiddenKeyPath(input);
  if (forbidden !== null) return bad(`key ${quote(forbidden.split('.').pop())} is not allowed (at ${quote(forbidden)})`);
  if (input.format !== SCENARIO_FORMAT) return bad(`"format" must be "${SCENARIO_FORMAT}"`);
  const value = migrateScenario(input, SCENARIO_VERSION);
  if (typeof value === 'string') return bad(value);
  if (typeof value.name !== 'string' || value.name === '') return bad('"name" must be a non-empty string');
  if (value.name.length > scenarioLimits.nameChars) return bad(`"name" is longer than ${scenarioLimits.nameChars} characters`);
  if (!isProfileName(value.profile)) return bad('"profile" must be "29" or "17.10"');
  const problem =
    seedProblem(value.seed) ??
    startProblem(value.start) ??
    machinesProblem(value.machines) ??
    swarmProblem(value.swarm, value.machines as { name: string }[]) ??
    cursorsProblem(value.cursors) ??
    commandsProblem(value.commands) ??
    layoutProblem(value.layout) ??
    validateSession(value);
  return problem === null ? { ok: true, scenario: value as unknown as Scenario } : bad(problem);
}

/** Parses scenario JSON text. */
export function parseScenario(text: string): ScenarioResult {
  if (text.length > scenarioLimits.textBytes) return { ok: false, error: `scenario: ${text.length} characters is too large (at most ${scenarioLimits.textBytes})` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = (e as Error).message.replace(/\s+/g, ' ');
    return { ok: false, error: `scenario: not valid JSON (${why.length > 80 ? `${why.slice(0, 77)}...` : why})` };
  }
  return validateScenario(value);
}
