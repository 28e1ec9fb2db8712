import { describe, expect, it } from 'vitest';
import { placeNamespace, placeText } from './placeText';
import type { Place } from './trace';

describe('place text', () => {
  it('prints each kind of place as rules and traces name its namespace', () => {
    const places: Place[] = [
      { kind: 'host', machine: 'default', iface: 'eth1' },
      { kind: 'container', machine: 'default', container: '0123456789ab', iface: 'eth0' },
      { kind: 'overlay', machine: 'default-2', network: 'k3x', networkName: 'mynet', iface: 'br0' },
      { kind: 'lb', machine: 'default', network: 'k3x', sandbox: 'mynet-sbox', iface: 'eth0' },
      { kind: 'ingress-sbox', machine: 'default-3', iface: 'eth1' },
      { kind: 'dns', machine: 'default', iface: '' },
      { kind: 'laptop', machine: 'laptop', iface: 'vboxnet0' },
      { kind: 'internet', machine: 'internet', iface: '' },
    ];
    expect(places.map(placeNamespace)).toEqual(['host', 'container:0123456789ab', 'overlay:mynet', 'mynet-sbox', 'ingress_sbox', 'dns', 'host', 'host']);
    expect(places.map(placeText)).toEqual([
      'default host eth1', 'default container:0123456789ab eth0', 'default-2 overlay:mynet br0', 'default mynet-sbox eth0',
      'default-3 ingress_sbox eth1', 'default dns', 'laptop host vboxnet0', 'internet host',
    ]);
  });
});
