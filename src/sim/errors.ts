/**
 * User errors from the simulation are values: a key and parameters. The shell turns each key into
 * Docker's exact words (src/shell/docker/errorText.ts); the UI may explain them in any language.
 */
export type SimErrorKey =
  | 'not-swarm-manager'
  | 'not-manager-worker'
  | 'already-in-swarm'
  | 'not-in-swarm'
  | 'invalid-join-token'
  | 'leave-last-manager'
  | 'machine-stopped'
  | 'no-such-machine'
  | 'network-exists'
  | 'network-not-found'
  | 'network-not-swarm-scoped'
  | 'network-in-use-by-service'
  | 'network-in-use-by-container'
  | 'network-predefined'
  | 'network-not-attachable'
  | 'network-ingress-exists'
  | 'network-ingress-attachable'
  | 'network-ingress-in-use'
  | 'network-driver-unknown'
  | 'network-driver-scope'
  | 'network-already-connected'
  | 'network-not-connected'
  | 'network-cannot-connect-to-task'
  | 'ipam'
  | 'service-exists'
  | 'service-not-found'
  | 'port-in-use'
  | 'dnsrr-ingress-port'
  | 'container-not-found'
  | 'container-name-in-use'
  | 'container-not-running'
  | 'container-running-rm'
  | 'image-not-found'
  | 'node-not-found'
  | 'node-ambiguous'
  | 'node-rm-manager'
  | 'node-rm-not-down'
  | 'node-demote-last-manager'
  | 'node-already-manager'
  | 'node-already-worker'
  | 'invalid-constraint'
  | 'port-range'
  | 'service-not-replicated'
  | 'service-needs-ingress'
  | 'replicas-limit'
  | 'name-missing'
  | 'name-not-dns'
  | 'name-too-long'
  | 'container-name-invalid'
  | 'executable-not-found';

export interface SimError {
  readonly key: SimErrorKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** IPAM errors carry the ipam module's own key. */
  readonly detail?: { readonly key: string; readonly params: Readonly<Record<string, string | number>> };
}

export function simError(key: SimErrorKey, params: Record<string, string | number> = {}): SimError {
  return { key, params };
}
