import { containerOwner, laptopOwner, machineOwner } from '../../sim/fs/fileEntry';
import type { Frame } from '../types';

/** The laptop user's home directory. */
export const LAPTOP_HOME = '/home/learner';

/** The working directory of a shell: `/` in a container, the user's home on a node or the laptop. */
export function cwdOf(frame: Frame): string {
  return frame.kind === 'container' ? '/' : frame.kind === 'node' ? '/home/docker' : LAPTOP_HOME;
}

/** Whose files a shell sees. */
export function ownerOf(frame: Frame): string {
  return frame.kind === 'container' ? containerOwner(frame.container) : frame.kind === 'node' ? machineOwner(frame.machine) : laptopOwner;
}

/** An absolute, normalised path (`.`, `..` and repeated slashes resolved) for `path` typed in `cwd`. */
export function resolvePath(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const piece of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') parts.pop();
    else parts.push(piece);
  }
  return `/${parts.join('/')}`;
}

/** The directory holding `abs` (`/` for `/`). */
export function parentOf(abs: string): string {
  const at = abs.lastIndexOf('/');
  return at <= 0 ? '/' : abs.slice(0, at);
}
