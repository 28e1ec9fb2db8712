import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { clusterSecret, joinToken, swarmId } from '../ids';
import { findMachine, nodeOfMachine } from '../lookup';
import { isSimError } from '../addressing';
import { createSwarmNetwork } from '../network/createSwarmNetwork';
import { addNode } from './membership';
import { profiles } from '../profile';

type Init = Extract<Change, { type: 'swarm/init' }>;

/** `docker swarm init`: a new swarm with this machine as its leader, plus the ingress network. */
export function initSwarm(d: Draft, c: Init): string | SimError {
  const machine = findMachine(d, c.on);
  if (!machine) return simError('no-such-machine', { machine: c.on });
  if (nodeOfMachine(d, c.on)) return simError('already-in-swarm');
  if (d.swarm && d.swarm.nodes.some((n) => !n.left)) return simError('already-in-swarm');
  const secret = clusterSecret(d.rng);
  d.swarm = {
    id: swarmId(d.rng),
    createdAt: d.now,
    secret,
    tokens: { worker: joinToken(d.rng, secret), manager: joinToken(d.rng, secret) },
    addrPools: c.addrPools && c.addrPools.length > 0 ? c.addrPools : ['10.0.0.0/8'],
    maskLength: c.maskLength ?? 24,
    dataPathPort: c.dataPathPort ?? 4789,
    nodes: [],
  };
  const ingressRule = profiles[d.profile].ingress;
  const fixed = ingressRule.kind === 'fixed' ? { subnet: ingressRule.subnet, gateway: ingressRule.gateway } : {};
  const ingress = createSwarmNetwork(d, {
    name: 'ingress',
    driver: 'overlay',
    attachable: false,
    internal: false,
    ingress: true,
    options: {},
    labels: {},
    ...fixed,
  }, { allocateNow: true });
  if (isSimError(ingress)) return ingress;
  const node = addNode(d, c.on, 'manager', true);
  if (isSimError(node)) return node;
  return node.id;
}
