import { mtuOf } from '../query/containerInterfaces';
import { macFor } from '../ipam/cidr';
import type { Container, World } from '../world';
import { machineUp } from './arrive';
import { internetAnswers, isPrivate } from './internet';
import { bridgeDevice, hostPlace, internetPlace, LAPTOP, laptopPlace, machineIp, nodeMac, type Attachment } from './places';
import { stillborn, type FlowSpec, type Plan, type Verdict } from './plan';
import { both, setDst, setMacs, setSrc, step, type Step } from './step';
import type { Place } from './trace';
import { US } from './timing';

/**
 * A flow leaving the container by its default route: the gwbridge (or local bridge) interface, the host,
 * MASQUERADE to the node's underlay address, then a node, the laptop or the internet. Containers with no
 * such interface (only `--internal` networks) have no route at all.
 */
export function planEgress(world: World, client: Container, atts: readonly Attachment[], flow: FlowSpec): Plan {
  const gw = atts.find((a) => a.network.driver === 'bridge');
  if (!gw || !gw.network.ipam) return stillborn('unreachable', atts[0]?.endpoint.ip ?? '', atts[0] ? mtuOf(atts[0].network) : 1500);
  const mtu = mtuOf(gw.network);
  if (flow.dontFragment === true && (flow.ipLength ?? 0) > mtu) return stillborn('msgsize', gw.endpoint.ip, mtu);
  const m = client.machine;
  const nodeIp = machineIp(world, m);
  const dev = bridgeDevice(gw.network);
  const gwMac = macFor(gw.network.ipam.gateway);
  const dest = destination(world, flow);
  const host = (iface: string): Place => hostPlace(m, iface);
  const request: Step[] = [
    step(gw.place, 'send', 'hop.send', { src: gw.endpoint.ip, dst: flow.dst, proto: flow.proto }, `default via ${gw.network.ipam.gateway} dev ${gw.place.iface}`, 0, { rewrite: both(setSrc(gw.endpoint.ip), setMacs(gw.endpoint.mac, gwMac)) }),
    step(host(dev), 'route', 'hop.host-forward', { bridge: dev, dst: flow.dst }, '', US.veth + US.bridge),
    step(host('eth1'), 'masquerade', 'hop.masquerade', { src: gw.endpoint.ip, to: nodeIp }, `-A POSTROUTING -s ${gw.network.ipam.subnet} ! -o ${dev} -j MASQUERADE`, US.netfilter, { rewrite: both(setSrc(nodeIp), setMacs(nodeMac(world, m), dest.mac)) }),
    step(host('eth1'), 'underlay-transit', dest.internet ? 'hop.internet' : 'hop.underlay', { src: nodeIp, dst: flow.dst }, '', dest.oneWayUs),
  ];
  const base = { srcIp: gw.endpoint.ip, server: null, seenFrom: nodeIp, serverPort: flow.dstPort ?? 0, mtu, cursors: {} };
  if (dest.verdict === 'timeout') return { ...base, request: [...request, step(dest.place, 'drop', 'drop.no-answer', { dst: flow.dst })], reply: [], verdict: 'timeout' };
  const key = dest.verdict === 'refused' ? 'hop.tcp-refused' : flow.proto === 'icmp' ? 'hop.deliver-icmp' : 'hop.deliver-app';
  request.push(step(dest.place, 'deliver', key, { dst: flow.dst, port: flow.dstPort ?? 0 }, '', US.kernel));
  const reply: Step[] = [
    step(dest.place, 'send', 'hop.reply', { src: flow.dst, dst: nodeIp }, '', 0, { rewrite: setMacs(dest.mac, nodeMac(world, m)) }),
    step(dest.place, 'underlay-transit', dest.internet ? 'hop.internet' : 'hop.underlay', { src: flow.dst, dst: nodeIp }, '', dest.oneWayUs),
    step(host('eth1'), 'dnat', 'hop.unmasquerade', { dst: gw.endpoint.ip }, '', US.netfilter, { rewrite: both(setDst(gw.endpoint.ip), setMacs(gwMac, gw.endpoint.mac)) }),
    step(host(dev), 'bridge-forward', 'hop.bridge', { bridge: dev, mac: gw.endpoint.mac }, '', US.bridge + US.veth),
    step(gw.place, 'deliver', 'hop.deliver-reply', { dst: gw.endpoint.ip }, '', US.veth),
  ];
  // Routers on the way decrement the TTL; the node forwarding into docker_gwbridge takes one more.
  return { ...base, request, reply, verdict: dest.verdict, replyTtl: dest.internet ? 116 : 63 };
}

interface Destination {
  readonly place: Place;
  readonly mac: string;
  readonly internet: boolean;
  readonly oneWayUs: number;
  readonly verdict: Verdict;
}

function destination(world: World, flow: FlowSpec): Destination {
  const machine = world.machines.find((x) => x.ip === flow.dst);
  const tcpVerdict = (ok: boolean): Verdict => (flow.proto === 'icmp' || ok ? 'answered' : 'refused');
  if (machine) {
    const up = machineUp(world, machine.name);
    return { place: hostPlace(machine.name, 'eth1'), mac: nodeMac(world, machine.name), internet: false, oneWayUs: US.underlay, verdict: up ? tcpVerdict(false) : 'timeout' };
  }
  if (flow.dst === LAPTOP.ip) return { place: laptopPlace, mac: LAPTOP.mac, internet: false, oneWayUs: US.underlay, verdict: tcpVerdict(false) };
  const place = internetPlace;
  if (isPrivate(flow.dst)) return { place, mac: LAPTOP.mac, internet: false, oneWayUs: US.underlay, verdict: 'timeout' };
  return { place, mac: LAPTOP.mac, internet: true, oneWayUs: US.internet, verdict: internetAnswers(flow.dst, flow.proto, flow.dstPort ?? 0) };
}
