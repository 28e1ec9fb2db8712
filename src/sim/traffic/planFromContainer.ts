import { mtuOf } from '../query/containerInterfaces';
import { endpointIndex } from '../query/endpointIndex';
import { profiles } from '../profile';
import { contains, isIpv4 } from '../ipam/cidr';
import type { Container, Endpoint, World } from '../world';
import { arrive, machineUp, nodeDown } from './arrive';
import { ipvsPick, ipvsSnatRule, markRule, realServers } from './ipvs';
import { l2Leg } from './l2Leg';
import { attachmentOf, containerAttachments, type Attachment } from './places';
import { placeNamespace } from './placeText';
import { stillborn, type FlowSpec, type Plan } from './plan';
import { planEgress } from './planEgress';
import { setDst, setMacs, setSrc, step, both, type Step } from './step';
import { US } from './timing';

/**
 * Decides a flow from a container: to an address on a shared network (bridged, VXLAN if remote), to a
 * service VIP (IPVS in the LB sandbox with SNAT, or in the client on profile 17.10; ICMP answered
 * locally), or out through docker_gwbridge. Pure: the IPVS position moves only in the returned cursors.
 */
export function planFromContainer(world: World, client: Container, flow: FlowSpec): Plan {
  const atts = containerAttachments(world, client);
  const vip = findVip(world, atts, flow.dst);
  if (vip) return viaVip(world, vip.att, vip.endpoint, flow);
  const onLink = atts.find((a) => a.network.ipam && isIpv4(flow.dst) && contains(a.network.ipam.subnet, flow.dst));
  if (!onLink) return planEgress(world, client, atts, flow);
  if (tooBig(flow, onLink)) return stillborn('msgsize', onLink.endpoint.ip, mtuOf(onLink.network));
  const target = Object.values(world.endpoints).find((e) => e.network === onLink.network.id && e.ip === flow.dst);
  const targetAtt = target ? attachmentOf(world, target) : null;
  if (!targetAtt) {
    const s = sendStep(onLink, flow, onLink.endpoint.mac);
    const drop = step(onLink.place, 'drop', 'drop.no-neighbour', { dst: flow.dst }, '', 0);
    return stillborn('host-unreachable', onLink.endpoint.ip, mtuOf(onLink.network), [s, drop]);
  }
  return direct(world, onLink, targetAtt, flow);
}

function tooBig(flow: FlowSpec, a: Attachment): boolean {
  return flow.dontFragment === true && (flow.ipLength ?? 0) > mtuOf(a.network);
}

function findVip(world: World, atts: readonly Attachment[], ip: string): { att: Attachment; endpoint: Endpoint } | null {
  for (const att of atts) {
    const e = endpointIndex(world).byAddress.get(`${att.network.id}/${ip}`);
    if (e && e.owner.kind === 'vip') return { att, endpoint: e };
  }
  return null;
}

function sendStep(from: Attachment, flow: FlowSpec, nextMac: string): Step {
  const net = from.network;
  const route = `${net.ipam?.subnet ?? ''} dev ${from.place.iface} proto kernel scope link src ${from.endpoint.ip}`;
  return step(from.place, 'send', 'hop.send', { src: from.endpoint.ip, dst: flow.dst, proto: flow.proto }, route, 0, { rewrite: both(setSrc(from.endpoint.ip), setMacs(from.endpoint.mac, nextMac)) });
}

/** Request and reply between two attachments of one network, no NAT. */
function direct(world: World, client: Attachment, target: Attachment, flow: FlowSpec): Plan {
  const port = flow.dstPort ?? 0;
  const base = { srcIp: client.endpoint.ip, server: target.container, seenFrom: client.endpoint.ip, serverPort: port, mtu: mtuOf(client.network), cursors: {} };
  const there = l2Leg(world, client, target);
  if (!machineUp(world, target.place.machine)) {
    const upToWire = there.filter((s) => s.at.machine === client.place.machine);
    return { ...base, request: [sendStep(client, flow, target.endpoint.mac), ...upToWire, nodeDown(target.place.machine, flow.dst)], reply: [], verdict: 'timeout', server: null };
  }
  const end = arrive(target.place, target.container, flow, port);
  const request = [sendStep(client, flow, target.endpoint.mac), ...there, end.step];
  const reply = [replySend(target, client), ...l2Leg(world, target, client), deliverBack(client)];
  return { ...base, request, reply, verdict: end.verdict };
}

function replySend(from: Attachment, to: Attachment): Step {
  return step(from.place, 'send', 'hop.reply', { src: from.endpoint.ip, dst: to.endpoint.ip }, '', US.kernel, { rewrite: setMacs(from.endpoint.mac, to.endpoint.mac) });
}

function deliverBack(to: Attachment): Step {
  return step(to.place, 'deliver', 'hop.deliver-reply', { dst: to.endpoint.ip }, '', US.veth);
}

