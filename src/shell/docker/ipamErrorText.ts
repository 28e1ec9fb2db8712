import type { IpamError } from '../../sim/ipam/errors';
import type { ProfileName } from '../../sim/profile';

/** Docker's words for an IPAM error (sources and profile differences: src/sim/ipam/errors.ts). */
export function ipamErrorText(e: { key: string; params: Readonly<Record<string, string | number>> }, profile: ProfileName = '29'): string {
  const p = e.params;
  const legacy = profile === '17.10';
  switch (e.key as IpamError['key']) {
    case 'invalid-cidr':
      return legacy ? `Invalid subnet ${p.subnet} : invalid CIDR address: ${p.subnet}` : `netip.ParsePrefix("${p.subnet}"): ${p.reason}`;
    case 'invalid-subnet-host-bits':
      return `invalid network config:\ninvalid subnet ${p.subnet}: it should be ${p.masked}`;
    case 'invalid-gateway-outside-subnet':
      return `invalid network config:\ninvalid gateway ${p.gateway}: parent subnet ${p.subnet} doesn't contain this address`;
    case 'gateway-no-matching-subnet':
      return `no matching subnet for gateway ${p.gateway}`;
    case 'pool-overlap':
      return legacy ? 'Pool overlaps with other one on this address space' : 'invalid pool request: Pool overlaps with other one on this address space';
    case 'pools-exhausted':
      return legacy
        ? 'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network'
        : 'all predefined address pools have been fully subnetted';
    case 'no-available-ips':
      return `no available IPv4 addresses on this network's address pools: ${p.name} (${p.id})`;
    case 'swarm-no-available-ip':
      return 'could not find an available IP';
    case 'swarm-no-available-vip':
      return 'could not find an available IP while allocating VIP';
    case 'ipv6-not-simulated':
      return `IPv6 subnets are not simulated: ${p.subnet}`;
  }
  return `invalid network config: ${e.key}`;
}
