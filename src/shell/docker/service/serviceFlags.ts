import type { PortConfig, ServiceNetwork } from '../../../sim/world';

/** A parsed flag value, or the Go error text docker/cli's opts would return from Set. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** docker/cli opts.PortOpt: `8080:80`, `80/udp`, or `published=8080,target=80,protocol=udp,mode=host`. */
export function parsePublish(raw: string): Parsed<PortConfig[]> {
  if (raw.includes('=')) return parseLongPublish(raw);
  const m = /^(?:(?:([0-9.]+):)?(\d*):)?(\d+)(?:\/(\w+))?$/.exec(raw);
  if (!m) {
    const port = raw.split('/')[0]?.split(':').pop() ?? raw;
    return fail(`invalid containerPort: ${port}`);
  }
  const protocol = (m[4] ?? 'tcp').toLowerCase();
  if (protocol !== 'tcp' && protocol !== 'udp') return fail(`invalid proto: ${protocol}`);
  return { ok: true, value: [{ published: Number(m[2] || 0), target: Number(m[3]), protocol, mode: 'ingress' }] };
}

function parseLongPublish(raw: string): Parsed<PortConfig[]> {
  let published = 0;
  let target: number | null = null;
  let protocol: PortConfig['protocol'] = 'tcp';
  let mode: PortConfig['mode'] = 'ingress';
  for (const field of raw.split(',')) {
    const eq = field.indexOf('=');
    if (eq < 0) return fail(`invalid field ${field}`);
    const key = field.slice(0, eq).toLowerCase();
    const value = field.slice(eq + 1);
    if (key === 'protocol') {
      if (value !== 'tcp' && value !== 'udp') return fail(`invalid protocol value ${value}`);
      protocol = value;
    } else if (key === 'mode') {
      if (value !== 'ingress' && value !== 'host') return fail(`invalid publish mode value ${value}`);
      mode = value;
    } else if (key === 'target' || key === 'published') {
      if (!/^\d+$/.test(value)) return fail(`invalid ${key} port ${value}`);
      if (key === 'target') target = Number(value);
      else published = Number(value);
    } else if (key !== 'name') return fail(`invalid field key ${key}`);
  }
  if (target === null) return fail('missing mandatory field "target"');
  return { ok: true, value: [{ published, target, protocol, mode }] };
}

/** docker/cli opts.NetworkOpt: `mynet` or `name=mynet,alias=web,alias=www`. */
export function parseNetwork(raw: string): Parsed<ServiceNetwork> {
  if (!raw.includes('=')) return { ok: true, value: { network: raw, aliases: [] } };
  let network = '';
  const aliases: string[] = [];
  for (const field of raw.split(',')) {
    const eq = field.indexOf('=');
    if (eq < 0) return fail(`invalid field ${field}`);
    const key = field.slice(0, eq).toLowerCase();
    const value = field.slice(eq + 1);
    if (key === 'name') network = value;
    else if (key === 'alias') aliases.push(value);
    else if (key !== 'driver-opt') return fail(`invalid field key ${key}`);
  }
  return { ok: true, value: { network, aliases } };
}

/** Parses every value of a repeatable flag; the first failure wins. */
export function parseAll<T>(values: readonly string[], parse: (raw: string) => Parsed<T | T[]>): Parsed<T[]> | { ok: false; error: string; raw: string } {
  const out: T[] = [];
  for (const raw of values) {
    const r = parse(raw);
    if (!r.ok) return { ok: false, error: r.error, raw };
    out.push(...(Array.isArray(r.value) ? r.value : [r.value]));
  }
  return { ok: true, value: out };
}