/** Container -> VIP. ICMP is answered where the VIP is a local address; TCP/UDP go through IPVS. */
function viaVip(world: World, client: Attachment, vip: Endpoint, flow: FlowSpec): Plan {
  const owner = vip.owner.kind === 'vip' ? world.services[vip.owner.service] : undefined;
  const inClient = profiles[world.profile].vipBalancing === 'client';
  const lbEndpoint = endpointIndex(world).byOwner.get(`lb:${client.place.machine}/${client.network.id}`)?.[0];
  const lb = !inClient && lbEndpoint ? attachmentOf(world, lbEndpoint) : null;
  const base = { srcIp: client.endpoint.ip, seenFrom: client.endpoint.ip, serverPort: flow.dstPort ?? 0, mtu: mtuOf(client.network), cursors: {} };
  if (tooBig(flow, client)) return stillborn('msgsize', client.endpoint.ip, base.mtu);
  const ipvsAt = lb ?? client;
  const toLb = lb ? l2Leg(world, client, lb) : [];
  const fromLb = lb ? l2Leg(world, lb, client) : [];
  const send = sendStep(client, flow, lb ? lb.endpoint.mac : client.endpoint.mac);
  if (flow.proto === 'icmp' || !owner) {
    const local = { ...ipvsAt.place, iface: lb ? 'eth0' : 'lo' };
    const answer = step(local, 'answer-local', 'hop.vip-local', { vip: vip.ip }, `local ${vip.ip} dev ${local.iface} table local proto kernel scope host src ${vip.ip}`, lb ? US.local : 2 * US.local);
    const reply = [...(lb ? [replySend(lb, client), ...fromLb] : []), deliverBack(client)];
    return { ...base, request: [send, ...toLb, answer], reply, verdict: owner || flow.proto === 'icmp' ? 'answered' : 'refused', server: null };
  }
  const reals = realServers(world, owner, client.network);
  const key = `${ipvsAt.place.machine}/${placeNamespace(ipvsAt.place)}/${owner.fwmark}`;
  const pick = ipvsPick(world, {}, key, owner.fwmark, reals);
  const mark = markRule(lb ? 'PREROUTING' : 'OUTPUT', vip.ip, owner.fwmark);
  if (!pick) {
    const noReal = step(ipvsAt.place, 'drop', 'drop.no-backend', { vip: vip.ip, fwmark: owner.fwmark }, `${mark}\nFWM  ${owner.fwmark} rr`, US.netfilter);
    const reply = [...(lb ? [replySend(lb, client), ...fromLb] : []), deliverBack(client)];
    return { ...base, request: [send, ...toLb, noReal], reply, verdict: 'refused', server: null };
  }
  const target = attachmentOf(world, pick.real);
  if (!target) return stillborn('timeout', client.endpoint.ip, base.mtu);
  const cursors = { [pick.key]: pick.next };
  const schedule = step(ipvsAt.place, 'ipvs-schedule', 'hop.ipvs-schedule', { vip: vip.ip, fwmark: owner.fwmark, real: pick.real.ip }, `${mark}\n${pick.table}`, US.netfilter, { rewrite: setDst(pick.real.ip) });
  const from = lb ?? client;
  const snat = lb ? [step(lb.place, 'snat', 'hop.snat', { src: client.endpoint.ip, to: lb.endpoint.ip }, ipvsSnatRule(client.network.ipam?.subnet ?? '', lb.endpoint.ip), US.netfilter, { rewrite: setSrc(lb.endpoint.ip) })] : [];
  const there = l2Leg(world, from, target);
  const seenFrom = from.endpoint.ip;
  if (!machineUp(world, target.place.machine)) {
    const upToWire = there.filter((s) => s.at.machine === client.place.machine);
    return { ...base, seenFrom, cursors, request: [send, ...toLb, schedule, ...snat, ...upToWire, nodeDown(target.place.machine, pick.real.ip)], reply: [], verdict: 'timeout', server: null };
  }
  const end = arrive(target.place, target.container, flow, flow.dstPort ?? 0);
  const unNat = step(from.place, 'dnat', 'hop.ipvs-unnat', { src: pick.real.ip, vip: vip.ip, dst: client.endpoint.ip }, '', US.netfilter, { rewrite: both(setSrc(vip.ip), setDst(client.endpoint.ip), ...(lb ? [setMacs(lb.endpoint.mac, client.endpoint.mac)] : [])) });
  const back = lb ? fromLb : [];
  const reply = [replySend(target, from), ...l2Leg(world, target, from), unNat, ...back, deliverBack(client)];
  return { ...base, seenFrom, cursors, request: [send, ...toLb, schedule, ...snat, ...there, end.step], reply, verdict: end.verdict, server: target.container };
}
