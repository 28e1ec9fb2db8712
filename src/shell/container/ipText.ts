import { ipToInt } from '../../sim/ipam/ipv4Int';
import { networkAddress } from '../../sim/ipam/cidr';
import { defaultRouteInterface, type ContainerInterface } from '../../sim/query/containerInterfaces';

/** How a namespace's `ip addr` differs: BusyBox's applet, and whether lo carries `::1` (IPv6 left on). */
export interface AddrStyle {
  readonly busybox: boolean;
  readonly loopbackV6: boolean;
}

/**
 * `ip addr` of a network namespace, as iproute2 (or BusyBox) prints it: lo, then each veth end with its
 * address and its `/32` aliases (no broadcast on a /32: netlink only sets one below /31).
 */
export function addrText(ifaces: readonly ContainerInterface[], style: AddrStyle): string {
  const group = style.busybox ? '' : ' group default';
  let out = `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN${group} qlen 1000
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
    inet 127.0.0.1/8 scope host lo
       valid_lft forever preferred_lft forever
`;
  if (style.loopbackV6) out += '    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n';
  const flags = style.busybox ? 'BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN' : 'BROADCAST,MULTICAST,UP,LOWER_UP';
  for (const i of ifaces) {
    out += `${i.ifindex}: ${i.name}@if${i.peerIndex}: <${flags}> mtu ${i.mtu} qdisc noqueue state UP${group} 
    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff${style.busybox ? '' : ` link-netnsid ${i.linkNetnsid}`}
    inet ${i.ip}/${i.prefixLength} brd ${i.broadcast} scope global ${i.name}
       valid_lft forever preferred_lft forever
`;
    for (const a of i.aliases) out += `    inet ${a}/32 scope global ${i.name}\n       valid_lft forever preferred_lft forever\n`;
  }
  return out;
}

/**
 * `ip route` of a namespace: the default route through the first non-internal bridge interface, then one
 * kernel route per interface subnet by network address (a /32 alias adds none to the main table).
 */
export function routeText(ifaces: readonly ContainerInterface[]): string {
  const gw = defaultRouteInterface(ifaces);
  const lines = gw ? [`default via ${gw.gateway} dev ${gw.name} `] : [];
  const links = ifaces
    .map((i) => ({ i, net: networkAddress(`${i.ip}/${i.prefixLength}`) }))
    .sort((a, b) => ipToInt(a.net) - ipToInt(b.net));
  for (const { i, net } of links) lines.push(`${net}/${i.prefixLength} dev ${i.name} proto kernel scope link src ${i.ip} `);
  return lines.map((l) => `${l}\n`).join('');
}

/** `ip link` of a namespace (iproute2): each interface's header line with `mode DEFAULT`, then its link line. */
export function linkText(ifaces: readonly ContainerInterface[]): string {
  let out = '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n';
  for (const i of ifaces) {
    out += `${i.ifindex}: ${i.name}@if${i.peerIndex}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu ${i.mtu} qdisc noqueue state UP mode DEFAULT group default \n`;
    out += `    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff link-netnsid ${i.linkNetnsid}\n`;
  }
  return out;
}
