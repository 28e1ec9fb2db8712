import type { Place } from '../../sim/traffic/trace';
import type { World } from '../../sim/world';
import { elementId } from './ids';

/**
 * The one mapping from a hop's place to a canvas element: its container, sandbox, a node's overlay
 * namespace, the machine, the laptop or the internet; null for a machine the map does not draw.
 */
export function placeElement(w: World, at: Place): string | null {
  if (at.kind === 'laptop' || at.kind === 'internet') return elementId({ kind: at.kind });
  if (!w.machines.some((m) => m.name === at.machine)) return null;
  const host = elementId({ kind: 'host', machine: at.machine });
  switch (at.kind) {
    case 'container': {
      const c = Object.values(w.containers).find((x) => x.id.startsWith(at.container));
      return c ? elementId({ kind: 'container', container: c.id }) : host;
    }
    case 'ingress-sbox':
      return elementId({ kind: 'sbox', machine: at.machine });
    case 'lb':
      return w.networks[at.network] ? elementId({ kind: 'lb', machine: at.machine, network: at.network }) : host;
    case 'overlay':
      return w.networks[at.network] ? elementId({ kind: 'ns', machine: at.machine, network: at.network }) : host;
    default:
      return host;
  }
}
