import { contains, isIpv4 } from '../sim/ipam/cidr';
import { LAPTOP } from '../sim/traffic/places';

/** Ranges a machine's underlay address may not be in, and why (the reason ends a one-line error). */
const reserved: readonly (readonly [string, string])[] = [
  ['0.0.0.0/8', 'is in 0.0.0.0/8 ("this network")'],
  ['127.0.0.0/8', 'is a loopback address'],
  ['224.0.0.0/4', 'is a multicast address'],
  ['240.0.0.0/4', 'is a reserved or broadcast address'],
  // Docker's default swarm address pool: ingress (10.0.0.0/24, or 10.255.0.0/16 in 17.10) and every overlay come from it.
  ['10.0.0.0/8', "is inside the swarm's address pool 10.0.0.0/8 (ingress and the overlays)"],
  // The engine's local networks on every machine: docker0 and docker_gwbridge.
  ['172.17.0.0/16', 'is inside the bridge network 172.17.0.0/16'],
  ['172.18.0.0/16', 'is inside docker_gwbridge 172.18.0.0/16'],
];

/**
 * Why `ip` cannot be a machine's underlay address, or null if it can.
 *
 * @example machineAddressProblem('127.0.0.1') // 'is a loopback address'
 */
export function machineAddressProblem(ip: string): string | null {
  if (!isIpv4(ip) || !/^\d+(\.\d+){3}$/.test(ip) || ip.split('.').some((p) => p.length > 1 && p.startsWith('0'))) return 'must be an IPv4 address';
  for (const [range, why] of reserved) if (contains(range, ip)) return why;
  if (ip === LAPTOP.ip) return `is the laptop's address ${LAPTOP.ip}`;
  const last = Number(ip.split('.')[3]);
  if (last === 0 || last === 255) return 'is a network or broadcast address of its /24';
  return null;
}
