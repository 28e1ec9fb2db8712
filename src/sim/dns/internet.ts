import { table } from '../own';
/**
 * The host's upstream resolver: docker-machine's VirtualBox NAT resolver at 192.168.99.1. It knows a few
 * public names (A records only; AAAA questions get an empty NOERROR answer) and answers NXDOMAIN for
 * everything else, including reverse lookups of private addresses.
 */
export const UPSTREAM_RESOLVER = '192.168.99.1';

/** TTL the upstream hands out, in seconds (forwarded answers keep it). */
export const UPSTREAM_TTL = 300;

export const publicNames: Readonly<Record<string, readonly string[]>> = table({
  'google.com': ['142.250.196.110'],
  'www.google.com': ['142.250.196.100'],
  'example.com': ['93.184.215.14'],
  'www.example.com': ['93.184.215.14'],
  'docker.com': ['141.193.213.20', '141.193.213.21'],
  'www.docker.com': ['141.193.213.20', '141.193.213.21'],
  'github.com': ['20.200.245.247'],
  'archive.ubuntu.com': ['91.189.91.82', '185.125.190.36'],
  'security.ubuntu.com': ['91.189.91.83', '185.125.190.39'],
  'dl-cdn.alpinelinux.org': ['151.101.2.132'],
});

/** Addresses of a public name (lower case, no trailing dot), or null if the internet does not know it. */
export function internetLookup(name: string): readonly string[] | null {
  return publicNames[name] ?? null;
}
