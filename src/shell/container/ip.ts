import { containerInterfaces } from '../../sim/query/containerInterfaces';
import type { CommandHandler } from '../types';
import { containerOf } from './containerOf';
import { addrText, routeText } from './ipText';
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
  return addrText(containerInterfaces(world, id), { busybox, loopbackV6: true });
}

export function route(world: Parameters<typeof containerInterfaces>[0], id: string): string {
  return routeText(containerInterfaces(world, id));
}
