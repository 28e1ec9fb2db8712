import { ipToInt } from '../../sim/ipam/ipv4Int';
import { networkAddress } from '../../sim/ipam/cidr';
import { containerInterfaces, defaultRouteInterface } from '../../sim/query/containerInterfaces';
import type { CommandHandler } from '../types';
import { containerOf } from './containerOf';
import { distroOf } from './tools';

/** `ip addr` / `ip a` / `ip route` / `ip r` inside a container (iproute2 or BusyBox wording). */
export const ip: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const busybox = distroOf(ctx.world, id) === 'alpine';
  const object = argv[1] ?? '';
  if (/^a(d(dr?|dress)?)?$/.test(object)) return { stdout: addr(ctx.world, id, busybox), stderr: '', exitCode: 0 };
  if (/^r(o(u(te?)?)?)?$/.test(object)) return { stdout: route(ctx.world, id), stderr: '', exitCode: 0 };
  if (object === '') {
    return { stdout: '', stderr: 'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n', exitCode: busybox ? 1 : 255 };
  }
  return { stdout: '', stderr: `Object "${object}" is unknown, try "ip help".\n`, exitCode: busybox ? 1 : 255 };
};

export function addr(world: Parameters<typeof containerInterfaces>[0], id: string, busybox: boolean): string {
  const group = busybox ? '' : ' group default';
  let out = `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN${group} qlen 1000
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
    inet 127.0.0.1/8 scope host lo
       valid_lft forever preferred_lft forever
    inet6 ::1/128 scope host 
       valid_lft forever preferred_lft forever
`;
  for (const i of containerInterfaces(world, id)) {
    const flags = busybox ? 'BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN' : 'BROADCAST,MULTICAST,UP,LOWER_UP';
    out += `${i.ifindex}: ${i.name}@if${i.peerIndex}: <${flags}> mtu ${i.mtu} qdisc noqueue state UP${group} 
    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff${busybox ? '' : ' link-netnsid 0'}
    inet ${i.ip}/${i.prefixLength} brd ${i.broadcast} scope global ${i.name}
       valid_lft forever preferred_lft forever
`;
  }
  return out;
}

export function route(world: Parameters<typeof containerInterfaces>[0], id: string): string {
  const ifaces = containerInterfaces(world, id);
  const gw = defaultRouteInterface(ifaces);
  const lines = gw ? [`default via ${gw.gateway} dev ${gw.name} `] : [];
  const links = ifaces
    .map((i) => ({ i, net: networkAddress(`${i.ip}/${i.prefixLength}`) }))
    .sort((a, b) => ipToInt(a.net) - ipToInt(b.net));
  for (const { i, net } of links) lines.push(`${net}/${i.prefixLength} dev ${i.name} proto kernel scope link src ${i.ip} `);
  return lines.map((l) => `${l}\n`).join('');
}
