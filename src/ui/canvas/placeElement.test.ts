import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../../store/createPlaygroundStore';
import { placeElement } from './placeElement';

function world() {
  const store = createPlaygroundStore();
  for (const l of [
    'docker-machine ssh default',
    'docker network create -d overlay --attachable mynet',
    'docker service create --name web --replicas 2 --network mynet nginx',
    'docker run -dit --name c1 --network mynet alpine',
  ]) store.getState().runLine(l);
  return store.getState().world;
}

describe('placeElement', () => {
  const w = world();
  const c1 = Object.values(w.containers).find((x) => x.name === 'c1');
  const mynet = Object.values(w.networks).find((n) => n.name === 'mynet');
  const net = mynet?.id ?? '';

  it('maps each kind of place to its canvas element', () => {
    expect(placeElement(w, { kind: 'container', machine: 'default', container: c1?.id.slice(0, 12) ?? '', iface: 'eth0' })).toBe(`container:${c1?.id}`);
    expect(placeElement(w, { kind: 'lb', machine: 'default', network: net, sandbox: 'lb-mynet', iface: 'eth0' })).toBe(`lb:default:${net}`);
    expect(placeElement(w, { kind: 'overlay', machine: 'default-2', network: net, networkName: 'mynet', iface: 'vxlan0' })).toBe(`ns:default-2:${net}`);
    expect(placeElement(w, { kind: 'ingress-sbox', machine: 'default-3', iface: 'eth0' })).toBe('sbox:default-3');
    expect(placeElement(w, { kind: 'host', machine: 'default', iface: 'eth1' })).toBe('host:default');
    expect(placeElement(w, { kind: 'dns', machine: 'default', iface: '' })).toBe('host:default');
  });

  it('falls back to the machine for things that are gone, and to nothing for a machine not drawn; outside places are drawn', () => {
    expect(placeElement(w, { kind: 'container', machine: 'default', container: 'ffffffffffff', iface: 'eth0' })).toBe('host:default');
    expect(placeElement(w, { kind: 'overlay', machine: 'default', network: 'gone', networkName: 'old', iface: 'br0' })).toBe('host:default');
    expect(placeElement(w, { kind: 'host', machine: 'nowhere', iface: 'eth1' })).toBeNull();
    expect(placeElement(w, { kind: 'laptop', machine: 'laptop', iface: 'vboxnet0' })).toBe('laptop');
    expect(placeElement(w, { kind: 'internet', machine: 'internet', iface: '' })).toBe('internet');
  });
});
