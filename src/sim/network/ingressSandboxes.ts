import type { Draft } from '../draft';
import type { SimError } from '../errors';
import { gwbridgeOf } from '../lookup';
import { addIngressSandbox } from '../swarm/membership';
import type { Network } from '../world';

/** Gives every node in the swarm its ingress-sbox on a newly created ingress network. */
export function addIngressSandboxes(d: Draft, ingress: Network): SimError | null {
  for (const n of d.swarm?.nodes ?? []) {
    if (n.left) continue;
    const gw = gwbridgeOf(d, n.machine);
    if (!gw) continue;
    const failed = addIngressSandbox(d, n.machine, gw, ingress);
    if (failed) return failed;
  }
  return null;
}

/** `network rm ingress`: each node's ingress-sbox goes, its docker_gwbridge address too. */
export function removeIngressSandboxes(d: Draft): void {
  for (const e of Object.values(d.endpoints)) if (e.owner.kind === 'ingress-sbox') d.dropEndpoint(e.id);
}
