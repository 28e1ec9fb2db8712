import type { WorldView } from '../view';
import type { Endpoint } from '../world';
import { endpointInterface, numberPeerNamespaces, type ContainerInterface } from './containerInterfaces';
import { ipvsTable } from './ipvsTable';
import { ingressKey, lbKey, vethIndexes } from './vethIndexes';

/**
 * The interfaces of a node's `ingress_sbox` (`network` is the ingress network) or of an overlay's LB sandbox
 * `lb_<id>` (`network` is that overlay), lo excluded. ingress_sbox: eth0 on ingress, eth1 on docker_gwbridge;
 * an LB sandbox: eth0 on its overlay. libnetwork adds each VIP the sandbox balances as a `/32` on the interface
 * of that network, in the order the virtual services were made (by firewall mark).
 * @example sandboxInterfaces(w, 'default', ingressId).map((i) => i.name) // ['eth0', 'eth1']
 */
export function sandboxInterfaces(w: WorldView, machine: string, network: string): ContainerInterface[] {
  const ingress = w.networks[network]?.ingress === true;
  const kind = ingress ? 'ingress-sbox' : 'lb';
  const mine = Object.values(w.endpoints).filter((e) => e.owner.kind === kind && e.owner.machine === machine);
  const ends = ingress ? [...mine].sort((a, b) => (a.network === network ? -1 : b.network === network ? 1 : 0)) : mine.filter((e) => e.network === network);
  const indexes = vethIndexes(w, machine);
  const out: ContainerInterface[] = [];
  for (const e of ends) {
    const iface = build(w, e, out.length, indexes.get(ingress ? ingressKey(e.network) : lbKey(e.network)) ?? 0);
    if (iface) out.push(iface);
  }
  return numberPeerNamespaces(out);
}

function build(w: WorldView, endpoint: Endpoint, position: number, ifindex: number): ContainerInterface | null {
  const network = w.networks[endpoint.network];
  if (!network) return null;
  const vips = network.driver === 'overlay' ? ipvsTable(w, network.id).map((s) => s.vip) : [];
  return endpointInterface(endpoint, network, position, ifindex, vips);
}
