import { macFor } from '../ipam/cidr';
import { gwbridgeOf, ingressNetwork, isServing, localNetworkByName, machineOfNode, nodeOfMachine, servicesInOrder } from '../lookup';
import type { Endpoint, Machine, Service, World } from '../world';
import { arrive, machineUp } from './arrive';
import { ingressMarkRule, ipvsPick, ipvsSnatRule, realServers } from './ipvs';
import { l2Leg } from './l2Leg';
import { internetAnswers, isPrivate } from './internet';
import { attachmentOf, bridgeDevice, hostPlace, internetPlace, LAPTOP, laptopPlace, nodeMac, type Attachment } from './places';
import { stillborn, type FlowSpec, type Plan } from './plan';
import { both, setDst, setMacs, setSrc, step, type Step } from './step';
import type { Place } from './trace';
import { US } from './timing';


/**
 * Decides a flow from the laptop to a node address: ICMP answered by the node; TCP/UDP to a port published
 * in ingress mode through the routing mesh (DOCKER-INGRESS DNAT, ingress-sbox IPVS + SNAT, VXLAN 4096 if
 * remote, REDIRECT in the task); host-mode ports only where a task runs; anything else refused.
 */
export function planFromLaptop(world: World, flow: FlowSpec): Plan {
  const node = world.machines.find((m) => m.ip === flow.dst);
  if (!node && !isPrivate(flow.dst)) return toInternet(flow);
  if (!node) return stillborn('host-unreachable', LAPTOP.ip, 1500, [send(world, flow, LAPTOP.mac), step(laptopPlace, 'drop', 'drop.no-neighbour', { dst: flow.dst })]);
  const m = node.name;
  const out = [send(world, flow, nodeMac(world, m)), step(laptopPlace, 'underlay-transit', 'hop.underlay', { src: LAPTOP.ip, dst: flow.dst }, '', US.underlay)];
  const host = (iface: string): Place => hostPlace(m, iface);
  const base = { srcIp: LAPTOP.ip, server: null, seenFrom: LAPTOP.ip, serverPort: flow.dstPort ?? 0, mtu: 1500, cursors: {} };
  if (!machineUp(world, m)) return { ...base, request: [...out, step(host('eth1'), 'drop', 'drop.node-down', { machine: m, dst: flow.dst })], reply: [], verdict: 'timeout' };
  const backToLaptop: Step[] = [
    step(host('eth1'), 'underlay-transit', 'hop.underlay', { src: flow.dst, dst: LAPTOP.ip }, '', US.underlay),
    step(laptopPlace, 'deliver', 'hop.deliver-reply', { dst: LAPTOP.ip }, '', US.veth),
  ];
  const hostReply = step(host('eth1'), 'send', 'hop.reply', { src: flow.dst, dst: LAPTOP.ip }, '', US.kernel, { rewrite: setMacs(nodeMac(world, m), LAPTOP.mac) });
  const published = flow.proto === 'icmp' ? null : publishedService(world, flow);
  if (!published) {
    const key = flow.proto === 'icmp' ? 'hop.deliver-icmp' : 'hop.tcp-refused';
    return { ...base, request: [...out, step(host('eth1'), 'deliver', key, { dst: flow.dst, port: flow.dstPort ?? 0 }, '', US.kernel)], reply: [hostReply, ...backToLaptop], verdict: flow.proto === 'icmp' ? 'answered' : 'refused' };
  }
  const { service, target, mode } = published;
  const port = flow.dstPort ?? 0;
  if (mode === 'host') return hostMode(world, node, service, target, flow, { out, host, base, hostReply, backToLaptop });
  const gw = gwbridgeOf(world, m);
  const ingress = ingressNetwork(world);
  const sbox = (net: string | undefined) => Object.values(world.endpoints).find((e) => e.network === net && e.owner.kind === 'ingress-sbox' && e.owner.machine === m);
  const sboxGw = sbox(gw?.id);
  const sboxIn = sbox(ingress?.id);
  const sboxInAtt = sboxIn ? attachmentOf(world, sboxIn) : null;
  if (!gw?.ipam || !ingress?.ipam || !sboxGw || !sboxInAtt || !nodeOfMachine(world, m)) return { ...base, request: [...out, step(host('eth1'), 'deliver', 'hop.tcp-refused', { dst: flow.dst, port })], reply: [hostReply, ...backToLaptop], verdict: 'refused' };
  const sboxPlace: Place = { kind: 'ingress-sbox', machine: m, iface: 'eth1' };
  const gwMac = macFor(gw.ipam.gateway);
  const request: Step[] = [
    ...out,
    step(host('eth1'), 'dnat', 'hop.ingress-dnat', { port, to: `${sboxGw.ip}:${port}` }, `-A DOCKER-INGRESS -p ${flow.proto} -m ${flow.proto} --dport ${port} -j DNAT --to-destination ${sboxGw.ip}:${port}`, US.netfilter, { rewrite: both(setDst(sboxGw.ip), setMacs(gwMac, sboxGw.mac)) }),
    step(host('docker_gwbridge'), 'bridge-forward', 'hop.bridge', { bridge: 'docker_gwbridge', mac: sboxGw.mac }, `${sboxGw.mac} dev veth-sbox master docker_gwbridge`, US.bridge + US.veth),
  ];
  const reals = realServers(world, service, ingress);
  const pick = ipvsPick(world, {}, `${m}/ingress_sbox/${service.fwmark}`, service.fwmark, reals);
  const mark = ingressMarkRule(flow.proto, port, service.fwmark);
  if (!pick) return { ...base, request: [...request, step(sboxPlace, 'drop', 'drop.no-backend', { vip: `${flow.dst}:${port}`, fwmark: service.fwmark }, `${mark}\nFWM  ${service.fwmark} rr`, US.netfilter)], reply: [], verdict: 'refused' };
  const taskAtt = attachmentOf(world, pick.real);
  if (!taskAtt) return stillborn('timeout', LAPTOP.ip, 1500, request);
  const cursors = { [pick.key]: pick.next };
  request.push(
    step(sboxPlace, 'ipvs-schedule', 'hop.ipvs-schedule', { vip: `${sboxGw.ip}:${port}`, fwmark: service.fwmark, real: pick.real.ip }, `${mark}\n${pick.table}`, US.netfilter, { rewrite: setDst(pick.real.ip) }),
    step({ ...sboxPlace, iface: 'eth0' }, 'snat', 'hop.snat', { src: LAPTOP.ip, to: sboxIn?.ip ?? '' }, ipvsSnatRule(ingress.ipam.subnet, sboxIn?.ip ?? ''), US.netfilter, { rewrite: setSrc(sboxIn?.ip ?? '') }),
  );
  const there = l2Leg(world, sboxInAtt, taskAtt);
  const seenFrom = sboxInAtt.endpoint.ip;
  if (!machineUp(world, taskAtt.place.machine)) {
    return { ...base, seenFrom, cursors, request: [...request, ...there.filter((s) => s.at.machine === m), step(hostPlace(taskAtt.place.machine, 'eth1'), 'drop', 'drop.node-down', { machine: taskAtt.place.machine, dst: pick.real.ip })], reply: [], verdict: 'timeout' };
  }
  const redirect = step(taskAtt.place, 'redirect', 'hop.redirect', { port, to: target }, `-A PREROUTING -p ${flow.proto} -m ${flow.proto} --dport ${port} -j REDIRECT --to-ports ${target}`, US.netfilter, { rewrite: setDst(pick.real.ip, target) });
  const end = arrive(taskAtt.place, taskAtt.container, flow, target);
  const reply: Step[] = [
    step(taskAtt.place, 'send', 'hop.reply', { src: pick.real.ip, dst: seenFrom }, '', US.kernel, { rewrite: both(setSrc(pick.real.ip, port), setMacs(taskAtt.endpoint.mac, sboxInAtt.endpoint.mac)) }),
    ...l2Leg(world, taskAtt, sboxInAtt),
    step(sboxPlace, 'dnat', 'hop.ipvs-unnat', { src: pick.real.ip, vip: sboxGw.ip, dst: LAPTOP.ip }, '', US.netfilter, { rewrite: both(setSrc(sboxGw.ip), setDst(LAPTOP.ip), setMacs(sboxGw.mac, gwMac)) }),
    step(host('docker_gwbridge'), 'bridge-forward', 'hop.bridge', { bridge: 'docker_gwbridge', mac: gwMac }, '', US.veth + US.bridge),
    step(host('eth1'), 'dnat', 'hop.undnat', { src: flow.dst }, '', US.netfilter, { rewrite: both(setSrc(flow.dst), setMacs(nodeMac(world, m), LAPTOP.mac)) }),
    ...backToLaptop,
  ];
  return { ...base, seenFrom, serverPort: target, cursors, request: [...request, ...there, redirect, end.step], reply, verdict: end.verdict, server: taskAtt.container };
}

