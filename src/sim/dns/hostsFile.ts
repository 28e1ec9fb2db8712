import type { ProfileName } from '../profile';
import type { WorldView } from '../view';

/** How the two IPv6 prefix lines end, per engine. */
const prefixZero: Readonly<Record<ProfileName, string>> = { '29': '', '17.10': '0' };

/**
 * The container's `/etc/hosts` as libnetwork's etchosts writes it: localhost and the IPv6 names, then one
 * `<ip>\t<hostname>` line per interface except ingress and docker_gwbridge, in interface order. Engines
 * since Go's netip print `fe00::`/`ff00::`; 17.10 wrote the literal strings `fe00::0`/`ff00::0`.
 */
export function hostsFile(w: WorldView, containerId: string): string {
  const c = w.containers[containerId];
  if (!c) return '';
  const zero = prefixZero[w.profile];
  let out = `127.0.0.1\tlocalhost
::1\tlocalhost ip6-localhost ip6-loopback
fe00::${zero}\tip6-localnet
ff00::${zero}\tip6-mcastprefix
ff02::1\tip6-allnodes
ff02::2\tip6-allrouters
`;
  const dot = c.hostname.indexOf('.');
  const names = dot > 0 ? `${c.hostname} ${c.hostname.slice(0, dot)}` : c.hostname;
  for (const id of c.interfaces) {
    const e = w.endpoints[id];
    const n = e ? w.networks[e.network] : undefined;
    if (!e || !n || n.ingress || n.name === 'docker_gwbridge') continue;
    out += `${e.ip}\t${names}\n`;
  }
  return out;
}
