import { hostInterfaces, type HostInterface } from '../../sim/query/hostInterfaces';
import type { CommandHandler } from '../types';
import { fail, ok } from '../types';
import { commandNotFound } from '../lang/voice';

/** The broadcast address of `a.b.c.d/len`. */
function broadcast(cidr: string): string {
  const [ip = '', len = '32'] = cidr.split('/');
  const n = ip.split('.').reduce((acc, o) => (acc << 8) | Number(o), 0) >>> 0;
  const mask = Number(len) === 0 ? 0 : (0xffffffff << (32 - Number(len))) >>> 0;
  const b = (n | ~mask) >>> 0;
  return [24, 16, 8, 0].map((s) => (b >>> s) & 0xff).join('.');
}

function block(i: HostInterface, index: number): string {
  const flags = i.kind === 'loopback' ? 'LOOPBACK,UP,LOWER_UP' : i.carrier ? 'BROADCAST,MULTICAST,UP,LOWER_UP' : 'NO-CARRIER,BROADCAST,MULTICAST,UP';
  const qdisc = i.kind === 'loopback' || i.name.startsWith('docker') ? 'noqueue' : 'pfifo_fast';
  const state = i.kind === 'loopback' ? 'UNKNOWN' : i.carrier ? 'UP' : 'DOWN';
  const qlen = i.name.startsWith('docker') ? '' : ' qlen 1000';
  const link = i.kind === 'loopback' ? `link/loopback ${i.mac} brd 00:00:00:00:00:00` : `link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff`;
  const inet = i.kind === 'loopback' ? `inet ${i.cidr} scope host lo` : `inet ${i.cidr} brd ${broadcast(i.cidr)} scope global ${i.name}`;
  return [
    `${index}: ${i.name}: <${flags}> mtu ${i.mtu} qdisc ${qdisc} state ${state} group default${qlen}`,
    `    ${link}`,
    `    ${inet}`,
    '       valid_lft forever preferred_lft forever',
  ].join('\n');
}

/** The network address of `a.b.c.d/len`, with its prefix. */
function networkOf(cidr: string): string {
  const [ip = '', len = '32'] = cidr.split('/');
  const n = ip.split('.').reduce((acc, o) => (acc << 8) | Number(o), 0) >>> 0;
  const mask = Number(len) === 0 ? 0 : (0xffffffff << (32 - Number(len))) >>> 0;
  const b = (n & mask) >>> 0;
  return `${[24, 16, 8, 0].map((s) => (b >>> s) & 0xff).join('.')}/${len}`;
}

/** `ip route`: the VirtualBox NAT default route, then one kernel route per interface. */
function routes(list: readonly HostInterface[]): string {
  const lines = ['default via 10.0.2.2 dev eth0 metric 1'];
  for (const i of list) {
    if (i.kind === 'loopback') continue;
    const src = i.cidr.split('/')[0];
    lines.push(`${networkOf(i.cidr)} dev ${i.name} proto kernel scope link src ${src}${i.carrier ? '' : ' linkdown'}`);
  }
  return lines.sort((a, b) => (a.startsWith('default') ? -1 : b.startsWith('default') ? 1 : a < b ? -1 : 1)).join('\n') + '\n';
}

/** `ip addr` / `ip a` and `ip route` on a node: its host interfaces (veth pairs omitted) and routes. */
export const ip: CommandHandler = (argv, ctx) => {
  if (ctx.frame.kind !== 'node') return commandNotFound(ctx, 'ip');
  const [, object = '', action = 'show'] = argv;
  if (['r', 'ro', 'route'].includes(object)) return ok(routes(hostInterfaces(ctx.world, ctx.frame.machine)));
  if (!['a', 'addr', 'address'].includes(object)) {
    return fail(object === '' ? 'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n' : `Object "${object}" is unknown, try "ip help".\n`, object === '' ? 255 : 255);
  }
  if (!['show', 'list', 'ls', 's'].includes(action)) return fail(`Command "${action}" is unknown, try "ip address help".\n`, 255);
  const blocks = hostInterfaces(ctx.world, ctx.frame.machine).map((i, n) => block(i, n + 1));
  return ok(blocks.join('\n') + '\n');
};
