import { describe, expect, it } from 'vitest';
import { threeNode } from '../scenario/builtins';
import { initialWorld } from '../scenario/load';
import { applyChange } from './apply';
import type { Change } from './changes';
import { MAX_CLOCK_MS } from './clock';
import { checkInvariants, type InvariantCode } from './invariants';
import type { Container, Endpoint, Network, Task, World } from './world';

function must(w: World, c: Change): World {
  const r = applyChange(w, c);
  if (!r.ok) throw new Error(`${c.type}: ${r.error.key}`);
  return r.world;
}

/** mynet (10.0.1.0/24), web: 3 replicas on mynet publishing 8080, and a standalone alpine on attachable `att`. */
function base(): World {
  let w = initialWorld(threeNode);
  const overlay = (name: string, attachable: boolean): Change => ({
    type: 'network/create', on: 'default', spec: { name, driver: 'overlay', attachable, internal: false, ingress: false, options: {}, labels: {} },
  });
  w = must(w, overlay('mynet', false));
  w = must(w, overlay('att', true));
  w = must(w, {
    type: 'service/create',
    on: 'default',
    spec: { name: 'web', image: 'nginx', args: [], mode: { kind: 'replicated', replicas: 3 }, networks: [{ network: 'mynet', aliases: [] }], ports: [{ published: 8080, target: 80, protocol: 'tcp', mode: 'ingress' }], endpointMode: 'vip', hostname: null, constraints: [] },
  });
  w = must(w, { type: 'container/run', on: 'default-2', spec: { name: 'box', image: 'alpine', command: [], network: 'att', aliases: [], hostname: null, ports: [] } });
  return w;
}

const codes = (w: World): InvariantCode[] => [...new Set(checkInvariants(w).map((v) => v.code))].sort();
const net = (w: World, name: string) => Object.values(w.networks).find((n) => n.name === name) as Network;
const runningTask = (w: World) => Object.values(w.tasks).find((t) => t.status.at(-1)?.state === 'running') as Task;
const taskEndpoint = (w: World, t: Task, network: Network) =>
  Object.values(w.endpoints).find((e) => e.owner.kind === 'task' && e.owner.task === t.id && e.network === network.id) as Endpoint;
const withEndpoint = (w: World, e: Endpoint): World => ({ ...w, endpoints: { ...w.endpoints, [e.id]: e } });
const without = <T,>(table: Readonly<Record<string, T>>, id: string): Record<string, T> => {
  const copy = { ...table };
  delete copy[id];
  return copy;
};