function send(world: World, flow: FlowSpec, nextMac: string): Step {
  void world;
  return step(laptopPlace, 'send', 'hop.send', { src: LAPTOP.ip, dst: flow.dst, proto: flow.proto }, `192.168.99.0/24 dev ${LAPTOP.iface} scope link`, 0, { rewrite: both(setSrc(LAPTOP.ip), setMacs(LAPTOP.mac, nextMac)) });
}

function publishedService(world: World, flow: FlowSpec): { service: Service; target: number; mode: 'ingress' | 'host' } | null {
  for (const s of servicesInOrder(world)) {
    const p = s.spec.ports.find((x) => x.published === flow.dstPort && x.protocol === flow.proto);
    if (p) return { service: s, target: p.target, mode: p.mode };
  }
  return null;
}

interface Parts {
  out: Step[];
  host: (iface: string) => Place;
  base: Omit<Plan, 'request' | 'reply' | 'verdict'>;
  hostReply: Step;
  backToLaptop: Step[];
}

/** `mode=host`: the node's own port mapping to a local task's gwbridge address; no task here, refused. */
function hostMode(world: World, node: Machine, service: Service, target: number, flow: FlowSpec, p: Parts): Plan {
  const port = flow.dstPort ?? 0;
  const local = Object.values(world.tasks).find((t) => t.service === service.id && isServing(world, t) && t.node && machineOfNode(world, t.node)?.name === node.name);
  const c = local?.container ? world.containers[local.container] : undefined;
  // The port is mapped on the bridge that gives the task its way out: docker_gwbridge when the task is on an
  // overlay, the default bridge (docker0) when it has no network at all.
  const bridges = [gwbridgeOf(world, node.name), localNetworkByName(world, node.name, 'bridge')];
  const e: Endpoint | undefined = c ? c.interfaces.map((id) => world.endpoints[id]).find((x) => bridges.some((b) => b && x?.network === b.id)) : undefined;
  const att: Attachment | null = e ? attachmentOf(world, e) : null;
  const gw = att?.network;
  if (!att || !gw?.ipam) return { ...p.base, request: [...p.out, step(p.host('eth1'), 'deliver', 'hop.tcp-refused', { dst: flow.dst, port })], reply: [p.hostReply, ...p.backToLaptop], verdict: 'refused' };
  const gwMac = macFor(gw.ipam.gateway);
  const dev = bridgeDevice(gw);
  const end = arrive(att.place, att.container, flow, target);
  const request = [
    ...p.out,
    step(p.host('eth1'), 'dnat', 'hop.host-port-dnat', { port, to: `${att.endpoint.ip}:${target}` }, `-A DOCKER ! -i ${dev} -p ${flow.proto} -m ${flow.proto} --dport ${port} -j DNAT --to-destination ${att.endpoint.ip}:${target}`, US.netfilter, { rewrite: both(setDst(att.endpoint.ip, target), setMacs(gwMac, att.endpoint.mac)) }),
    step(p.host(dev), 'bridge-forward', 'hop.bridge', { bridge: dev, mac: att.endpoint.mac }, '', US.bridge + US.veth),
    end.step,
  ];
  const reply = [
    step(att.place, 'send', 'hop.reply', { src: att.endpoint.ip, dst: LAPTOP.ip }, '', US.kernel, { rewrite: setMacs(att.endpoint.mac, gwMac) }),
    step(p.host(dev), 'bridge-forward', 'hop.bridge', { bridge: dev, mac: gwMac }, '', US.veth + US.bridge),
    step(p.host('eth1'), 'dnat', 'hop.undnat', { src: flow.dst }, '', US.netfilter, { rewrite: both(setSrc(flow.dst, port), setMacs(nodeMac(world, node.name), LAPTOP.mac)) }),
    ...p.backToLaptop,
  ];
  return { ...p.base, serverPort: target, request, reply, verdict: end.verdict, server: att.container };
}

