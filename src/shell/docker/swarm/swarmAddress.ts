import { isIpv4 } from '../../../sim/ipam/cidr';
import { hostInterfaces } from '../../../sim/query/hostInterfaces';
import type { World } from '../../../sim/world';

/**
 * How the daemon reads `--listen-addr`, `--advertise-addr` and `--data-path-addr` at `swarm init` and
 * `swarm join` (moby daemon/cluster/listen_addr.go), against the node's own interfaces; null when it
 * accepts them, else its words (without `Error response from daemon: `). A boot2docker VM has two
 * addresses outside Docker's own subnets (eth0, VirtualBox NAT, and eth1, the host-only underlay), so
 * without an advertise address that is one of them the daemon cannot pick one.
 */
export interface SwarmAddrs {
  readonly listen: string;
  readonly advertise: string;
  readonly dataPath: string;
}

const BAD_ADVERTISE = 'advertise address must be a non-zero IP address or network interface (with optional port number)';
const BAD_DATA_PATH = 'data path address must be a non-zero IP address or network interface (without a port number)';
const BAD_LISTEN = 'listen address must be an IP address or network interface (with optional port number)';
const NOT_LOCAL =
  "must specify a listening address because the address to advertise is not recognized as a system address, and a system's IP address to use could not be uniquely identified";

/** An interface's address, the address itself, or null (resolveInputIPAddr). */
function resolve(w: World, machine: string, input: string, unspecifiedValid: boolean): string | null {
  const iface = hostInterfaces(w, machine).find((i) => i.name === input);
  if (iface) return iface.cidr.split('/')[0] ?? null;
  if (!isIpv4(input)) return null;
  return unspecifiedValid || input !== '0.0.0.0' ? input : null;
}

/** `host:port` or a bare host (an IPv4 address or an interface name). */
function hostOf(addr: string): string {
  const m = /^(.*):(\d+)$/.exec(addr);
  return m ? (m[1] ?? '') : addr;
}

/** The addresses outside Docker's subnets that the daemon could advertise on its own (resolveSystemAddr). */
function systemAddrs(w: World, machine: string): { name: string; ip: string }[] {
  return hostInterfaces(w, machine)
    .filter((i) => i.kind !== 'loopback' && i.name !== 'docker0' && i.name !== 'docker_gwbridge')
    .map((i) => ({ name: i.name, ip: i.cidr.split('/')[0] ?? '' }));
}

function noSystemAddr(w: World, machine: string): string | null {
  const [a, b] = systemAddrs(w, machine);
  if (!a) return "could not find the system's IP address";
  if (!b) return null;
  return `could not choose an IP address to advertise since this system has multiple addresses on different interfaces (${a.ip} on ${a.name} and ${b.ip} on ${b.name})`;
}

/** What `swarm init` refuses, in the daemon's order: listen, advertise, data path, then a non-local advertise address. */
export function initAddrError(w: World, machine: string, a: SwarmAddrs): string | null {
  const listen = resolve(w, machine, hostOf(a.listen), true);
  if (listen === null) return BAD_LISTEN;
  let advertise: string | null;
  if (a.advertise === '') {
    const none = noSystemAddr(w, machine);
    if (none) return none;
    advertise = systemAddrs(w, machine)[0]?.ip ?? '';
  } else {
    advertise = resolve(w, machine, hostOf(a.advertise), false);
    if (advertise === null) return BAD_ADVERTISE;
  }
  if (a.dataPath !== '' && resolve(w, machine, a.dataPath, false) === null) return BAD_DATA_PATH;
  if (listen !== '0.0.0.0') return null;
  const local = hostInterfaces(w, machine).some((i) => i.cidr.split('/')[0] === advertise);
  return local || noSystemAddr(w, machine) === null ? null : NOT_LOCAL;
}

/** What `swarm join` refuses: the advertise address may be wrong (the manager sees the real one), the data path address may not. */
export function joinAddrError(w: World, machine: string, a: SwarmAddrs): string | null {
  if (resolve(w, machine, hostOf(a.listen), true) === null) return BAD_LISTEN;
  if (a.dataPath !== '' && resolve(w, machine, a.dataPath, false) === null) return BAD_DATA_PATH;
  return null;
}
