import { findImage } from '../../sim/images';
import type { World } from '../../sim/world';
import { table } from '../../sim/own';

/** The commands each installable package provides (apt names and apk names). */
export const packageTools: Readonly<Record<string, readonly string[]>> = table({
  'iputils-ping': ['ping'],
  dnsutils: ['nslookup', 'dig'],
  'bind9-dnsutils': ['nslookup', 'dig'],
  'bind-tools': ['nslookup', 'dig'],
  curl: ['curl'],
  wget: ['wget'],
  iproute2: ['ip'],
  'net-tools': [],
});

/** Commands that come and go with the image and its packages; everything else a shell always has. */
export const optionalTools: ReadonlySet<string> = new Set(['ping', 'nslookup', 'dig', 'curl', 'wget', 'ip']);

/** Whether a command exists in a container: the image's own tools plus installed packages. */
export function hasTool(world: World, containerId: string, tool: string): boolean {
  const c = world.containers[containerId];
  if (!c) return false;
  if (findImage(c.image)?.tools.includes(tool)) return true;
  return c.packages.some((p) => packageTools[p]?.includes(tool));
}

/** nslookup/dig from bind9 (dnsutils, bind-tools) rather than BusyBox's applet. */
export function hasBindTools(world: World, containerId: string): boolean {
  return world.containers[containerId]?.packages.some((p) => p === 'dnsutils' || p === 'bind9-dnsutils' || p === 'bind-tools') ?? false;
}

/** The package manager of the image's distribution. */
export function distroOf(world: World, containerId: string): 'debian' | 'alpine' {
  return findImage(world.containers[containerId]?.image ?? '')?.shell === 'ash' ? 'alpine' : 'debian';
}
