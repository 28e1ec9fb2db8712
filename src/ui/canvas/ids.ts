/** Canvas element ids: one scheme shared by toFlow, the selection and the inspector. */
export type ElementRef =
  | { readonly kind: 'host'; readonly machine: string }
  | { readonly kind: 'container'; readonly container: string }
  | { readonly kind: 'lb'; readonly machine: string; readonly network: string }
  | { readonly kind: 'sbox'; readonly machine: string }
  | { readonly kind: 'ns'; readonly machine: string; readonly network: string }
  | { readonly kind: 'network'; readonly network: string }
  | { readonly kind: 'underlay' }
  /** Outside the swarm: the learner's laptop and the internet. */
  | { readonly kind: 'laptop' }
  | { readonly kind: 'internet' };

/** The id of an element, e.g. `host:default`, `lb:default:<network id>`, `ns:default:<network id>` (an overlay namespace). */
export function elementId(ref: ElementRef): string {
  switch (ref.kind) {
    case 'host':
      return `host:${ref.machine}`;
    case 'container':
      return `container:${ref.container}`;
    case 'lb':
      return `lb:${ref.machine}:${ref.network}`;
    case 'sbox':
      return `sbox:${ref.machine}`;
    case 'ns':
      return `ns:${ref.machine}:${ref.network}`;
    case 'network':
      return `network:${ref.network}`;
    case 'underlay':
    case 'laptop':
    case 'internet':
      return ref.kind;
  }
}

/** The element an id names, or null for anything else (edge ids included). */
export function parseElementId(id: string): ElementRef | null {
  const [kind, a, b] = id.split(':');
  if ((kind === 'underlay' || kind === 'laptop' || kind === 'internet') && a === undefined) return { kind };
  if (a === undefined || a === '') return null;
  if (kind === 'host') return { kind, machine: a };
  if (kind === 'container') return { kind, container: a };
  if (kind === 'sbox') return { kind, machine: a };
  if (kind === 'network') return { kind, network: a };
  if ((kind === 'lb' || kind === 'ns') && b) return { kind, machine: a, network: b };
  return null;
}
