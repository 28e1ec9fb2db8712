import { attach, isSimError } from '../addressing';
import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { findContainer, findNetwork, gwbridgeOf } from '../lookup';
import { reconcile } from '../service/reconcile';

type Connect = Extract<Change, { type: 'network/connect' }>;
type Disconnect = Extract<Change, { type: 'network/disconnect' }>;

/** `docker network connect NET CONTAINER`: local bridges on the same machine, or attachable overlays. */
export function connectNetwork(d: Draft, c: Connect): string | SimError {
  const ct = findContainer(d, c.on, c.container);
  if (!ct) return simError('container-not-found', { name: c.container });
  const swarmNet = Object.values(d.networks).find((n) => n.scope === 'swarm' && (n.name === c.network || n.id === c.network));
  const net = findNetwork(d, c.on, c.network) ?? swarmNet ?? null;
  if (!net) return simError('network-not-found', { name: c.network });
  if (net.scope === 'swarm' && !net.attachable) return simError('network-not-attachable', { name: c.network });
  if (net.driver === 'host' || net.driver === 'null') return simError('network-driver-scope', { driver: net.driver });
  const already = ct.interfaces.some((id) => d.endpoints[id]?.network === net.id);
  if (already) return simError('network-already-connected', { container: ct.name, network: net.name });
  const e = attach(d, net, { kind: 'container', container: ct.id }, c.aliases);
  if (isSimError(e)) return e;
  const interfaces = [...ct.interfaces, e.id];
  const gw = gwbridgeOf(d, c.on);
  const hasGw = gw && interfaces.some((id) => d.endpoints[id]?.network === gw.id);
  if (net.scope === 'swarm' && !net.internal && gw && !hasGw) {
    const onGw = attach(d, gw, { kind: 'container', container: ct.id });
    if (!isSimError(onGw)) interfaces.push(onGw.id);
  }
  d.putContainer({ ...ct, interfaces });
  reconcile(d);
  return c.network;
}

/** `docker network disconnect NET CONTAINER`. */
export function disconnectNetwork(d: Draft, c: Disconnect): string | SimError {
  const ct = findContainer(d, c.on, c.container);
  if (!ct) return simError('container-not-found', { name: c.container });
  const net = findNetwork(d, c.on, c.network);
  if (!net) return simError('network-not-found', { name: c.network });
  const id = ct.interfaces.find((x) => d.endpoints[x]?.network === net.id);
  if (!id) return simError('network-not-connected', { container: ct.name, network: net.name });
  d.dropEndpoint(id);
  d.putContainer({ ...ct, interfaces: ct.interfaces.filter((x) => x !== id) });
  reconcile(d);
  return c.network;
}
