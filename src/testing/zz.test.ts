import { it } from 'vitest';
import { harness } from '/work/wt/inputguard/src/testing/harness';
it('t', () => {
  for (const n of [250, 1000, 2000]) {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --subnet 10.9.0.0/16 big');
    const t0 = performance.now();
    h.run(`docker service create -d --name w --network big --replicas ${n} nginx`);
    const t1 = performance.now();
    h.run(`docker service ps w | wc -l`);
    const t2 = performance.now();
    h.run(`docker service update -d --force w`);
    console.log(n, Math.round(t1 - t0), Math.round(t2 - t1), Math.round(performance.now() - t2));
  }
  const h = harness('three-node').onNode('default');
  const t0 = performance.now();
  h.run('sleep 1e13'); console.log(h.out('docker ps').slice(0, 200), performance.now() - t0);
}, 600000);
