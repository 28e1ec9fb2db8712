import type { SimError } from '../../sim/errors';
import type { ProfileName } from '../../sim/profile';
import { ipamErrorText } from './ipamErrorText';

/**
 * Docker's exact words for each simulation error, without the `Error response from daemon: ` prefix
 * (see `daemonError`). One catalog, so wording is fixed in one place (SPEC §10).
 */
export function errorText(e: SimError, profile: ProfileName = '29'): string {
  const text = words(e, profile);
  // The gRPC of 2017 printed status codes as numbers (`code = 3`), current gRPC by name.
  return profile === '17.10' ? text.replace(/rpc error: code = (\w+)/, (all, name: string) => `rpc error: code = ${GRPC_CODES.get(name) ?? name}`) : text;
}

const GRPC_CODES = new Map([
  ['Canceled', 1], ['Unknown', 2], ['InvalidArgument', 3], ['DeadlineExceeded', 4], ['NotFound', 5], ['AlreadyExists', 6],
  ['PermissionDenied', 7], ['ResourceExhausted', 8], ['FailedPrecondition', 9], ['Aborted', 10], ['OutOfRange', 11],
  ['Unimplemented', 12], ['Internal', 13], ['Unavailable', 14],
]);

function words(e: SimError, profile: ProfileName): string {
  const p = e.params;
  switch (e.key) {
    case 'not-swarm-manager':
      return 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';
    case 'not-manager-worker':
      return "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.";
    case 'already-in-swarm':
      return 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.';
    case 'not-in-swarm':
      return 'This node is not part of a swarm';
    case 'invalid-join-token':
      return 'rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster';
    case 'leave-last-manager':
      return 'You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.';
    case 'machine-stopped':
    case 'no-such-machine':
      return `Host does not exist: "${p.machine}"`;
    case 'network-exists':
      return `network with name ${p.name} already exists`;
    case 'network-not-found':
      return `network ${p.name} not found`;
    case 'network-not-swarm-scoped':
      return `The network ${p.name} cannot be used with services. Only networks scoped to the swarm can be used, such as those created with the overlay driver.`;
    case 'network-in-use-by-service':
      return `rpc error: code = FailedPrecondition desc = network ${p.network} is in use by service ${p.service}`;
    case 'network-in-use-by-container':
      return `error while removing network: network ${p.name} id ${p.id} has active endpoints`;
    case 'network-predefined':
      return `${p.name} is a pre-defined network and cannot be removed`;
    case 'network-not-attachable':
      return `Could not attach to network ${p.name}: rpc error: code = PermissionDenied desc = network ${p.name} not manually attachable`;
    case 'network-ingress-exists':
      return `rpc error: code = AlreadyExists desc = ingress network already exists`;
    case 'network-ingress-attachable':
      return 'rpc error: code = InvalidArgument desc = ingress network cannot be attachable';
    case 'network-ingress-in-use':
      return `rpc error: code = FailedPrecondition desc = ingress network cannot be removed because service ${p.service} depends on it`;
    case 'network-driver-unknown':
      return `plugin "${p.driver}" not found`;
    case 'network-driver-scope':
      return `${p.driver} driver cannot be used here`;
    case 'network-already-connected':
      return `endpoint with name ${p.container} already exists in network ${p.network}`;
    case 'network-not-connected':
      return `container ${p.container} is not connected to network ${p.network}`;
    case 'network-cannot-connect-to-task':
      return `container ${p.container} is a swarm task and cannot be connected manually`;
    case 'ipam':
      return e.detail ? ipamErrorText(e.detail, profile) : 'invalid network config';
    case 'service-exists':
      return `rpc error: code = AlreadyExists desc = name conflicts with an existing object: service ${p.name} already exists`;
    case 'service-not-found':
      return `service ${p.name} not found`;
    case 'service-not-replicated':
      return `scale can only be used with replicated or replicated-job mode`;
    case 'service-needs-ingress':
      return 'rpc error: code = FailedPrecondition desc = service needs ingress network, but no ingress network is present';
    case 'replicas-limit':
      // The playground's own limit (not Docker's), worded as the daemon words a refused spec.
      return `rpc error: code = InvalidArgument desc = replicas ${p.replicas} exceed the playground's limit of ${p.limit} per service`;
    case 'port-in-use':
      return `rpc error: code = InvalidArgument desc = port '${p.port}' is already in use by service '${p.service}' (${p.id}) as an ingress port`;
    case 'dnsrr-ingress-port':
      return "rpc error: code = InvalidArgument desc = EndpointSpec: port published with ingress mode can't be used with dnsrr mode";
    case 'port-range':
      return `rpc error: code = InvalidArgument desc = EndpointSpec: port ${p.port} is out of range`;
    case 'container-not-found':
      return `No such container: ${p.name}`;
    case 'container-name-in-use':
      return `Conflict. The container name "/${p.name}" is already in use by container "${p.id}". You have to remove (or rename) that container to be able to reuse that name.`;
    case 'container-not-running':
      return `Cannot kill container: ${p.id}: container ${p.id} is not running`;
    case 'container-running-rm':
      return `cannot remove container "${p.id}": container is running: stop the container before removing or force remove`;
    case 'image-not-found':
      return `pull access denied for ${String(p.image).split(':')[0]}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
    case 'node-not-found':
      return `node ${p.node} not found`;
    case 'node-ambiguous':
      return `node ${p.node} is ambiguous (multiple matches)`;
    case 'node-rm-manager':
      return `rpc error: code = FailedPrecondition desc = node ${p.node} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal`;
    case 'node-rm-not-down':
      return `rpc error: code = FailedPrecondition desc = node ${p.node} is not down and can't be removed`;
    case 'node-demote-last-manager':
      return `rpc error: code = FailedPrecondition desc = attempting to demote the last manager of the swarm`;
    case 'node-already-manager':
    case 'node-already-worker':
      return '';
    case 'name-missing':
      return 'rpc error: code = InvalidArgument desc = meta: name must be provided';
    case 'name-not-dns':
      return 'rpc error: code = InvalidArgument desc = name must be valid as a DNS name component';
    case 'name-too-long':
      return 'rpc error: code = InvalidArgument desc = name must be 63 characters or fewer';
    case 'container-name-invalid':
      return `Invalid container name (${p.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`;
    case 'executable-not-found':
      // Starting the container: containerd 0.2 + runc 1.0.0-rc4 (17.10), containerd 2 + runc 1.3 (29).
      return profile === '17.10'
        ? `oci runtime error: container_linux.go:295: starting container process caused "exec: \\"${p.command}\\": executable file not found in $PATH"`
        : `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${p.command}": executable file not found in $PATH: unknown`;
    case 'invalid-constraint':
      return `rpc error: code = InvalidArgument desc = ContainerSpec: invalid constraint: ${p.constraint}`;
  }
}

/** The CLI's form of a daemon error: `Error response from daemon: ...`. */
export function daemonError(e: SimError, profile: ProfileName = '29'): string {
  return `Error response from daemon: ${errorText(e, profile)}\n`;
}
