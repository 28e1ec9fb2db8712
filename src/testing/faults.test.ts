import { describe, expect, it } from 'vitest';
import { applyChange } from '../sim/apply';
import type { Change } from '../sim/changes';
import { checkInvariants } from '../sim/invariants';
import { currentState, isLive, isServing, machineOfNode } from '../sim/lookup';
import { ipvsTable } from '../sim/query/ipvsTable';
import { meshWorld, taskOn } from '../sim/traffic/fixtures';
import type { FlowSpec } from '../sim/traffic/plan';
import { planFromContainer } from '../sim/traffic/planFromContainer';
import type { World } from '../sim/world';
import { harness } from './harness';
import { INGRESS_WARNING } from '../shell/docker/network/ingressConfirm';

/*
 * Faults inside the simulation, one test each, on SPEC §11's world (web: 10.0.1.3 on default-3, 10.0.1.4 on
 * default, 10.0.1.5 on default-2, VIP 10.0.1.2; a global alpine `cli` on every node). Each checks what Docker
 * does to tasks and addresses, what a packet sent afterwards meets, and that every invariant holds.
 */

const apply = (w: World, ...changes: Change[]): World =>
  changes.reduce((acc, c) => {
    const r = applyChange(acc, c);
    if (!r.ok) throw new Error(`${c.type}: ${r.error.key}`);
    return r.world;
  }, w);
const later = (ms: number): Change => ({ type: 'clock/advance', ms });
const tasksOf = (w: World, name: string) => Object.values(w.tasks).filter((t) => w.services[t.service]?.spec.name === name);
const servingOn = (w: World, name: string) => tasksOf(w, name).filter((t) => isServing(w, t)).map((t) => machineOfNode(w, t.node ?? '')?.name).sort();
const mynet = (w: World) => Object.values(w.networks).find((n) => n.name === 'mynet')?.id ?? '';
const webBackends = (w: World) => [...(ipvsTable(w, mynet(w)).find((v) => w.services[v.service]?.spec.name === 'web')?.backends ?? [])].sort();
const taskIps = (w: World, name: string) =>
  tasksOf(w, name).filter((t) => isServing(w, t)).flatMap((t) => Object.values(w.endpoints).filter((e) => e.owner.kind === 'task' && e.owner.task === t.id && e.network === mynet(w)).map((e) => e.ip)).sort();
const holder = (w: World, ip: string) => Object.values(w.endpoints).find((e) => e.network === mynet(w) && e.ip === ip);
const send = (w: World, from: string, flow: FlowSpec) => planFromContainer(w, taskOn(w, 'cli', from), flow);
const lastDrop = (w: World, from: string, flow: FlowSpec) => send(w, from, flow).request.at(-1)?.why.key;
const lbMachines = (w: World) => Object.values(w.endpoints).flatMap((e) => (e.owner.kind === 'lb' && e.network === mynet(w) ? [e.owner.machine] : [])).sort();
const icmp = (dst: string): FlowSpec => ({ proto: 'icmp', dst });
const http = (dst: string): FlowSpec => ({ proto: 'tcp', dst, dstPort: 80 });

