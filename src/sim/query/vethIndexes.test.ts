import { describe, expect, it } from 'vitest';
import { harness } from '../../testing/harness';
import { containerInterfaces } from './containerInterfaces';
import { sandboxInterfaces } from './sandboxInterfaces';

describe('veth interface indexes on a node', () => {
  it('are unique across every namespace of a machine, and stay put when more containers come', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay mynet\ndocker service create -d --name web --replicas 3 --network mynet -p 8080:80 nginx');
    const all = (machine: string): Map<string, number> => {
      const w = h.world;
      const out = new Map<string, number>();
      for (const n of Object.values(w.networks).filter((x) => x.driver === 'overlay')) {
        for (const i of sandboxInterfaces(w, machine, n.id)) out.set(`${n.name}/${i.name}`, i.ifindex);
      }
      for (const c of Object.values(w.containers).filter((x) => x.machine === machine)) {
        for (const i of containerInterfaces(w, c.id)) out.set(`${c.name}/${i.name}`, i.ifindex);
      }
      return out;
    };
    for (const m of ['default', 'default-2', 'default-3']) {
      const indexes = [...all(m).values()];
      expect(indexes.length).toBeGreaterThanOrEqual(5);
      const used = indexes.flatMap((i) => [i, i + 1]);
      expect(new Set(used).size).toBe(used.length);
    }
    const before = all('default');
    expect(before.get('ingress/eth0')).toBe(5);
    expect(before.get('ingress/eth1')).toBe(7);
    h.run('docker run -d --name late alpine sleep 1000');
    const after = all('default');
    for (const [k, v] of before) expect(after.get(k)).toBe(v);
    expect(after.get('late/eth0')).toBe(Math.max(...before.values()) + 2);
  });
});
