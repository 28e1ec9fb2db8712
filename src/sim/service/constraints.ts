import type { WorldView } from '../view';
import type { SwarmNode } from '../world';

/** Supported placement constraints: node.role, node.hostname, node.id with == or !=. */
const pattern = /^\s*(node\.role|node\.hostname|node\.id)\s*(==|!=)\s*(\S+)\s*$/;

export function isValidConstraint(text: string): boolean {
  return pattern.test(text);
}

export function satisfies(_w: WorldView, node: SwarmNode, constraints: readonly string[]): boolean {
  return constraints.every((c) => {
    const m = pattern.exec(c);
    if (!m) return false;
    const [, field, op, value] = m;
    const actual = field === 'node.role' ? node.role : field === 'node.hostname' ? node.machine : node.id;
    const equal = actual.toLowerCase() === (value ?? '').toLowerCase();
    return op === '==' ? equal : !equal;
  });
}
