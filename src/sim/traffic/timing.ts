/** Simulated costs of a hop, in microseconds (SPEC §7: a few µs inside a node, ~250 µs across the underlay). */
export const US = {
  /** veth or loopback crossing inside a node. */
  veth: 4,
  /** Bridge forwarding (br0, docker_gwbridge). */
  bridge: 3,
  /** netfilter/IPVS decision. */
  netfilter: 5,
  /** VXLAN encapsulation or decapsulation. */
  vxlan: 6,
  /** ESP encryption or decryption. */
  esp: 9,
  /** One way across the underlay between two machines. */
  underlay: 250,
  /** One way from a node to the internet. */
  internet: 5_600,
  /** The embedded DNS server answering. */
  dns: 20,
  /** An application producing its answer (kernel for ICMP and RST). */
  kernel: 3,
  /** ICMP answered on a local address (the VIP alias). */
  local: 18,
  app: 40,
} as const;

/**
 * Deterministic jitter factor in [0.9, 1.5) for the n-th exchange of a flow: the first packet of a flow
 * is a little slower (cold caches), later ones settle. `seed` is any integer, e.g. the world's rng state.
 */
export function jitterFactor(seed: number, key: string, n: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ n, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  const unit = (h >>> 0) / 0x1_0000_0000;
  return n === 0 ? 1.3 + unit * 0.2 : 0.9 + unit * 0.35;
}
