import { clockInRange } from './clock';
import { ingressNetwork, isRunning, nodeStatus } from './lookup';
import { blocksOverlap, usableRange, type Block } from './ipam/ipv4Int';
import type { Endpoint, Network, Service, Task, World } from './world';

/** What can be wrong with a world; each names a rule real Docker keeps (see `checkInvariants`). */
export type InvariantCode =
  | 'duplicate-address'
  | 'address-outside-subnet'
  | 'subnet-overlap'
  | 'endpoint-without-network'
  | 'endpoint-orphaned'
  | 'interface-dangling'
  | 'task-on-unavailable-node'
  | 'task-without-container'
  | 'running-without-address'
  | 'missing-vip'
  | 'published-without-ingress'
  | 'clock-out-of-range';

/** One broken rule and the ids of the records involved (no text: callers word it). */
export interface Violation {
  readonly code: InvariantCode;
  readonly ids: readonly string[];
}

/**
 * Every rule the world must keep after any change, checked in a few linear passes:
 * - addresses: unique per network, inside the network's subnet, never its network, broadcast or gateway address;
 * - subnets: swarm networks never overlap each other, nor a machine's local networks each other;
 * - endpoints belong to a live owner (a container that lists them, a task not yet dead, a swarm node's
 *   sandbox or LB, a VIP-mode service on that network); every container interface is a live endpoint of its own;
 * - a running task is on a Ready node that has not left and is not drained, with a running container and an
 *   address on each of its networks; a published service runs nothing while there is no ingress network;
 * - each VIP-mode service has a VIP on each of its networks; the clock is within range.
 *
 * @example
 *   const broken = checkInvariants(world); // [] when all is well
 */
export function checkInvariants(w: World): readonly Violation[] {
  const out: Violation[] = [];
  if (!clockInRange(w.now)) out.push({ code: 'clock-out-of-range', ids: [] });
  const nets = networksOfServices(w);
  checkSubnets(w, out);
  checkEndpoints(w, nets, out);
  checkContainers(w, out);
  checkTasks(w, nets, out);
  checkServices(w, nets, out);
  return out;
}

/** Each service's networks (ingress first when it publishes), as `taskNetworks` gives them, computed once. */
type ServiceNetworks = ReadonlyMap<string, readonly string[]>;
function networksOfServices(w: World): ServiceNetworks {
  const ingress = ingressNetwork(w);
  const out = new Map<string, string[]>();
  const of = (s: Service) => [
    ...(ingress && s.spec.ports.some((p) => p.mode === 'ingress') ? [ingress.id] : []),
    ...s.spec.networks.flatMap((n) => (w.networks[n.network] ? [n.network] : [])),
  ];
  for (const s of Object.values(w.services)) out.set(s.id, of(s));
  return out;
}

/** Dotted quad to an unsigned integer (NaN when malformed). */
function ipInt(ip: string): number {
  let n = 0;
  let parts = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= ip.length; i++) {
    const c = i < ip.length ? ip.charCodeAt(i) : 46;
    if (c >= 48 && c <= 57 && digits < 3) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 46 && digits > 0 && value <= 255 && parts < 4) {
      n = n * 256 + value;
      parts++;
      value = 0;
      digits = 0;
    } else return Number.NaN;
  }
  return parts === 4 ? n : Number.NaN;
}

/** The network's subnet as a block (parsed here without ipaddr.js: this runs after every change in dev). */
function blockOf(n: Network): Block | null {
  if (!n.ipam) return null;
  const [addr = '', bits = ''] = n.ipam.subnet.split('/');
  const ip = ipInt(addr);
  const prefix = Number(bits);
  if (Number.isNaN(ip) || !/^\d{1,2}$/.test(bits) || prefix > 32) return null;
  const size = 2 ** (32 - prefix);
  return { first: ip - (ip % size), size, prefix };
}

function checkSubnets(w: World, out: Violation[]): void {
  const groups = new Map<string, { id: string; block: Block }[]>();
  for (const n of Object.values(w.networks)) {
    const block = blockOf(n);
    if (!block) continue;
    const key = n.scope === 'swarm' ? 'swarm' : `local:${n.machine}`;
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    for (const other of group) if (blocksOverlap(block, other.block)) out.push({ code: 'subnet-overlap', ids: [other.id, n.id] });
    group.push({ id: n.id, block });
  }
}