describe('faults', () => {
  const w = meshWorld();
  it('starts from three web tasks, one per node, each an IPVS backend', () => {
    expect(servingOn(w, 'web')).toEqual(['default', 'default-2', 'default-3']);
    expect(webBackends(w)).toEqual(['10.0.1.3', '10.0.1.4', '10.0.1.5']);
    expect(checkInvariants(w)).toEqual([]);
  });

  it('node stopped: its tasks are given up on and replaced elsewhere; packets to it die at its NIC', () => {
    const down = apply(w, { type: 'machine/stop', machine: 'default-2' }, later(10_000));
    expect(servingOn(down, 'web')).toEqual(['default', 'default', 'default-3']);
    // The old task keeps its address while the node is away (swarmkit frees it once the task is dead).
    const old = tasksOf(down, 'web').find((t) => t.desired === 'shutdown' && currentState(t).state === 'running');
    expect(old && holder(down, '10.0.1.5')?.owner).toEqual({ kind: 'task', task: old?.id });
    expect(webBackends(down)).toEqual(taskIps(down, 'web'));
    expect(webBackends(down)).not.toContain('10.0.1.5');
    // The global cli task on default-2 is not moved.
    expect(tasksOf(down, 'cli').filter(isLive).length).toBe(2);
    const p = send(down, 'default', icmp('10.0.1.5'));
    expect(p.verdict).toBe('timeout');
    expect(p.request.at(-1)?.why.key).toBe('drop.node-down');
    expect(send(down, 'default', http('10.0.1.2')).verdict).toBe('answered');
    expect(lbMachines(down)).toEqual(['default', 'default-3']);
    expect(checkInvariants(down)).toEqual([]);
  });

  it('machine started again: stale tasks shut down and free their addresses; global tasks come back; nothing moves back', () => {
    const back = apply(w, { type: 'machine/stop', machine: 'default-2' }, later(10_000), { type: 'machine/start', machine: 'default-2' }, later(10_000));
    expect(servingOn(back, 'web')).toEqual(['default', 'default', 'default-3']);
    expect(servingOn(back, 'cli')).toEqual(['default', 'default-2', 'default-3']);
    expect(holder(back, '10.0.1.5')).toBeUndefined();
    expect(tasksOf(back, 'web').filter((t) => currentState(t).state === 'running' && t.desired === 'shutdown')).toEqual([]);
    expect(lastDrop(back, 'default', icmp('10.0.1.5'))).toBe('drop.no-neighbour');
    expect(webBackends(back)).toEqual(taskIps(back, 'web'));
    expect(checkInvariants(back)).toEqual([]);
  });

  it('node drained: its tasks shut down and are rescheduled, their addresses and its LB sandbox go', () => {
    const node = w.swarm?.nodes.find((n) => n.machine === 'default-3')?.id ?? '';
    const drained = apply(w, { type: 'node/update', on: 'default', node, availability: 'drain' }, later(10_000));
    expect(servingOn(drained, 'web')).toHaveLength(3);
    expect(servingOn(drained, 'web')).not.toContain('default-3');
    expect(servingOn(drained, 'cli')).toEqual(['default', 'default-2']);
    expect(holder(drained, '10.0.1.3')).toBeUndefined();
    expect(lbMachines(drained)).toEqual(['default', 'default-2']);
    expect(lastDrop(drained, 'default', icmp('10.0.1.3'))).toBe('drop.no-neighbour');
    expect(webBackends(drained)).toEqual(taskIps(drained, 'web'));
    expect(checkInvariants(drained)).toEqual([]);
  });

  it('node left: its tasks and containers go, it shows Down, its sandboxes and addresses are freed', () => {
    const left = apply(w, { type: 'swarm/leave', on: 'default-3', force: false }, later(10_000));
    expect(left.swarm?.nodes.find((n) => n.machine === 'default-3')?.left).toBe(true);
    expect(Object.values(left.containers).filter((c) => c.machine === 'default-3' && c.task)).toEqual([]);
    expect(Object.values(left.endpoints).filter((e) => 'machine' in e.owner && e.owner.machine === 'default-3')).toEqual([]);
    expect(servingOn(left, 'web')).toHaveLength(3);
    expect(servingOn(left, 'web')).not.toContain('default-3');
    expect(lastDrop(left, 'default', icmp('10.0.1.3'))).toBe('drop.no-neighbour');
    expect(checkInvariants(left)).toEqual([]);
  });

  it('task killed: it fails with exit 137, the VIP balances to the others, the slot is refilled after the restart delay', () => {
    const victim = taskOn(w, 'web', 'default-2');
    const killed = apply(w, { type: 'container/stop', on: 'default-2', container: victim.id, signal: 'kill' });
    const task = killed.tasks[victim.task ?? ''];
    expect(task && currentState(task)).toMatchObject({ state: 'failed', error: 'task: non-zero exit (137)' });
    expect(webBackends(killed)).toEqual(['10.0.1.3', '10.0.1.4']);
    expect(lastDrop(killed, 'default', icmp('10.0.1.5'))).toBe('drop.no-neighbour');
    expect(send(killed, 'default', http('10.0.1.2')).verdict).toBe('answered');
    const refilled = apply(killed, later(5_000));
    expect(tasksOf(refilled, 'web').filter((t) => isServing(refilled, t)).map((t) => t.slot).sort()).toEqual([1, 2, 3]);
    expect(webBackends(refilled)).toEqual(taskIps(refilled, 'web'));
    expect(webBackends(refilled)).not.toContain('10.0.1.5');
    expect(checkInvariants(refilled)).toEqual([]);
  });

  it('network removed under a running service: refused in Docker\'s words, nothing changes', () => {
    const r = applyChange(w, { type: 'network/rm', on: 'default', network: 'mynet' });
    expect(r.ok).toBe(false);
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay mynet\ndocker service create -d --name web --network mynet nginx');
    const before = h.world;
    const net = Object.values(before.networks).find((n) => n.name === 'mynet')?.id;
    const svc = Object.values(before.services)[0]?.id;
    expect(h.out('docker network rm mynet')).toBe(`Error response from daemon: rpc error: code = FailedPrecondition desc = network ${net} is in use by service ${svc}\n`);
    expect(h.world.endpoints).toBe(before.endpoints);
    expect(h.world.tasks).toBe(before.tasks);
    // The routing mesh under a published service: swarmkit names the service by id.
    h.run('docker service update -d --publish-add 8080:80 web');
    expect(h.out('echo y | docker network rm ingress')).toBe(`${INGRESS_WARNING}Error response from daemon: rpc error: code = FailedPrecondition desc = ingress network cannot be removed because service ${svc} depends on it\n`);
  });

  it('manager demoted: refused for the last manager; with another manager, leadership moves and tasks stay', () => {
    const id = (m: string) => w.swarm?.nodes.find((n) => n.machine === m)?.id ?? '';
    expect(applyChange(w, { type: 'node/update', on: 'default', node: id('default'), role: 'worker' })).toMatchObject({ ok: false, error: { key: 'node-demote-last-manager' } });
    const demoted = apply(w, { type: 'node/update', on: 'default', node: id('default-2'), role: 'manager' }, { type: 'node/update', on: 'default-2', node: id('default'), role: 'worker' }, later(10_000));
    const nodes = demoted.swarm?.nodes ?? [];
    expect(nodes.filter((n) => n.leader).map((n) => n.machine)).toEqual(['default-2']);
    expect(nodes.find((n) => n.machine === 'default')?.role).toBe('worker');
    expect(servingOn(demoted, 'web')).toEqual(servingOn(w, 'web'));
    expect(webBackends(demoted)).toEqual(webBackends(w));
    expect(applyChange(demoted, { type: 'service/rm', on: 'default', service: 'web' })).toMatchObject({ ok: false, error: { key: 'not-manager-worker' } });
    expect(checkInvariants(demoted)).toEqual([]);
  });
});
