import { describe, expect, it } from 'vitest';
import type { World } from '../../../sim/world';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';
import { serviceSpec, testSession } from './testSession';

/** The seed walkthrough's network steps (Docker 17.10), with `myservice` created by a change until `docker service create` lands. */
function seedSteps() {
  const t = testSession(harness('seed-2017').world);
  const before = t.run('default', 'docker network create -d overlay overnet\ndocker network ls\ndocker network inspect overnet') + t.run('default-2', 'docker network ls');
  t.apply({ type: 'service/create', on: 'default', spec: serviceSpec('myservice', 'overnet', 3) });
  t.apply({ type: 'clock/advance', ms: 25_000 });
  const after = t.run('default-2', 'docker network ls\ndocker network inspect overnet') + t.run('default', 'docker network ls');
  return { before, after, world: t.world };
}

/** Replaces what differs from the seed by design (ids, peer names, endpoint ids, timestamps) with the seed's values. */
function asSeed(text: string, world: World): string {
  const overnet = Object.values(world.networks).find((n) => n.name === 'overnet')!;
  let out = text.replaceAll(overnet.id, 'fvyh0us5pkb50dd0qbk4z8537').replaceAll(overnet.id.slice(0, 12), 'fvyh0us5pkb5');
  const peers: Record<string, string> = { default: '8c65bb22c846', 'default-2': '99176f06426d', 'default-3': 'ac69cf321f95' };
  for (const m of world.machines) out = out.replaceAll(`"${m.peerName}"`, `"${peers[m.name]}"`);
  const lb = Object.values(world.endpoints).find((e) => e.network === overnet.id && e.owner.kind === 'lb' && e.owner.machine === 'default-2')!;
  out = out.replaceAll(lb.id, 'aeea6fa5e54ec37d640ffcbe81d3206550dc972382265de9b5592e9b2bd1a3f2');
  const task = Object.values(world.containers).find((c) => c.machine === 'default-2' && c.task)!;
  const taskEndpoint = task.interfaces.map((id) => world.endpoints[id]!).find((e) => e.network === overnet.id)!;
  out = out
    .replaceAll(taskEndpoint.id, 'a5d198bb2f1f31cb01e0368e8095d222288d0844ef56bcc5789e6f081425093d')
    .replaceAll(task.id, '40c48c6eb4e56fab5f6f222c31bfe55915126033dcb416267d78ff197c712583')
    .replaceAll(task.name, 'myservice.1.7u0odxhvmqam2s6zcx722bfvx')
    .replace(/"Created": "2017-[^"]+"/g, '"Created": "2017-11-09T08:14:08.731645101Z"');
  const localIds: Record<string, string> = {
    'default/bridge': 'af3308efb8e3', 'default/docker_gwbridge': '01a00e855484', 'default/host': 'b40e73017c03', 'default/none': '4a7e4e260bd5',
    'default-2/bridge': 'ec983de00160', 'default-2/docker_gwbridge': '33c85f089e4a', 'default-2/host': '48f1f71c59f0', 'default-2/none': 'b66bb1d6602e',
  };
  for (const n of Object.values(world.networks)) {
    const seedId = n.machine ? localIds[`${n.machine}/${n.name}`] : n.ingress ? '3fbffkmpwe24' : undefined;
    if (seedId) out = out.replaceAll(n.id.slice(0, 12), seedId);
  }
  return out;
}

describe('the seed walkthrough, network steps (profile 17.10)', () => {
  const { before, after, world } = seedSteps();

  it('prints what the seed shows before the service: create, ls on the manager and the worker, the unallocated inspect', () => {
    expect(asSeed(before, world)).toBe(golden(new URL('./testdata/seed-before-service.golden', import.meta.url).pathname, asSeed(before, world)));
  });

  it('prints what the seed shows after the service: overnet on the worker, inspect with local endpoints and peers', () => {
    expect(asSeed(after, world)).toBe(golden(new URL('./testdata/seed-after-service.golden', import.meta.url).pathname, asSeed(after, world)));
  });

  it('places slot 1 on default-2 with 10.0.0.6, its LB endpoint at 10.0.0.3, as the seed shows', () => {
    expect(after).toContain('"IPv4Address": "10.0.0.6/24"');
    expect(after).toContain('"IPv4Address": "10.0.0.3/24"');
    expect(after).toContain('"overnet-sbox": {\n                "Name": "overnet-endpoint"');
  });
});