function checkEndpoints(w: World, nets: ServiceNetworks, out: Violation[]): void {
  const seen = new Map<string, Map<string, string>>();
  const ranges = new Map<string, { lo: number; hi: number; gw: number } | null>();
  const machines = new Set(w.machines.map((m) => m.name));
  const nodeMachines = new Set((w.swarm?.nodes ?? []).filter((n) => !n.left && machines.has(n.machine)).map((n) => n.machine));
  for (const e of Object.values(w.endpoints)) {
    const net = w.networks[e.network];
    if (!net) {
      out.push({ code: 'endpoint-without-network', ids: [e.id, e.network] });
      continue;
    }
    let onNet = seen.get(e.network);
    if (!onNet) seen.set(e.network, (onNet = new Map()));
    const twin = onNet.get(e.ip);
    if (twin) out.push({ code: 'duplicate-address', ids: [e.network, twin, e.id] });
    onNet.set(e.ip, e.id);
    if (!ranges.has(net.id)) {
      const block = blockOf(net);
      ranges.set(net.id, block && net.ipam ? { ...usableRange(block), gw: ipInt(net.ipam.gateway) } : null);
    }
    const range = ranges.get(net.id);
    const ip = ipInt(e.ip);
    if (!range || !(ip >= range.lo) || ip > range.hi || ip === range.gw) out.push({ code: 'address-outside-subnet', ids: [e.network, e.id] });
    const owner = ownerProblem(w, e, nets, nodeMachines);
    if (owner !== null) out.push({ code: 'endpoint-orphaned', ids: [e.id, owner] });
  }
}

/** Null when the endpoint's owner is alive and holds it; else the owner's id (or name). */
function ownerProblem(w: World, e: Endpoint, nets: ServiceNetworks, nodeMachines: ReadonlySet<string>): string | null {
  const o = e.owner;
  switch (o.kind) {
    case 'container': {
      const c = w.containers[o.container];
      return c && c.interfaces.includes(e.id) ? null : o.container;
    }
    case 'task': {
      const t = w.tasks[o.task];
      return t && !isDead(t) ? null : o.task;
    }
    case 'lb':
    case 'ingress-sbox':
      return nodeMachines.has(o.machine) ? null : o.machine;
    case 'vip': {
      const s = w.services[o.service];
      const on = s && s.spec.endpointMode === 'vip' && nets.get(s.id)?.includes(e.network);
      return on ? null : o.service;
    }
  }
}

const terminal = new Set(['complete', 'shutdown', 'failed', 'rejected', 'remove', 'orphaned']);

/** swarmkit's `taskDead`: past running in state (a task on a Down node stays running, holding its addresses). */
function isDead(t: Task): boolean {
  return terminal.has(t.status[t.status.length - 1]?.state ?? 'new');
}

function checkContainers(w: World, out: Violation[]): void {
  for (const c of Object.values(w.containers)) {
    for (const id of c.interfaces) {
      const e = w.endpoints[id];
      const mine = e && ((e.owner.kind === 'container' && e.owner.container === c.id) || (e.owner.kind === 'task' && e.owner.task === c.task));
      if (!mine) out.push({ code: 'interface-dangling', ids: [c.id, id] });
    }
  }
}

function checkTasks(w: World, nets: ServiceNetworks, out: Violation[]): void {
  const addressed = new Set<string>();
  for (const e of Object.values(w.endpoints)) if (e.owner.kind === 'task') addressed.add(`${e.owner.task}/${e.network}`);
  const nodes = new Map((w.swarm?.nodes ?? []).map((n) => [n.id, n]));
  for (const t of Object.values(w.tasks)) {
    if (!isRunning(t)) continue;
    const node = t.node ? nodes.get(t.node) : undefined;
    if (!node || node.left || node.availability === 'drain' || nodeStatus(w, node) !== 'ready') {
      out.push({ code: 'task-on-unavailable-node', ids: [t.id, t.node ?? ''] });
    }
    const c = t.container ? w.containers[t.container] : undefined;
    if (!c || c.state !== 'running') out.push({ code: 'task-without-container', ids: [t.id, t.container ?? ''] });
    for (const network of nets.get(t.service) ?? []) {
      if (!addressed.has(`${t.id}/${network}`)) out.push({ code: 'running-without-address', ids: [t.id, network] });
    }
  }
}

function checkServices(w: World, nets: ServiceNetworks, out: Violation[]): void {
  const vips = new Set<string>();
  for (const e of Object.values(w.endpoints)) if (e.owner.kind === 'vip') vips.add(`${e.owner.service}/${e.network}`);
  const runningOf = new Set<string>();
  for (const t of Object.values(w.tasks)) if (isRunning(t)) runningOf.add(t.service);
  const ingress = ingressNetwork(w);
  for (const s of Object.values(w.services)) {
    if (s.spec.endpointMode === 'vip') {
      for (const network of nets.get(s.id) ?? []) {
        if (w.networks[network]?.ipam && !vips.has(`${s.id}/${network}`)) out.push({ code: 'missing-vip', ids: [s.id, network] });
      }
    }
    if (!ingress && runningOf.has(s.id) && s.spec.ports.some((p) => p.mode === 'ingress')) {
      out.push({ code: 'published-without-ingress', ids: [s.id] });
    }
  }
}
