import { isProfileName, type ProfileName } from '../sim/profile';
import type { Operation } from '../terminal/operation';
import { migrateScenario } from './migrate';
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const machineName = /^[a-z0-9][a-z0-9-]{0,62}$/;
const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** Validates a parsed JSON value as a scenario; errors say which field is wrong, in one line. */
export function validateScenario(input: unknown): ScenarioResult {
  const bad = (error: string): ScenarioResult => ({ ok: false, error });
  if (!isObject(input)) return bad('scenario: expected a JSON object');
  if (input.format !== SCENARIO_FORMAT) return bad(`scenario: "format" must be "${SCENARIO_FORMAT}"`);
  const value = migrateScenario(input, SCENARIO_VERSION);
  if (typeof value === 'string') return bad(value);
  if (typeof value.name !== 'string' || value.name === '') return bad('scenario: "name" must be a non-empty string');
  if (!isProfileName(value.profile)) return bad('scenario: "profile" must be "29" or "17.10"');
  if (typeof value.seed !== 'number' || !Number.isInteger(value.seed)) return bad('scenario: "seed" must be an integer');
  if (typeof value.start !== 'string' || Number.isNaN(Date.parse(value.start))) return bad('scenario: "start" must be an ISO 8601 time');
  if (!Array.isArray(value.machines) || value.machines.length === 0) return bad('scenario: "machines" must be a non-empty array');
  const names = new Set<string>();
  const ips = new Set<string>();
  for (const [i, m] of value.machines.entries()) {
    if (!isObject(m) || typeof m.name !== 'string' || !machineName.test(m.name)) return bad(`scenario: machines[${i}].name must be a host name`);
    if (typeof m.ip !== 'string' || !ipv4.test(m.ip)) return bad(`scenario: machines[${i}].ip must be an IPv4 address`);
    if (names.has(m.name) || ips.has(m.ip)) return bad(`scenario: machines[${i}] repeats a name or address`);
    names.add(m.name);
    ips.add(m.ip);
  }
  if (value.swarm !== null) {
    const s = value.swarm;
    if (!isObject(s) || !Array.isArray(s.managers) || !Array.isArray(s.workers) || s.managers.length === 0) {
      return bad('scenario: "swarm" must be null or { "managers": [...], "workers": [...] } with at least one manager');
    }
    for (const n of [...s.managers, ...s.workers]) if (!names.has(n as string)) return bad(`scenario: swarm member "${String(n)}" is not a machine`);
  }
  if (value.cursors !== undefined) {
    const c = value.cursors;
    if (!isObject(c) || Object.values(c).some((v) => typeof v !== 'number' || !Number.isInteger(v))) return bad('scenario: "cursors" values must be integers');
  }
  if (!Array.isArray(value.commands) || value.commands.some((c) => typeof c !== 'string')) return bad('scenario: "commands" must be an array of strings');
  if (value.layout !== undefined && !isObject(value.layout)) return bad('scenario: "layout" must be an object');
  const session = validateSession(value);
  if (session !== null) return bad(session);
  return { ok: true, scenario: value as unknown as Scenario };
}

/** Parses scenario JSON text. */
export function parseScenario(text: string): ScenarioResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `scenario: not valid JSON (${(e as Error).message})` };
  }
  return validateScenario(value);
}
