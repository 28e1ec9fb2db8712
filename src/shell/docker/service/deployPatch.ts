import type { DeployPatch, Resources, RestartPolicy, UpdatePolicy } from '../../../sim/service/deploySpec';
import { parseGoDuration } from '../../cli/goDuration';
import { list, str, type ParsedCommand } from '../dockerCommand';

/** A flag value docker/cli's opts refuse: which flag, the raw value and Go's reason. */
export interface DeployFlagError {
  readonly ok: false;
  readonly flag: string;
  readonly raw: string;
  readonly error: string;
}

type Result<T> = { readonly ok: true; readonly value: T } | DeployFlagError;

const RAM_UNITS = new Map([['', 1], ['b', 1], ['k', 1024], ['kb', 1024], ['m', 1024 ** 2], ['mb', 1024 ** 2], ['g', 1024 ** 3], ['gb', 1024 ** 3], ['t', 1024 ** 4], ['tb', 1024 ** 4]]);

type Parse = (raw: string) => number | { readonly error: string };

/** opts.MemBytes (go-units RAMInBytes): `512m`, `1g`, `1024`. */
const bytes: Parse = (raw) => {
  const m = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(raw);
  const scale = m ? RAM_UNITS.get((m[2] ?? '').toLowerCase()) : undefined;
  return m && scale !== undefined ? Math.floor(Number(m[1]) * scale) : { error: `invalid size: '${raw}'` };
};

/** opts.NanoCPUs: a rational number of CPUs (`0.5`, `2`). */
const nanoCpus: Parse = (raw) => (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Math.round(Number(raw) * 1e9) : { error: `failed to parse ${raw} as a rational number` });
const float: Parse = (raw) => (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(raw) ? Number(raw) : { error: `strconv.ParseFloat: parsing ${JSON.stringify(raw)}: invalid syntax` });
const uint: Parse = (raw) => (/^\d+$/.test(raw) ? Number(raw) : { error: `strconv.ParseUint: parsing ${JSON.stringify(raw)}: invalid syntax` });
const duration: Parse = (raw) => {
  const d = parseGoDuration(raw);
  return typeof d === 'number' ? d : { error: d.error };
};

/** The deploy part of a `service create`/`update` command line: only the flags given change anything. */
export function deployPatch(input: ParsedCommand): Result<DeployPatch> {
  const f = input.flags;
  let failure: DeployFlagError | null = null;
  /** A number flag: pflag already parsed `uint64`/`duration` ones; the others are read here as docker/cli's opts do. */
  const num = (name: string, parse: Parse): number | undefined => {
    if (!input.changed.has(name) || failure) return undefined;
    if (typeof f[name] === 'number') return f[name];
    const raw = str(f[name]);
    const v = parse(raw);
    if (typeof v === 'number') return v;
    failure = { ok: false, flag: name, raw, error: v.error };
    return undefined;
  };
  const word = <T extends string>(name: string): T | undefined => (input.changed.has(name) ? (str(f[name]) as T) : undefined);
  const policy = (prefix: 'update' | 'rollback'): Partial<UpdatePolicy> => clean({
    parallelism: num(`${prefix}-parallelism`, uint),
    delayNs: num(`${prefix}-delay`, duration),
    monitorNs: num(`${prefix}-monitor`, duration),
    failureAction: word<UpdatePolicy['failureAction']>(`${prefix}-failure-action`),
    maxFailureRatio: num(`${prefix}-max-failure-ratio`, float),
    order: word<UpdatePolicy['order']>(`${prefix}-order`),
  });
  const restart: Partial<RestartPolicy> = clean({
    condition: word<RestartPolicy['condition']>('restart-condition'),
    delayNs: num('restart-delay', duration),
    maxAttempts: num('restart-max-attempts', uint),
    windowNs: num('restart-window', duration),
  });
  const limits: Partial<Resources> = clean({ nanoCpus: num('limit-cpu', nanoCpus), memoryBytes: num('limit-memory', bytes) });
  const reservations: Partial<Resources> = clean({ nanoCpus: num('reserve-cpu', nanoCpus), memoryBytes: num('reserve-memory', bytes) });
  const stopGraceNs = num('stop-grace-period', duration);
  const update = policy('update');
  const rollback = policy('rollback');
  if (failure) return failure;
  const added = [...list(f['placement-pref']), ...list(f['placement-pref-add'])];
  const patch: DeployPatch = {
    ...(Object.keys(update).length ? { update } : {}),
    ...(Object.keys(rollback).length ? { rollback } : {}),
    ...(Object.keys(restart).length ? { restart } : {}),
    ...(Object.keys(limits).length ? { limits } : {}),
    ...(Object.keys(reservations).length ? { reservations } : {}),
    ...(stopGraceNs !== undefined ? { stopGraceNs } : {}),
    ...(added.length ? { placementPrefs: added } : {}),
    ...(list(f['placement-pref-rm']).length ? { removePlacementPrefs: list(f['placement-pref-rm']) } : {}),
  };
  return { ok: true, value: patch };
}

function clean<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
