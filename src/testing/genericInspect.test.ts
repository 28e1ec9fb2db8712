import { expect, it } from 'vitest';
import { harness } from './harness';

it('docker inspect prints each object exactly as its own inspect command does', () => {
  const h = harness('three-node').onNode('default');
  h.run('docker network create -d overlay mynet\ndocker service create -d --name web --network mynet nginx');
  for (const [generic, own] of [
    ['docker inspect default-2', 'docker node inspect default-2'],
    ['docker inspect mynet', 'docker network inspect mynet'],
    ['docker inspect web', 'docker service inspect web'],
  ] as const) {
    const expected = h.out(own);
    expect(expected).toMatch(/^\[\n {4}\{/);
    expect(h.out(generic)).toBe(expected);
  }
});
