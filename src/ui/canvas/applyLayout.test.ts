import { describe, expect, it } from 'vitest';
import { threeNode } from '../../scenario/builtins';
import { initialWorld } from '../../scenario/load';
import { applyLayout } from './applyLayout';
import { toFlow } from './toFlow';

describe('applyLayout', () => {
  const { nodes } = toFlow(initialWorld(threeNode), 'overlay');
  const at = (list: typeof nodes, id: string) => list.find((n) => n.id === id)?.position;

  it('moves top-level nodes to their kept positions and leaves everything else where toFlow put it', () => {
    const out = applyLayout(nodes, { 'host:default-2': { x: 410, y: 260 }, 'sbox:default': { x: 999, y: 999 }, 'host:gone': { x: 1, y: 1 } });
    expect(at(out, 'host:default-2')).toEqual({ x: 410, y: 260 });
    expect(at(out, 'host:default')).toEqual({ x: 0, y: 0 });
    expect(at(out, 'sbox:default')).toEqual({ x: 14, y: 122 });
    expect(out.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
  });

  it('returns the same node objects when nothing is kept (React Flow keeps its measurements)', () => {
    const out = applyLayout(nodes, {});
    out.forEach((n, i) => expect(n).toBe(nodes[i]));
    expect(at(nodes, 'host:default-2')).toEqual({ x: 348, y: 0 });
  });
});
