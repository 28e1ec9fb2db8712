import { describe, expect, it } from 'vitest';
import { applyChange } from '../sim/apply';
import type { Change } from '../sim/changes';
import { initialWorld } from '../scenario/load';
import { seed2017, threeNode } from '../scenario/builtins';
import { findMachine } from '../sim/lookup';
import type { World } from '../sim/world';

function run(w: World, ...changes: Change[]): World {
  for (const c of changes) {
    const r = applyChange(w, c);
    if (!r.ok) throw new Error(`${c.type}: ${r.error.key}`);
    w = r.world;
  }
  return w;
}

const overlay = (name: string): Change => ({
  type: 'network/create',
  on: 'default',
  spec: { name, driver: 'overlay', attachable: false, internal: false, ingress: false, options: {}, labels: {} },
});

/** Every address on a network, as `owner@machine ip`, in address order. */
function addresses(w: World, networkName: string, machine?: string): string[] {
  const net = Object.values(w.networks).find((n) => n.name === networkName && (!machine || n.machine === machine));
  if (!net) return [];
  const taskMachine = (taskId: string) => {
    const t = w.tasks[taskId];
    return w.swarm?.nodes.find((n) => n.id === t?.node)?.machine ?? '?';
  };
  return Object.values(w.endpoints)
    .filter((e) => e.network === net.id)
    .sort((a, b) => Number(a.ip.split('.')[3]) - Number(b.ip.split('.')[3]))
    .map((e) => {
      const o = e.owner;
      const who =
        o.kind === 'vip' ? `vip:${w.services[o.service]?.spec.name}` :
        o.kind === 'task' ? `task${w.tasks[o.task]?.slot}@${taskMachine(o.task)}` :
        o.kind === 'container' ? `container@${w.containers[o.container]?.machine}` : `${o.kind}@${o.machine}`;
      return `${who} ${e.ip} ${e.mac}`;
    });
}

describe('SPEC §11 canonical values (profile 29, three-node)', () => {
  const w = run(
    initialWorld(threeNode),
    overlay('mynet'),
    {
      type: 'service/create',
      on: 'default',
      spec: { name: 'web', image: 'nginx', args: [], mode: { kind: 'replicated', replicas: 3 }, networks: [{ network: 'mynet', aliases: [] }], ports: [{ published: 8080, target: 80, protocol: 'tcp', mode: 'ingress' }], endpointMode: 'vip', hostname: null, constraints: [] },
    },
  );
  const net = (name: string) => Object.values(w.networks).find((n) => n.name === name && n.scope === 'swarm');

  it('ingress and mynet subnets, gateways, VNIs', () => {
    expect([net('ingress')?.ipam, net('ingress')?.vni]).toEqual([{ subnet: '10.0.0.0/24', gateway: '10.0.0.1' }, 4096]);
    expect([net('mynet')?.ipam, net('mynet')?.vni]).toEqual([{ subnet: '10.0.1.0/24', gateway: '10.0.1.1' }, 4097]);
  });

  it('ingress: one ingress-sbox address per node, then the VIP, then the task addresses', () => {
    expect(addresses(w, 'ingress').map((a) => a.replace(/@default(-\d)?/, '@*').split(' ').slice(0, 2).join(' '))).toEqual([
      'ingress-sbox@* 10.0.0.2',
      'ingress-sbox@* 10.0.0.3',
      'ingress-sbox@* 10.0.0.4',
      'vip:web 10.0.0.5',
      'task1@* 10.0.0.6',
      'task2@* 10.0.0.7',
      'task3@* 10.0.0.8',
    ]);
  });

  it('mynet: VIP .2, tasks .3-.5, one LB address per node with a task from .6, MACs from the address', () => {
    const rows = addresses(w, 'mynet');
    expect(rows.slice(0, 4).map((r) => r.replace(/@default(-\d)?/, '@*'))).toEqual([
      'vip:web 10.0.1.2 02:42:0a:00:01:02',
      'task1@* 10.0.1.3 02:42:0a:00:01:03',
      'task2@* 10.0.1.4 02:42:0a:00:01:04',
      'task3@* 10.0.1.5 02:42:0a:00:01:05',
    ]);
    expect(rows.slice(4).map((r) => r.split(' ')[1])).toEqual(['10.0.1.6', '10.0.1.7', '10.0.1.8']);
    expect(new Set(rows.slice(4).map((r) => r.split(' ')[0]))).toEqual(new Set(['lb@default', 'lb@default-2', 'lb@default-3']));
  });

  it('docker_gwbridge 172.18.0.0/16 with ingress-sbox at .2 and tasks from .3 on every node', () => {
    for (const m of ['default', 'default-2', 'default-3']) {
      const gw = Object.values(w.networks).find((n) => n.name === 'docker_gwbridge' && n.machine === m);
      expect(gw?.ipam).toEqual({ subnet: '172.18.0.0/16', gateway: '172.18.0.1' });
      expect(addresses(w, 'docker_gwbridge', m).map((a) => a.split(' ').slice(0, 2).join(' '))).toEqual([`ingress-sbox@${m} 172.18.0.2`, `container@${m} 172.18.0.3`]);
    }
    expect(findMachine(w, 'default')?.ip).toBe('192.168.99.100');
  });

  it('task interfaces: ingress, docker_gwbridge, then mynet', () => {
    const c = Object.values(w.containers).find((x) => x.name.startsWith('web.1.'));
    expect(c?.interfaces.map((id) => w.networks[w.endpoints[id]?.network ?? '']?.name)).toEqual(['ingress', 'docker_gwbridge', 'mynet']);
  });
});

describe('the seed scenario (profile 17.10) reproduces the seed numbers', () => {
  const w = run(initialWorld(seed2017), overlay('overnet'), {
    type: 'service/create',
    on: 'default',
    spec: { name: 'myservice', image: 'ubuntu', args: ['sleep', 'infinity'], mode: { kind: 'replicated', replicas: 3 }, networks: [{ network: 'overnet', aliases: [] }], ports: [], endpointMode: 'vip', hostname: null, constraints: [] },
  });

  it('overnet 10.0.0.0/24 with VNI 4098, LB .2-.4 in node order, VIP .5, slot 1 on default-2 at .6', () => {
    const overnet = Object.values(w.networks).find((n) => n.name === 'overnet');
    expect([overnet?.ipam?.subnet, overnet?.vni]).toEqual(['10.0.0.0/24', 4098]);
    expect(addresses(w, 'overnet').map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual([
      'lb@default 10.0.0.2',
      'lb@default-2 10.0.0.3',
      'lb@default-3 10.0.0.4',
      'vip:myservice 10.0.0.5',
      'task1@default-2 10.0.0.6',
      'task2@default 10.0.0.7',
      'task3@default-3 10.0.0.8',
    ]);
  });

  it('ingress is the fixed 10.255.0.0/16', () => {
    const ingress = Object.values(w.networks).find((n) => n.ingress);
    expect(ingress?.ipam).toEqual({ subnet: '10.255.0.0/16', gateway: '10.255.0.1' });
  });
});
