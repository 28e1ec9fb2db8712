import ipaddr from 'ipaddr.js';
import { ipamError, type IpamError } from './errors';
import { goPrefixError } from './goPrefixError';
import { blocksOverlap, blockSize, blockToCidr, intToIp, ipToInt, toBlock, usableRange } from './ipv4Int';

/** A parsed IPv4 subnet: `cidr` is the masked form, `given` what the user typed. */
export interface Subnet {
  readonly cidr: string;
  readonly given: string;
  readonly prefix: number;
}

/** Parses `--subnet` text as Docker 29 does, e.g. `parseSubnet('10.0.1.5/24').cidr` -> `'10.0.1.0/24'`. */
export function parseSubnet(text: string): Subnet | IpamError {
  const reason = goPrefixError(text);
  if (reason !== null) return ipamError('invalid-cidr', { subnet: text, reason });
  if (!ipaddr.IPv4.isValidCIDRFourPartDecimal(text)) return ipamError('ipv6-not-simulated', { subnet: text });
  const block = toBlock(text);
  return { cidr: blockToCidr(block), given: text, prefix: block.prefix };
}

/** Null when `text` is a usable subnet; else the error Docker gives (unparsable, or host bits set). */
export function checkSubnet(text: string): IpamError | null {
  const parsed = parseSubnet(text);
  if ('key' in parsed) return parsed;
  return parsed.cidr === text ? null : ipamError('invalid-subnet-host-bits', { subnet: text, masked: parsed.cidr });
}

/** The daemon's check that `--gateway` lies in `--subnet` (the subnet as given, unmasked). */
export function checkGateway(subnet: string, gateway: string): IpamError | null {
  return isIpv4(gateway) && contains(subnet, gateway)
    ? null
    : ipamError('invalid-gateway-outside-subnet', { gateway, subnet });
}

/** The docker CLI's own check, which runs before the daemon's: `no matching subnet for gateway X`. */
export function checkCliGateway(subnet: string, gateway: string): IpamError | null {
  return isIpv4(gateway) && contains(subnet, gateway) ? null : ipamError('gateway-no-matching-subnet', { gateway });
}

/** Null when `requested` overlaps none of `used`; else Docker's pool-overlap error. */
export function checkLocalSubnet(requested: string, used: readonly string[]): IpamError | null {
  return used.some((u) => overlaps(requested, u)) ? ipamError('pool-overlap') : null;
}

/** True for a dotted-quad IPv4 address. */
export function isIpv4(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text);
}

/** Whether two subnets share any address: `overlaps('10.0.0.0/8', '10.0.1.0/24')` -> true. */
export function overlaps(a: string, b: string): boolean {
  return blocksOverlap(toBlock(a), toBlock(b));
}

/** Whether `ip` is inside `subnet` (network and broadcast addresses included). */
export function contains(subnet: string, ip: string): boolean {
  const b = toBlock(subnet);
  const n = ipToInt(ip);
  return n >= b.first && n < b.first + b.size;
}

/** Offset of `ip` from the network address: `hostIndex('10.0.0.0/24', '10.0.0.6')` -> 6. */
export function hostIndex(subnet: string, ip: string): number {
  return ipToInt(ip) - toBlock(subnet).first;
}

/** The address at `index` in `subnet`: `addressAt('10.0.1.0/24', 2)` -> `'10.0.1.2'`. */
export function addressAt(subnet: string, index: number): string {
  const b = toBlock(subnet);
  if (!Number.isInteger(index) || index < 0 || index >= b.size) throw new RangeError(`${index} is outside ${subnet}`);
  return intToIp(b.first + index);
}

/** Number of addresses in `subnet`, network and broadcast included. */
export function subnetSize(subnet: string): number {
  return blockSize(toBlock(subnet).prefix);
}

/** `networkAddress('10.0.1.5/24')` -> `'10.0.1.0'`. */
export function networkAddress(subnet: string): string {
  return ipaddr.IPv4.networkAddressFromCIDR(subnet).toString();
}

/** `broadcastAddress('10.0.1.0/24')` -> `'10.0.1.255'`. */
export function broadcastAddress(subnet: string): string {
  return ipaddr.IPv4.broadcastAddressFromCIDR(subnet).toString();
}

/** The gateway Docker picks when none is given: the first host address (`10.0.1.0/24` -> `10.0.1.1`). */
export function defaultGateway(subnet: string): string {
  return intToIp(usableRange(toBlock(subnet)).lo);
}

/** Overlay MAC: `02:42:` then the four IPv4 bytes, `macFor('10.0.0.6')` -> `'02:42:0a:00:00:06'`. */
export function macFor(ipv4: string): string {
  const bytes = [0x02, 0x42, ...ipaddr.IPv4.parse(ipv4).toByteArray()];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}
