import type { LayerView } from './hopLayers';

const value = (l: LayerView, name: string) => l.fields.find((f) => f.name === name)?.display ?? '?';
/** "ICMP (1)" -> "ICMP", "8 (Echo (ping) request)" -> "Echo (ping) request". */
const words = (s: string) => /^\d+ \((.*)\)$/.exec(s)?.[1] ?? s;

/** A layer's one-line gist, as Wireshark's tree shows it: addresses, ports, the VNI. */
export function layerSummary(l: LayerView): string {
  switch (l.name) {
    case 'Ethernet II':
      return `${value(l, 'Source')} → ${value(l, 'Destination')}`;
    case 'IPv4':
      return `${value(l, 'Source Address')} → ${value(l, 'Destination Address')}, TTL ${value(l, 'Time to Live')}`;
    case 'UDP':
    case 'TCP':
      return `${value(l, 'Source Port')} → ${value(l, 'Destination Port')}`;
    case 'VXLAN':
      return `VNI ${value(l, 'VNI')}`;
    case 'ICMP':
      return words(value(l, 'Type'));
    default:
      return l.fields[0]?.name === 'Start Line' || l.name === 'Data' ? (l.fields[0]?.display ?? '') : '';
  }
}
