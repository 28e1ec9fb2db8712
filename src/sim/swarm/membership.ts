import { attach, isSimError } from '../addressing';
import type { Draft } from '../draft';
import { engineId, swarmId } from '../ids';
import { nextLocalSubnet } from '../ipam/localPools';
import { defaultGateway } from '../ipam/cidr';
import { gwbridgeOf, ingressNetwork } from '../lookup';
import type { SimError } from '../errors';
import { localNetwork, localSubnetsOn } from '../network/localNetwork';
import type { Network, NodeRole, SwarmNode } from '../world';

/**
 * Brings a machine into the swarm as a node: creates its docker_gwbridge (if it has none), and its
 * ingress-sbox with an address on docker_gwbridge and on ingress (SPEC §2).
 */
export function addNode(d: Draft, machine: string, role: NodeRole, leader: boolean): SwarmNode | SimError {
  const swarm = d.swarm;
  if (!swarm) throw new Error('addNode needs a swarm');
  const node: SwarmNode = {
    id: swarmId(d.rng),
    machine,
    role,
    leader,
    availability: 'active',
    left: false,
    createdAt: d.now,
    version: 1,
  };
  d.swarm = { ...swarm, nodes: [...swarm.nodes, node] };
  const gw = gwbridgeOf(d, machine) ?? createGwbridge(d, machine);
  if (isSimError(gw)) return gw;
  const ingress = ingressNetwork(d);
  if (ingress) {
    const sbox = addIngressSandbox(d, machine, gw, ingress);
    if (sbox) return sbox;
  }
  return node;
}

/** A node's ingress-sbox: an address on its docker_gwbridge and one on the ingress network. */
export function addIngressSandbox(d: Draft, machine: string, gw: Network, ingress: Network): SimError | null {
  const onGw = attach(d, gw, { kind: 'ingress-sbox', machine });
  if (isSimError(onGw)) return onGw;
  const onIngress = attach(d, ingress, { kind: 'ingress-sbox', machine });
  return isSimError(onIngress) ? onIngress : null;
}

function createGwbridge(d: Draft, machine: string): Network | SimError {
  const subnet = nextLocalSubnet(localSubnetsOn(d, machine));
  if (typeof subnet !== 'string') return { key: 'ipam', params: { network: 'docker_gwbridge' }, detail: subnet };
  const network = localNetwork({
    id: engineId(d.rng),
    name: 'docker_gwbridge',
    driver: 'bridge',
    machine,
    createdAt: d.now,
    ipam: { subnet, gateway: defaultGateway(subnet) },
    options: {
      'com.docker.network.bridge.enable_icc': 'false',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.name': 'docker_gwbridge',
    },
  });
  d.putNetwork(network);
  return network;
}

/** Removes a machine's swarm presence: its ingress-sbox addresses and every endpoint of swarm networks there. */
export function removeNodePresence(d: Draft, machine: string): void {
  for (const e of Object.values(d.endpoints)) {
    const net = d.networks[e.network];
    if (!net) continue;
    const mine =
      (e.owner.kind === 'ingress-sbox' || e.owner.kind === 'lb') && e.owner.machine === machine;
    if (mine) d.dropEndpoint(e.id);
  }
}
