import type { Place } from './trace';

/**
 * A place's namespace as rules, traces and captures print it: `host`, `container:<12 hex>`,
 * `overlay:<network name>`, `lb-<network>` (17.10: `<network>-sbox`), `ingress_sbox`, `dns`.
 * The laptop and the internet are hosts of their own.
 * @example placeNamespace({ kind: 'overlay', machine: 'default', network: 'k3…', networkName: 'mynet', iface: 'br0' }) // 'overlay:mynet'
 */
export function placeNamespace(p: Place): string {
  switch (p.kind) {
    case 'host':
    case 'laptop':
    case 'internet':
      return 'host';
    case 'container':
      return `container:${p.container}`;
    case 'overlay':
      return `overlay:${p.networkName}`;
    case 'lb':
      return p.sandbox;
    case 'ingress-sbox':
      return 'ingress_sbox';
    case 'dns':
      return 'dns';
  }
}

/** `machine namespace iface`, leaving out an empty interface: `default overlay:mynet vxlan0`. */
export function placeText(p: Place): string {
  const ns = `${p.machine} ${placeNamespace(p)}`;
  return p.iface === '' ? ns : `${ns} ${p.iface}`;
}

/** A capture point's interface name: `default-2 vxlan0 (mynet)`, `default eth1 (underlay)`, `<container 12-hex> eth0`. */
export function captureName(p: Place): string {
  switch (p.kind) {
    case 'container':
      return `${p.container} ${p.iface}`;
    case 'internet':
      return 'internet';
    case 'host':
    case 'laptop':
      return p.iface === 'eth1' ? `${p.machine} eth1 (underlay)` : `${p.machine} ${p.iface}`;
    case 'overlay':
      return `${p.machine} ${p.iface} (${p.networkName})`;
    default:
      return p.iface === '' ? `${p.machine} ${placeNamespace(p)}` : `${p.machine} ${placeNamespace(p)} ${p.iface}`;
  }
}
