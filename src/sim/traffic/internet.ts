import { publicNames } from '../dns/internet';
import { contains, isIpv4 } from '../ipam/cidr';
import type { Verdict } from './plan';

const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '169.254.0.0/16'];

export function isPrivate(ip: string): boolean {
  return PRIVATE.some((c) => isIpv4(ip) && contains(c, ip));
}

/** Every public address answers ping; the web hosts the upstream resolver knows accept TCP 80 and 443. */
export function internetAnswers(ip: string, proto: 'icmp' | 'tcp' | 'udp', port: number): Verdict {
  if (proto === 'icmp' || proto === 'udp') return 'answered';
  const web = Object.values(publicNames).some((ips) => ips.includes(ip));
  return web && (port === 80 || port === 443) ? 'answered' : 'timeout';
}
