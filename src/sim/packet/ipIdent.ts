import { flowHash } from './flowHash';

/** Milliseconds per step of the time term: the kernel's random jump averages half the jiffies elapsed (HZ 250). */
const MS_PER_STEP = 8;

/**
 * The IPv4 Identification a host gives the next packet it sends from `src` to `dst` with `protocol` when
 * Don't Fragment is clear, as Linux's ip_select_ident does: a counter per (destination, source, protocol)
 * bucket that starts at a hashed value keyed by a secret of the host, and jumps ahead with the time since the
 * bucket was last used. Here the host's secret is its engine id and the jump is the elapsed time's expectation,
 * so the same world gives the same IDs; each packet on the pair then adds one (see `render`).
 * @example ipIdentBase('3f2a…', 1_700_000_000_000, '192.168.99.100', '192.168.99.101', 17) // 0..65535
 */
export function ipIdentBase(hostKey: string, nowMs: number, src: string, dst: string, protocol: number): number {
  const key = parseInt(hostKey.slice(0, 8), 16) || 0;
  const start = flowHash({ src, dst, protocol, srcPort: key >>> 16, dstPort: key & 0xffff });
  return (start + Math.floor(nowMs / MS_PER_STEP)) % 0x10000;
}
