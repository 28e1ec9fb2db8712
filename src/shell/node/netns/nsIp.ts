import { containerInterfaces } from '../../../sim/query/containerInterfaces';
import { sandboxInterfaces } from '../../../sim/query/sandboxInterfaces';
import type { World } from '../../../sim/world';
import { addrText, linkText, routeText } from '../../container/ipText';
import type { CommandOutcome } from '../../types';
import { fail, ok } from '../../types';
import type { Namespace } from './namespaces';

/** The blocks of `ip addr` / `ip link` text for one device (a block starts at `N: name`). */
function onlyDevice(text: string, dev: string): string {
  return text
    .split(/(?=^\d+: )/m)
    .filter((b) => new RegExp(`^\\d+: ${dev}[:@]`).test(b))
    .join('');
}

/**
 * The node's iproute2 run in a task's namespace, ingress_sbox or an LB sandbox: `ip addr`, `ip route` and
 * `ip link`, optionally `show [dev] NAME`. Docker leaves IPv6 on in a container's namespace but not in the
 * load-balancing sandboxes (no `::1` on lo there). Null for anything else.
 */
export function nsIp(w: World, machine: string, ns: Exclude<Namespace, { kind: 'overlay' }>, words: string): CommandOutcome | null {
  const container = ns.kind === 'container';
  const ifaces = container ? containerInterfaces(w, ns.container) : sandboxInterfaces(w, machine, ns.network);
  if (/^r(o(u(te?)?)?)?( (show|list))?$/.test(words)) return ok(routeText(ifaces));
  const m = /^(a(?:d(?:dr?|dress)?)?|l(?:i(?:nk?)?)?)(?: (?:show|list))?(?: (?:dev )?(\S+))?$/.exec(words);
  if (!m) return null;
  const text = m[1]!.startsWith('a') ? addrText(ifaces, { busybox: false, loopbackV6: container }) : linkText(ifaces);
  const dev = m[2];
  if (dev === undefined) return ok(text);
  if (dev !== 'lo' && !ifaces.some((i) => i.name === dev)) return fail(`Device "${dev}" does not exist.\n`, 1);
  return ok(onlyDevice(text, dev));
}
