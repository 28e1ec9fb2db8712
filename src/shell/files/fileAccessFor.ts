import { applyChange } from '../../sim/apply';
import type { Change } from '../../sim/changes';
import type { World } from '../../sim/world';
import type { FileAccess, FileError } from '../lang/fileAccess';
import type { Frame } from '../types';
import { checkParent, readFile, statPath } from './fileSystem';
import { cwdOf, ownerOf, resolvePath } from './paths';

/** The world a line is running against: read it, and change it (each change is recorded by the holder). */
export interface WorldHolder {
  readonly world: () => World;
  readonly apply: (change: Change) => void;
}

/** Why `abs` cannot be written, or null (writing `/dev/null` is always fine). */
export function writeError(world: World, frame: Frame, abs: string): FileError | null {
  if (abs === '/dev/null') return null;
  if (statPath(world, frame, abs) === 'dir') return 'EISDIR';
  return checkParent(world, frame, abs);
}

/** Writes a file through a change; returns the world after it (unchanged for /dev/null). */
export function writeFileChange(world: World, frame: Frame, abs: string, text: string, append: boolean): Change | null {
  if (abs === '/dev/null') return null;
  const exists = statPath(world, frame, abs) === 'file';
  if (append && text === '' && exists) return null;
  const before = exists && append ? readFile(world, frame, abs) : '';
  const stored = world.files?.some((e) => e.owner === ownerOf(frame) && e.path === abs) ?? false;
  // A generated file (/etc/hosts...) appended to for the first time keeps its generated text.
  const full = !stored && append && typeof before === 'string' ? before + text : text;
  return { type: 'fs/write', owner: ownerOf(frame), path: abs, text: full, append: stored && append };
}

/** The file system a shell's redirections use, in the shell's working directory. */
export function fileAccessFor(holder: WorldHolder, frame: () => Frame): FileAccess {
  return {
    read: (path) => readFile(holder.world(), frame(), resolvePath(cwdOf(frame()), path)),
    write: (path, text, mode) => {
      const abs = resolvePath(cwdOf(frame()), path);
      const error = writeError(holder.world(), frame(), abs);
      if (error) return error;
      const change = writeFileChange(holder.world(), frame(), abs, text, mode === 'append');
      if (change) holder.apply(change);
      return null;
    },
  };
}

/** Applies a file change to a world (file changes never fail). */
export function withFileChange(world: World, change: Change): World {
  const r = applyChange(world, change);
  return r.ok ? r.world : world;
}
