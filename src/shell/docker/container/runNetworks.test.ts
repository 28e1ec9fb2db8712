import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

const script = [
  'docker network create a',
  'docker network create b',
  'docker run -d --name multi --network a --network-alias m --network b alpine sleep 1000',
  "docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}} {{$v.Aliases}}{{println}}{{end}}' multi",
  'docker run --rm --network a alpine ping -c 1 m',
  'docker run --rm --network b alpine ping -c 1 multi',
  'docker run --rm --network b alpine ping -c 1 m',
  'docker run -d --network a --network a alpine',
  'docker run -d --network bridge --network a alpine',
].join('\n');

describe('docker run --network, twice', () => {
  it.each(['three-node', 'seed-2017'])('attaches every network today, and only the last with 17.10\'s CLI (%s)', (scenario) => {
    const h = harness(scenario).onNode('default');
    const t = h.run(script);
    const multi = Object.values(h.world.containers).find((c) => c.name === 'multi')!;
    const names = Object.values(h.world.endpoints).filter((e) => e.owner.kind === 'container' && e.owner.container === multi.id).map((e) => h.world.networks[e.network]?.name);
    expect(names).toEqual(scenario === 'three-node' ? ['a', 'b'] : ['b']);
    const text = t.split(multi.id).join('<id>').split(multi.id.slice(0, 12)).join('<short>');
    expect(text).toBe(golden(file(`run-networks-${scenario}`), text));
  });
});
