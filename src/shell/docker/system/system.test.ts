import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

describe('docker version and docker info', () => {
  it.each(['three-node', 'seed-2017'])('print the engine of the profile (%s)', (scenario) => {
    const h = harness(scenario).onNode('default');
    const t = h.run('docker version\ndocker info');
    expect(t).toBe(golden(file(`version-info-${scenario}`), t));
  });

  it('shows a worker its swarm section without cluster details', () => {
    const h = harness('three-node').onNode('default-2');
    const lines = h.out('docker info').split('\n');
    const start = lines.indexOf(' Swarm: active');
    expect(lines.slice(start, start + 6)).toEqual([
      ' Swarm: active',
      `  NodeID: ${h.world.swarm?.nodes.find((n) => n.machine === 'default-2')?.id}`,
      '  Is Manager: false',
      '  Node Address: 192.168.99.101',
      '  Manager Addresses:',
      '   192.168.99.100:2377',
    ]);
  });

  it('says inactive outside a swarm', () => {
    const h = harness('no-swarm').onNode('default');
    expect(h.out('docker info')).toContain('\n Swarm: inactive\n Runtimes:');
  });
});
