import { parseIpv4 } from '../packet/address';

/** Is `ip` inside `cidr` (e.g. '10.0.1.0/24')? */
export function ipInSubnet(ip: string, cidr: string): boolean {
  const [base, len] = cidr.split('/');
  if (!base || len === undefined || !/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return false;
  const bits = Number(len);
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((toInt(ip) & mask) >>> 0) === ((toInt(base) & mask) >>> 0);
}

function toInt(ip: string): number {
  return new DataView(parseIpv4(ip).buffer).getUint32(0);
}