/** The laptop's own way out: straight to the internet (no Docker involved). */
function toInternet(flow: FlowSpec): Plan {
  const internet = internetPlace;
  const verdict = internetAnswers(flow.dst, flow.proto, flow.dstPort ?? 0);
  const request = [send({} as World, flow, '52:54:00:12:35:02'), step(laptopPlace, 'underlay-transit', 'hop.internet', { src: LAPTOP.ip, dst: flow.dst }, '', US.internet)];
  const base = { srcIp: LAPTOP.ip, server: null, seenFrom: LAPTOP.ip, serverPort: flow.dstPort ?? 0, mtu: 1500, cursors: {}, replyTtl: 117 };
  if (verdict === 'timeout') return { ...base, request: [...request, step(internet, 'drop', 'drop.no-answer', { dst: flow.dst })], reply: [], verdict };
  const reply = [
    step(internet, 'send', 'hop.reply', { src: flow.dst, dst: LAPTOP.ip }, '', US.kernel, { rewrite: setMacs('52:54:00:12:35:02', LAPTOP.mac) }),
    step(internet, 'underlay-transit', 'hop.internet', { src: flow.dst, dst: LAPTOP.ip }, '', US.internet),
    step(laptopPlace, 'deliver', 'hop.deliver-reply', { dst: LAPTOP.ip }, '', US.veth),
  ];
  return { ...base, request: [...request, step(internet, 'deliver', flow.proto === 'icmp' ? 'hop.deliver-icmp' : 'hop.deliver-app', { dst: flow.dst, port: flow.dstPort ?? 0 })], reply, verdict };
}
