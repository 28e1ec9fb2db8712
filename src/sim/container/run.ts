import { attach, isSimError } from '../addressing';
import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { engineId } from '../ids';
import { findImage, normalizeImage } from '../images';
import { findMachine, gwbridgeOf, localNetworkByName, nodeOfMachine } from '../lookup';
import { ensureAllocated } from '../network/createSwarmNetwork';
import { reconcile } from '../service/reconcile';
import type { Container, Network } from '../world';
import { commandOf } from './commandOf';
import { missingExecutable } from './missingExecutable';
import { randomName } from './names';
import { containerNameError } from '../objectName';

type Run = Extract<Change, { type: 'container/run' }>;
type Create = Extract<Change, { type: 'container/create' }>;

/**
 * `docker run -d [--network N] IMAGE [CMD]`: a standalone container on a local bridge (default `bridge`) or
 * an attachable overlay (plus docker_gwbridge for the way out), created then started. Returns its id.
 */
export function runContainer(d: Draft, c: Run): string | SimError {
  const id = createContainer(d, { ...c, type: 'container/create' });
  if (isSimError(id)) return id;
  const started = joinNetworks(d, d.containers[id] as Container);
  return isSimError(started) ? started : id;
}

/**
 * The create half of `docker run`: the image, the name and the network are checked, and the container is
 * left in the `created` state, on no network yet. Returns the container id.
 */
export function createContainer(d: Draft, c: Create): string | SimError {
  const machine = findMachine(d, c.on);
  if (!machine) return simError('no-such-machine', { machine: c.on });
  const spec = c.spec;
  const image = findImage(spec.image);
  if (!image) return simError('image-not-found', { image: normalizeImage(spec.image) });
  const badName = spec.name === null ? null : containerNameError(spec.name);
  if (badName) return badName;
  const name = (spec.name ?? randomName(d.rng)).replace(/^\//, '');
  const holder = Object.values(d.containers).find((x) => x.machine === c.on && x.name === name);
  if (holder) return simError('container-name-in-use', { name, id: holder.id });
  const network = findNetwork(d, c.on, spec.network ?? 'bridge');
  if (isSimError(network)) return network;
  const more: Network[] = [];
  for (const ref of spec.moreNetworks ?? []) {
    const n = findNetwork(d, c.on, ref);
    if (isSimError(n)) return n;
    more.push(n);
  }
  const id = engineId(d.rng);
  const hostname = spec.hostname ?? (network.driver === 'host' ? machine.name : id.slice(0, 12));
  d.putContainer({
    id,
    name,
    image: spec.image,
    command: commandOf(image, spec),
    machine: c.on,
    createdAt: d.now,
    state: 'created',
    startedAt: d.now,
    exitCode: 0,
    task: null,
    hostname,
    interfaces: [],
    ports: spec.ports,
    packages: [],
    aptUpdated: false,
    networks: [{ network: network.id, aliases: spec.aliases }, ...more.map((n) => ({ network: n.id, aliases: [] }))],
  });
  return id;
}

/**
 * Starts a standalone container: it joins its networks again (an attachable overlay must still allow it;
 * a swarm network brings docker_gwbridge along). On failure nothing changes and the container stays as it was.
 */
export function joinNetworks(d: Draft, ct: Container): string | SimError {
  const missing = missingExecutable(ct.image, ct.command);
  if (missing !== null) return simError('executable-not-found', { command: missing });
  const interfaces: string[] = [];
  let swarmScoped = false;
  for (const { network: ref, aliases } of ct.networks ?? []) {
    let network = d.networks[ref];
    if (!network) return simError('network-not-found', { name: ref });
    if (network.driver === 'null' || network.driver === 'host') continue;
    if (network.scope === 'swarm') {
      if (!network.attachable) return simError('network-not-attachable', { name: network.name });
      if (!nodeOfMachine(d, ct.machine)) return simError('network-not-found', { name: network.name });
      // The attachment, like a service's first task, gets the network its subnet (profile 17.10).
      const allocated = ensureAllocated(d, network);
      if (isSimError(allocated)) return allocated;
      network = allocated;
      swarmScoped = swarmScoped || !network.internal;
    }
    const e = attach(d, network, { kind: 'container', container: ct.id }, aliases);
    if (isSimError(e)) return e;
    interfaces.push(e.id);
  }
  const gw = gwbridgeOf(d, ct.machine);
  if (swarmScoped && gw) {
    const onGw = attach(d, gw, { kind: 'container', container: ct.id });
    if (!isSimError(onGw)) interfaces.push(onGw.id);
  }
  d.putContainer({ ...ct, state: 'running', startedAt: d.now, exitCode: 0, interfaces });
  if ((ct.networks ?? []).some((n) => d.networks[n.network]?.scope === 'swarm')) reconcile(d);
  return ct.id;
}

function findNetwork(d: Draft, machine: string, ref: string): Network | SimError {
  const local = localNetworkByName(d, machine, ref) ??
    Object.values(d.networks).find((n) => n.machine === machine && (n.id === ref || n.id.startsWith(ref)));
  if (local) return local;
  const swarmNet = Object.values(d.networks).find((n) => n.scope === 'swarm' && (n.name === ref || n.id === ref || (ref.length >= 3 && n.id.startsWith(ref))));
  if (!swarmNet || !nodeOfMachine(d, machine)) return simError('network-not-found', { name: ref });
  return swarmNet;
}
