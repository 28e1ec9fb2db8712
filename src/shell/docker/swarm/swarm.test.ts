import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;
const check = (name: string, transcript: string): void => expect(transcript).toBe(golden(file(name), transcript));

describe('docker swarm', () => {
  it('initializes a swarm and lets the other machines join with the printed tokens (profile 29)', () => {
    const h = harness('no-swarm');
    let t = h.onNode('default').run('docker swarm init --advertise-addr 192.168.99.100\ndocker swarm join-token worker\ndocker swarm join-token manager\ndocker swarm join-token -q worker\ndocker swarm join-token nobody; echo "exit $?"\ndocker swarm init; echo "exit $?"');
    const { worker, manager } = h.world.swarm!.tokens;
    t += h.onNode('default-2').run(`docker swarm join --token ${worker} 192.168.99.100:2377\ndocker swarm join-token worker; echo "exit $?"\ndocker swarm join --token ${worker} 192.168.99.100:2377; echo "exit $?"`);
    t += h.onNode('default-3').run(`docker swarm join --token SWMTKN-1-bogus 192.168.99.100:2377; echo "exit $?"\ndocker swarm join --token ${manager} 192.168.99.100:2377`);
    check('init-join-29', t);
  });

  it('leaves: workers at once, a manager only with --force, and outside a swarm an error', () => {
    const h = harness('three-node');
    const t =
      h.onNode('default-2').run('docker swarm leave\ndocker swarm leave; echo "exit $?"\ndocker swarm join-token worker; echo "exit $?"') +
      h.onNode('default').run('docker swarm leave; echo "exit $?"\ndocker swarm leave --force');
    check('leave-29', t);
  });

  it('prints the same init text in 17.10 and refuses init on a swarm member', () => {
    const h = harness('seed-2017').onNode('default');
    check('init-17.10', h.run('docker swarm init; echo "exit $?"\ndocker swarm leave --force\ndocker swarm init --advertise-addr 192.168.99.100 --default-addr-pool 10.20.0.0/16 --default-addr-pool-mask-length 26 --data-path-port 7789\ndocker network create -d overlay overnet\ndocker swarm join-token manager'));
    expect(h.world.swarm?.dataPathPort).toBe(7789);
    expect(h.world.swarm?.addrPools).toEqual(['10.20.0.0/16']);
    expect(h.world.swarm?.maskLength).toBe(26);
  });
});