describe('checkInvariants', () => {
  it('finds nothing wrong in a world built by changes', () => {
    expect(checkInvariants(base())).toEqual([]);
  });

  it('names the records of each broken rule', () => {
    const w = base();
    const mynet = net(w, 'mynet');
    const t = runningTask(w);
    const e = taskEndpoint(w, t, mynet);
    const twin = { ...e, id: 'f'.repeat(64), owner: { kind: 'task' as const, task: t.id } };
    expect(checkInvariants(withEndpoint(w, twin))).toContainEqual({ code: 'duplicate-address', ids: [mynet.id, e.id, twin.id] });
    expect(codes(withEndpoint(w, { ...e, ip: '10.9.9.9' }))).toEqual(['address-outside-subnet']);
    expect(codes(withEndpoint(w, { ...e, ip: mynet.ipam?.gateway ?? '' }))).toEqual(['address-outside-subnet']);
    expect(codes(withEndpoint(w, { ...e, ip: '10.0.1.255' }))).toEqual(['address-outside-subnet']);
  });

  it('overlapping swarm subnets, and overlapping local subnets on one machine', () => {
    const w = base();
    const mynet = net(w, 'mynet');
    const clash = { ...mynet, id: 'clash', name: 'clash', ipam: { subnet: '10.0.1.0/25', gateway: '10.0.1.1' } };
    expect(checkInvariants({ ...w, networks: { ...w.networks, clash } })).toEqual([{ code: 'subnet-overlap', ids: [mynet.id, 'clash'] }]);
    const bridge = Object.values(w.networks).find((n) => n.name === 'bridge' && n.machine === 'default') as Network;
    const local = { ...bridge, id: 'b2', name: 'b2', predefined: false, ipam: { subnet: '172.17.5.0/24', gateway: '172.17.5.1' } };
    expect(codes({ ...w, networks: { ...w.networks, b2: local } })).toEqual(['subnet-overlap']);
    // The same subnet on two machines' local networks is fine.
    const x1 = { ...local, id: 'x1', ipam: { subnet: '192.168.50.0/24', gateway: '192.168.50.1' } };
    const x2 = { ...x1, id: 'x2', machine: 'default-2' };
    expect(codes({ ...w, networks: { ...w.networks, x1, x2 } })).toEqual([]);
  });

  it('endpoints without a live owner, and interfaces without their endpoint', () => {
    const w = base();
    const box = Object.values(w.containers).find((c) => c.name === 'box');
    if (!box) throw new Error('no box');
    const gwAddress = box.interfaces[1] as string;
    // A container gone while its docker_gwbridge address stays.
    expect(codes({ ...w, containers: without(w.containers, box.id) })).toEqual(['endpoint-orphaned']);
    // An interface pointing at a deleted endpoint.
    expect(codes({ ...w, endpoints: without(w.endpoints, gwAddress) })).toEqual(['interface-dangling']);
    expect(codes({ ...w, endpoints: { ...w.endpoints, x: { ...(w.endpoints[gwAddress] as Endpoint), id: 'x', network: 'nowhere' } } })).toContain('endpoint-without-network');
    // A dead task keeping its addresses; a VIP of a service that is gone.
    const t = runningTask(w);
    const dead: Task = { ...t, desired: 'shutdown', status: [...t.status, { state: 'shutdown', at: w.now, error: null }] };
    expect(codes({ ...w, tasks: { ...w.tasks, [t.id]: dead }, containers: { ...w.containers, [t.container as string]: { ...(w.containers[t.container as string] as Container), state: 'exited' as const } } })).toContain('endpoint-orphaned');
    const web = Object.values(w.services)[0];
    expect(codes({ ...w, services: {} })).toContain('endpoint-orphaned');
    expect(web).toBeDefined();
  });

  it('running tasks: node, container, addresses; services: VIPs and ingress', () => {
    const w = base();
    const t = runningTask(w);
    const swarm = w.swarm;
    if (!swarm) throw new Error('no swarm');
    const drained = { ...swarm, nodes: swarm.nodes.map((n) => (n.id === t.node ? { ...n, availability: 'drain' as const } : n)) };
    expect(codes({ ...w, swarm: drained })).toEqual(['task-on-unavailable-node']);
    const c = w.containers[t.container as string] as Container;
    expect(codes({ ...w, containers: { ...w.containers, [t.container as string]: { ...(c as Container), state: 'exited' as const } } })).toEqual(['task-without-container']);
    const mynet = net(w, 'mynet');
    const e = taskEndpoint(w, t, mynet);
    const strip = { ...w, endpoints: without(w.endpoints, e.id), containers: { ...w.containers, [c.id]: { ...c, interfaces: c.interfaces.filter((x) => x !== e.id) } } };
    expect(codes(strip)).toEqual(['running-without-address']);
    const vip = Object.values(w.endpoints).find((x) => x.owner.kind === 'vip' && x.network === mynet.id) as Endpoint;
    expect(checkInvariants({ ...w, endpoints: without(w.endpoints, vip.id) })).toEqual([{ code: 'missing-vip', ids: [vip.owner.kind === 'vip' ? vip.owner.service : '', mynet.id] }]);
    const ingress = net(w, 'ingress');
    const noIngress = Object.fromEntries(Object.entries(w.endpoints).filter(([, x]) => x.network !== ingress.id));
    expect(codes({ ...w, networks: without(w.networks, ingress.id), endpoints: noIngress })).toContain('published-without-ingress');
  });

  it('the clock stays within range', () => {
    const w = base();
    expect(codes({ ...w, now: MAX_CLOCK_MS + 1 })).toEqual(['clock-out-of-range']);
    expect(codes({ ...w, now: Number.NaN })).toEqual(['clock-out-of-range']);
    const far = must(w, { type: 'clock/advance', ms: 1e20 });
    expect(far.now).toBe(MAX_CLOCK_MS);
    expect(checkInvariants(far)).toEqual([]);
  });
});
