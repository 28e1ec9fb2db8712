import { hostsFile } from '../../sim/dns/hostsFile';
import { resolvConf } from '../../sim/dns/resolvConf';
import { findImage } from '../../sim/images';
import { releaseOf } from '../container/apt/releaseOf';
import type { World } from '../../sim/world';
import type { FileError } from '../lang/fileAccess';
import type { Frame } from '../types';
import { nodeListings } from './nodeListings';
import { ownerOf, parentOf } from './paths';

const debianRoot = ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];
const alpineRoot = ['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];
const nodeDirs = ['/bin', '/dev', '/etc', '/home', '/home/docker', '/lib', '/mnt', '/opt', '/proc', '/root', '/run', '/sbin', '/sys', '/tmp', '/usr', '/var', '/var/lib', '/var/lib/docker', '/var/run', '/var/run/docker'];
const laptopDirs = ['/bin', '/dev', '/etc', '/home', '/home/learner', '/tmp', '/usr', '/var'];

/** Files Docker (or the system) provides, computed from the world (undefined: not there); a written file of the same path wins. */
type Generated = (world: World, frame: Frame) => string | undefined;
const generated: ReadonlyMap<string, Generated> = new Map<string, Generated>([
  ['/dev/null', () => ''],
  ['/etc/hostname', (w, f) => (f.kind === 'container' ? `${w.containers[f.container]?.hostname ?? ''}\n` : `${f.kind === 'node' ? f.machine : 'laptop'}\n`)],
  ['/etc/hosts', (w, f) => (f.kind === 'container' ? hostsFile(w, f.container) : '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n')],
  ['/etc/resolv.conf', (w, f) => (f.kind === 'container' ? resolvConf(w, f.container) : 'nameserver 10.0.2.3\n')],
  ['/etc/os-release', (w, f) => (f.kind === 'container' ? releaseOf(w, f.container)?.osRelease : undefined)],
]);

/** The directories a shell's file system starts with. */
function baseDirs(world: World, frame: Frame): readonly string[] {
  if (frame.kind === 'node') return ['/', ...nodeDirs];
  if (frame.kind === 'laptop') return ['/', ...laptopDirs];
  const alpine = findImage(world.containers[frame.container]?.image ?? '')?.shell === 'ash';
  return ['/', ...(alpine ? alpineRoot : debianRoot).map((d) => `/${d}`)];
}

/** What is at an absolute path: a file, a directory, or nothing. */
export function statPath(world: World, frame: Frame, abs: string): 'file' | 'dir' | null {
  const owner = ownerOf(frame);
  const entry = world.files?.find((e) => e.owner === owner && e.path === abs);
  if (entry) return entry.kind;
  if (generated.get(abs)?.(world, frame) !== undefined) return 'file';
  if (baseDirs(world, frame).includes(abs)) return 'dir';
  if (frame.kind === 'node' && nodeListings.some((l) => l(world, frame.machine, abs) !== undefined)) return 'dir';
  return null;
}

/** The text of a file, or why it cannot be read. */
export function readFile(world: World, frame: Frame, abs: string): string | { readonly error: FileError } {
  const owner = ownerOf(frame);
  const entry = world.files?.find((e) => e.owner === owner && e.path === abs);
  if (entry) return entry.kind === 'file' ? entry.text : { error: 'EISDIR' };
  const gen = generated.get(abs)?.(world, frame);
  if (gen !== undefined) return gen;
  return { error: statPath(world, frame, abs) === 'dir' ? 'EISDIR' : checkParent(world, frame, abs) ?? 'ENOENT' };
}

/** Why a new file at `abs` cannot be made (parent missing or not a directory), or null. */
export function checkParent(world: World, frame: Frame, abs: string): FileError | null {
  const parent = statPath(world, frame, parentOf(abs));
  return parent === 'dir' ? null : parent === 'file' ? 'ENOTDIR' : 'ENOENT';
}

/** The names in a directory, sorted as `ls` sorts them in the C locale. */
export function listDir(world: World, frame: Frame, abs: string): readonly string[] {
  const names = new Set<string>();
  const prefix = abs === '/' ? '/' : `${abs}/`;
  const direct = (p: string): void => {
    if (p.startsWith(prefix) && p.length > prefix.length && !p.slice(prefix.length).includes('/')) names.add(p.slice(prefix.length));
  };
  baseDirs(world, frame).forEach(direct);
  if (frame.kind !== 'laptop' || abs !== '/dev') [...generated].filter(([p, gen]) => p !== '/dev/null' && gen(world, frame) !== undefined).forEach(([p]) => direct(p));
  if (abs === '/dev') names.add('null');
  const owner = ownerOf(frame);
  for (const e of world.files ?? []) if (e.owner === owner) direct(e.path);
  if (frame.kind === 'node') for (const l of nodeListings) l(world, frame.machine, abs)?.forEach((n) => names.add(n));
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
