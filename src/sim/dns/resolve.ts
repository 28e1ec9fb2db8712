import type { DnsRcode, DnsRecord, DnsType } from '../packet/dns';
import type { ProfileName } from '../profile';
import { Rng, seedFrom } from '../rng';
import type { WorldView } from '../view';
import type { Network } from '../world';
import { internetLookup, UPSTREAM_RESOLVER, UPSTREAM_TTL } from './internet';
import { namesOn, pointerOn } from './records';
import { hasExternalAccess, resolverNetworks, usesEmbeddedDns } from './resolverNetworks';

/** TTL of the embedded server's answers, in seconds. */
export const EMBEDDED_TTL = 600;

/** What the container's stub resolver gets back for one question. */
export interface DnsAnswer {
  readonly rcode: DnsRcode;
  /** Records in the order sent (A records already shuffled). */
  readonly answers: readonly DnsRecord[];
  /** Id of the network whose records answered; null when forwarded or failed. */
  readonly network: string | null;
  readonly forwarded: boolean;
  /** The upstream server the question was forwarded to. */
  readonly upstream?: string;
  /** RA flag of the reply: set on answers, clear on the embedded server's own SERVFAIL. */
  readonly recursionAvailable: boolean;
  /** No reply at all: the client times out (17.10 on `--internal` networks, see below). */
  readonly noReply?: boolean;
}

/**
 * What a miss does when the container has no way out (only `--internal` networks). Read in moby's
 * resolver: 17.10 dials the upstream from the container's namespace, fails, and sends nothing (the
 * client times out); current engines skip or fail the upstream and reply SERVFAIL.
 */
const missWithoutEgress: Readonly<Record<ProfileName, 'servfail' | 'no-reply'>> = { '29': 'servfail', '17.10': 'no-reply' };

/**
 * A seeded generator for one query: callers that have no Rng of their own derive it from the world's
 * generator state, the simulated clock and a salt (the container and name), so a query typed again
 * later may come back in another order, and the same replay always gives the same order.
 */
export function dnsRng(w: Pick<WorldView, 'now'> & { readonly rng: number }, salt: string): Rng {
  return new Rng(seedFrom(`${w.rng}:${w.now}:${salt}`));
}

/**
 * Answers one question from a container to 127.0.0.11, as Docker's embedded DNS server does (SPEC §5).
 * Without `rng` multiple A records keep a stable order (serving tasks by slot).
 * @example resolve(world, taskContainerId, 'tasks.web', 'A', dnsRng(world, 'q1')).answers.map((a) => a.data)
 */
export function resolve(w: WorldView, containerId: string, name: string, qtype: DnsType, rng?: Rng): DnsAnswer {
  const asked = name.endsWith('.') ? name.slice(0, -1) : name;
  const key = asked.toLowerCase();
  const c = w.containers[containerId];
  if (!c || c.state !== 'running') return { rcode: 'SERVFAIL', answers: [], network: null, forwarded: false, recursionAvailable: false, noReply: true };
  if (usesEmbeddedDns(w, containerId)) {
    const local = resolveLocally(w, containerId, asked, key, qtype, rng);
    if (local) return local;
    if (!hasExternalAccess(w, containerId)) {
      return missWithoutEgress[w.profile] === 'servfail'
        ? { rcode: 'SERVFAIL', answers: [], network: null, forwarded: false, recursionAvailable: false }
        : { rcode: 'SERVFAIL', answers: [], network: null, forwarded: false, recursionAvailable: false, noReply: true };
    }
  } else if (!hasExternalAccess(w, containerId)) {
    return { rcode: 'SERVFAIL', answers: [], network: null, forwarded: false, recursionAvailable: false, noReply: true };
  }
  return forward(asked, key, qtype);
}

function resolveLocally(w: WorldView, containerId: string, asked: string, key: string, qtype: DnsType, rng?: Rng): DnsAnswer | null {
  const nets = resolverNetworks(w, containerId);
  if (qtype === 'PTR') {
    const ip = ptrAddress(key);
    if (!ip) return null;
    for (const n of nets) {
      const target = pointerOn(w, n, ip);
      if (target) return found(n, [{ name: asked, type: 'PTR', ttl: EMBEDDED_TTL, data: target }]);
    }
    return null;
  }
  const scoped = nets.find((n) => key.endsWith(`.${n.name.toLowerCase()}`));
  const searches: [Network, string][] = scoped
    ? [[scoped, key.slice(0, -(scoped.name.length + 1))]]
    : nets.map((n) => [n, key]);
  for (const [n, label] of searches) {
    const ips = namesOn(w, n, label);
    if (!ips) continue;
    if (qtype === 'AAAA') return found(n, []);
    const ordered = rng && ips.length > 1 ? rng.shuffle(ips) : ips;
    return found(n, ordered.map((ip) => ({ name: asked, type: 'A', ttl: EMBEDDED_TTL, data: ip })));
  }
  return null;
}

function found(n: Network, answers: DnsRecord[]): DnsAnswer {
  return { rcode: 'NOERROR', answers, network: n.id, forwarded: false, recursionAvailable: true };
}

/** The upstream's answer, relayed as it is. */
function forward(asked: string, key: string, qtype: DnsType): DnsAnswer {
  const base = { network: null, forwarded: true, upstream: UPSTREAM_RESOLVER, recursionAvailable: true } as const;
  const ips = qtype === 'PTR' ? null : internetLookup(key);
  if (!ips) return { ...base, rcode: 'NXDOMAIN', answers: [] };
  if (qtype === 'AAAA') return { ...base, rcode: 'NOERROR', answers: [] };
  return { ...base, rcode: 'NOERROR', answers: ips.map((ip) => ({ name: asked, type: 'A', ttl: UPSTREAM_TTL, data: ip })) };
}

/** `6.0.0.10.in-addr.arpa` -> `10.0.0.6`; null for anything else. */
export function ptrAddress(name: string): string | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa$/.exec(name.toLowerCase());
  if (!m) return null;
  const octets = [m[4], m[3], m[2], m[1]].map(Number);
  return octets.every((o) => o <= 255) ? octets.join('.') : null;
}

/** `10.0.0.6` -> `6.0.0.10.in-addr.arpa`. */
export function ptrName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}
