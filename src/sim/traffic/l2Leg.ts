import { dockerSpi } from '../packet/esp';
import { ipIdentBase } from '../packet/ipIdent';
import { IP_PROTOCOL } from '../packet/ipv4';
import { findMachine } from '../lookup';
import type { World } from '../world';
import { bridgeDevice, hostPlace, machineIp, nodeMac, overlayPlace, UNDERLAY_IFACE, vethOf, type Attachment } from './places';
import { setMacs, step, type Step } from './step';
import { US } from './timing';

/** Key tag of the simulated IPsec SAs (Docker rotates keys; the first key's tag). */
const KEY_TAG = 1;

/**
 * The hops between two attachments of one network, after the frame left `from` and before it arrives at
 * `to` (the caller adds what happens there). Overlay, same node: br0 only. Other node: br0, FDB -> vxlan0,
 * VXLAN (or ESP on encrypted overlays), the underlay, decap and br0 on the far node. Local bridges: the bridge.
 */
export function l2Leg(world: World, from: Attachment, to: Attachment): Step[] {
  const net = from.network;
  const macs = setMacs(from.endpoint.mac, to.endpoint.mac);
  const a = from.place.machine;
  const b = to.place.machine;
  const toPort = to.container ? vethOf(to.endpoint) : 'veth-sbox';
  if (net.driver !== 'overlay') {
    const dev = bridgeDevice(net);
    return [step(hostPlace(a, dev), 'bridge-forward', 'hop.bridge', { bridge: dev, mac: to.endpoint.mac }, `${to.endpoint.mac} dev ${toPort} master ${dev}`, US.veth + US.bridge, { rewrite: macs })];
  }
  const br0 = (m: string) => overlayPlace(m, net, 'br0');
  if (a === b) {
    return [step(br0(a), 'bridge-forward', 'hop.bridge', { bridge: 'br0', mac: to.endpoint.mac }, `${to.endpoint.mac} dev ${toPort} master br0`, US.veth + US.bridge, { rewrite: macs })];
  }
  const src = machineIp(world, a);
  const dst = machineIp(world, b);
  const vni = net.vni ?? 0;
  const protocol = net.encrypted ? IP_PROTOCOL.esp : IP_PROTOCOL.udp;
  // The outer header's Identification: this node's counter for the pair; each packet adds one (see render).
  const id = ipIdentBase(findMachine(world, a)?.engineId ?? '', world.now, src, dst, protocol);
  const outer = { eth: { src: nodeMac(world, a), dst: nodeMac(world, b) }, ip: { src, dst, id } };
  const vxlan0 = (m: string) => overlayPlace(m, net, 'vxlan0');
  const nic = (m: string) => hostPlace(m, UNDERLAY_IFACE);
  const steps: Step[] = [
    step(br0(a), 'bridge-forward', 'hop.bridge-to-vxlan', { bridge: 'br0', mac: to.endpoint.mac }, `${to.endpoint.mac} dev vxlan0 master br0`, US.veth + US.bridge, { rewrite: macs }),
    step(vxlan0(a), 'vxlan-encap', 'hop.vxlan-encap', { vni, src, dst }, `${to.endpoint.mac} dev vxlan0 dst ${dst} self permanent`, US.vxlan, { encap: { kind: 'vxlan', outer, vni } }),
  ];
  if (net.encrypted) {
    const spi = dockerSpi(src, dst, KEY_TAG);
    const spiHex = `0x${spi.toString(16).padStart(8, '0')}`;
    steps.push(step(nic(a), 'esp-encrypt', 'hop.esp-encrypt', { spi: spiHex, src, dst }, `src ${src} dst ${dst} proto esp spi ${spiHex} reqid ${KEY_TAG} mode transport`, US.esp, { encap: { kind: 'esp', outer, vni, esp: { spi, seq: 1 } } }));
  }
  steps.push(step(nic(a), 'underlay-transit', 'hop.underlay', { src, dst, port: world.swarm?.dataPathPort ?? 4789 }, '', US.underlay));
  if (net.encrypted) steps.push(step(nic(b), 'esp-decrypt', 'hop.esp-decrypt', { src, dst }, '', US.esp, { encap: { kind: 'vxlan', outer, vni } }));
  steps.push(step(vxlan0(b), 'vxlan-decap', 'hop.vxlan-decap', { vni }, '', US.vxlan, { encap: null }));
  steps.push(step(br0(b), 'bridge-forward', 'hop.bridge', { bridge: 'br0', mac: to.endpoint.mac }, `${to.endpoint.mac} dev ${toPort} master br0`, US.bridge + US.veth));
  return steps;
}
