import { machineAddressProblem } from './machineAddress';
import { scenarioLimits as limits } from './scenarioLimits';

/** A field's problem as the rest of a one-line error (after `scenario: `), or null when the field is fine. */
export type Problem = string | null;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value quoted for an error line: JSON (so no raw newline), cut short. */
export function quote(v: unknown): string {
  let text: string;
  try {
    text = typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    text = String(v);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first key named `__proto__`, `constructor` or `prototype`, anywhere in a parsed value. */
export function forbiddenKeyPath(value: unknown, path = ''): string | null {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0) {
    const [v, at] = stack.pop() as [unknown, string];
    if (Array.isArray(v)) v.forEach((item, i) => stack.push([item, `${at}[${i}]`]));
    else if (isObject(v)) {
      for (const key of Object.keys(v)) {
        const here = at === '' ? key : `${at}.${key}`;
        if (FORBIDDEN_KEYS.has(key)) return here;
        stack.push([v[key], here]);
      }
    }
  }
  return null;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const machineName = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function seedProblem(seed: unknown): Problem {
  return typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0 ? null : `"seed" must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, not ${quote(seed)}`;
}

export function startProblem(start: unknown): Problem {
  if (typeof start !== 'string' || !ISO_UTC.test(start) || Number.isNaN(Date.parse(start))) return '"start" must be an ISO 8601 time such as "2026-11-28T09:00:00Z"';
  const ms = Date.parse(start);
  return ms < 0 || ms > limits.latestStart ? `"start" must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z, not ${quote(start)}` : null;
}

export function machinesProblem(machines: unknown): Problem {
  if (!Array.isArray(machines) || machines.length === 0) return '"machines" must be a non-empty array';
  if (machines.length > limits.machines) return `"machines" has ${machines.length} entries (at most ${limits.machines})`;
  const names = new Set<string>();
  const ips = new Set<string>();
  for (const [i, m] of machines.entries()) {
    if (!isObject(m) || typeof m.name !== 'string' || !machineName.test(m.name)) return `machines[${i}].name must be a host name`;
    if (typeof m.ip !== 'string') return `machines[${i}].ip must be an IPv4 address`;
    const why = machineAddressProblem(m.ip);
    if (why) return `machines[${i}].ip ${quote(m.ip)} ${why}`;
    if (names.has(m.name)) return `machines[${i}].name repeats ${quote(m.name)}`;
    if (ips.has(m.ip)) return `machines[${i}].ip repeats ${quote(m.ip)}`;
    names.add(m.name);
    ips.add(m.ip);
  }
  return null;
}

export function swarmProblem(swarm: unknown, machines: readonly { readonly name: string }[]): Problem {
  if (swarm === null) return null;
  if (!isObject(swarm) || !Array.isArray(swarm.managers) || !Array.isArray(swarm.workers) || swarm.managers.length === 0) {
    return '"swarm" must be null or { "managers": [...], "workers": [...] } with at least one manager';
  }
  const names = new Set(machines.map((m) => m.name));
  const seen = new Map<string, string>();
  for (const role of ['managers', 'workers'] as const) {
    for (const [i, n] of (swarm[role] as unknown[]).entries()) {
      if (typeof n !== 'string' || !names.has(n)) return `swarm.${role}[${i}] ${quote(n)} is not a machine`;
      const before = seen.get(n);
      if (before) return `swarm.${role}[${i}] ${quote(n)} is already listed in swarm.${before}`;
      seen.set(n, role);
    }
  }
  return null;
}

export function cursorsProblem(cursors: unknown): Problem {
  if (cursors === undefined) return null;
  if (!isObject(cursors)) return '"cursors" must be an object';
  for (const [key, v] of Object.entries(cursors)) {
    if (key !== 'vni' && key !== 'fwmark') return `unknown cursor ${quote(key)} (known: vni, fwmark)`;
    const [lo, hi] = limits.cursors[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) return `cursors.${key} must be a whole number from ${lo} to ${hi}, not ${quote(v)}`;
  }
  return null;
}

export function commandsProblem(commands: unknown): Problem {
  if (!Array.isArray(commands)) return '"commands" must be an array of strings';
  if (commands.length > limits.commands) return `"commands" has ${commands.length} lines (at most ${limits.commands})`;
  for (const [i, c] of commands.entries()) {
    if (typeof c !== 'string') return `commands[${i}] must be a string`;
    if (c.length > limits.commandChars) return `commands[${i}] has ${c.length} characters (at most ${limits.commandChars})`;
  }
  return null;
}

export function layoutProblem(layout: unknown): Problem {
  if (layout === undefined) return null;
  if (!isObject(layout)) return '"layout" must be an object';
  const entries = Object.entries(layout);
  if (entries.length > limits.layoutEntries) return `"layout" has ${entries.length} entries (at most ${limits.layoutEntries})`;
  for (const [id, at] of entries) {
    if (id.length > limits.nameChars) return `layout key ${quote(id)} is longer than ${limits.nameChars} characters`;
    if (!isObject(at)) return `layout[${quote(id)}] must be { "x": number, "y": number }`;
    for (const axis of ['x', 'y'] as const) {
      const v = at[axis];
      if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > limits.layoutExtent) {
        return `layout[${quote(id)}].${axis} must be a number from -${limits.layoutExtent} to ${limits.layoutExtent}, not ${quote(v)}`;
      }
    }
  }
  return null;
}
