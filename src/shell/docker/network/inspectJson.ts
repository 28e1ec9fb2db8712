import { subnetSize } from '../../../sim/ipam/cidr';
import { servicesInOrder, isServing, tasksOf } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import { localEndpoints } from '../../../sim/query/localEndpoints';
import { networkPeers } from '../../../sim/query/networkPeers';
import type { Endpoint, Network, World } from '../../../sim/world';
import type { GoJsonValue } from '../../format/goJson';
import { createdTime } from './createdTime';

type Json = GoJsonValue;

/**
 * API 1.52 (Docker 29) added `Status` (IPAM usage) to local networks, prints `IPRange: ""` in IPAM Config
 * (netip types) and `Config: null` for host and none.
 */
const NETIP_API = 1.52;

/**
 * `docker network inspect` of one network as seen from `machine`, fields in the profile's order.
 * A swarm network with no sandbox on this machine comes from the cluster store: Containers null, Labels
 * null when empty, no Peers (the seed's manager view before the service).
 */
export function networkInspectJson(w: World, machine: string, net: Network, verbose: boolean): Json {
  const profile = profiles[w.profile];
  const local = localEndpoints(w, net.id, machine);
  const instantiated = net.scope === 'local' || local.length > 0;
  const modern = Number(profile.apiVersion) >= NETIP_API;
  const config: Json[] = net.ipam
    ? [modern ? { Subnet: net.ipam.subnet, IPRange: '', Gateway: net.ipam.gateway } : { Subnet: net.ipam.subnet, Gateway: net.ipam.gateway }]
    : [];
  const noIpam = net.driver === 'host' || net.driver === 'null';
  const fields: Record<string, Json> = {
    Name: net.name,
    Id: net.id,
    Created: createdTime(net.createdAt, net.id),
    Scope: net.scope,
    Driver: net.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: null, Config: noIpam && modern ? null : config },
    Internal: net.internal,
    Attachable: net.attachable,
    Ingress: net.ingress,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: instantiated ? containersJson(w, net, local) : null,
    Options: new Map(Object.entries(net.options)),
    Labels: !instantiated && Object.keys(net.labels).length === 0 ? null : new Map(Object.entries(net.labels)),
  };
  if (net.scope === 'swarm' && instantiated) {
    fields.Peers = networkPeers(w, net.id, machine).map((m) => ({ Name: m.peerName, IP: m.ip }));
  }
  const out: Record<string, Json> = {};
  for (const name of profile.networkInspectFields) if (name in fields) out[name] = fields[name] as Json;
  if (verbose && net.scope === 'swarm' && instantiated) out.Services = servicesJson(w, net);
  if (modern && net.scope === 'local' && net.ipam) out.Status = statusJson(w, net);
  return out;
}

function containersJson(w: World, net: Network, local: readonly Endpoint[]): Json {
  const prefix = net.ipam?.subnet.split('/')[1] ?? '0';
  const lbKey = profiles[w.profile].lbEndpointKey;
  const map = new Map<string, Json>();
  for (const e of local) {
    const o = e.owner;
    let key: string;
    let name: string;
    if (o.kind === 'lb') [key, name] = [lbKey(net.name), `${net.name}-endpoint`];
    else if (o.kind === 'ingress-sbox') [key, name] = ['ingress-sbox', net.ingress ? 'ingress-endpoint' : 'gateway_ingress-sbox'];
    else if (o.kind === 'vip') continue;
    else {
      const container = o.kind === 'container' ? w.containers[o.container] : w.containers[w.tasks[o.task]?.container ?? ''];
      if (!container) continue;
      key = container.id;
      name = net.name === 'docker_gwbridge' ? `gateway_${container.id.slice(0, 12)}` : container.name;
    }
    map.set(key, { Name: name, EndpointID: e.id, MacAddress: e.mac, IPv4Address: `${e.ip}/${prefix}`, IPv6Address: '' });
  }
  return map;
}

function servicesJson(w: World, net: Network): Json {
  const map = new Map<string, Json>();
  for (const s of servicesInOrder(w)) {
    if (!s.spec.networks.some((n) => n.network === net.id) && !(net.ingress && s.spec.ports.some((p) => p.mode === 'ingress'))) continue;
    const vip = Object.values(w.endpoints).find((e) => e.network === net.id && e.owner.kind === 'vip' && e.owner.service === s.id);
    const tasks: Json[] = [];
    for (const t of tasksOf(w, s.id)) {
      if (!isServing(w, t) || !t.container) continue;
      const c = w.containers[t.container];
      const e = c?.interfaces.map((id) => w.endpoints[id]).find((x) => x?.network === net.id);
      const host = w.machines.find((m) => m.name === c?.machine);
      if (!c || !e || !host) continue;
      tasks.push({ Name: c.name, EndpointID: e.id, EndpointIP: e.ip, Info: new Map([['Host IP', host.ip]]) });
    }
    map.set(s.spec.name, { VIP: vip?.ip ?? '', Ports: [], LocalLBIndex: s.fwmark, Tasks: tasks });
  }
  return map;
}

// Addresses in use: network, broadcast and gateway, plus one per endpoint.
function statusJson(w: World, net: Network): Json {
  const subnet = net.ipam?.subnet ?? '';
  const inUse = 3 + Object.values(w.endpoints).filter((e) => e.network === net.id).length;
  const size = subnetSize(subnet);
  return { IPAM: { Subnets: new Map([[subnet, { IPsInUse: inUse, DynamicIPsAvailable: size - inUse }]]) } };
}
