import { describe, expect, it } from 'vitest';
import { threeNode } from '../../scenario/builtins';
import { initialWorld } from '../../scenario/load';
import { applyChange } from '../../sim/apply';
import type { Change } from '../../sim/changes';
import type { World } from '../../sim/world';
import { toFlow } from './toFlow';

function apply(w: World, ...changes: Change[]): World {
  return changes.reduce((acc, c) => {
    const r = applyChange(acc, c);
    if (!r.ok) throw new Error(`${c.type}: ${r.error.key}`);
    return r.world;
  }, w);
}

const overlay = (name: string): Change => ({
  type: 'network/create', on: 'default',
  spec: { name, driver: 'overlay', attachable: true, internal: false, ingress: false, options: {}, labels: {} },
});

describe('toFlow: a container run with two --network', () => {
  it('draws one member with both addresses and an edge to each network', () => {
    const run: Change = {
      type: 'container/run', on: 'default',
      spec: { name: 'multi', image: 'alpine', command: ['sleep', '1d'], network: 'front', moreNetworks: ['back'], aliases: [], hostname: null, ports: [] },
    };
    const w = apply(initialWorld(threeNode), overlay('front'), overlay('back'), run);
    const { nodes, edges } = toFlow(w, 'overlay');
    const member = nodes.find((n) => n.type === 'member' && (n.data as { name?: string }).name === 'multi');
    expect(member).toBeDefined();
    const addresses = (member?.data as unknown as { addresses: { network: string; ip: string }[] }).addresses;
    expect(addresses.map((a) => a.network)).toEqual(expect.arrayContaining(['front', 'back']));
    const targets = edges.filter((e) => e.source === member?.id).map((e) => w.networks[e.target.replace(/^network:/, '')]?.name);
    expect(targets.sort()).toEqual(['back', 'front']);
  });
});
