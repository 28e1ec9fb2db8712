import type { Change } from '../changes';
import type { World } from '../world';
import type { FileEntry } from './fileEntry';

/** The changes to files, as data. */
export type FileChange = Extract<Change, { type: 'fs/write' | 'fs/mkdir' | 'fs/rm' }>;

/**
 * Applies a file change. The shell checked the path (parent directory exists, not a directory);
 * here the entry is stored. Entries of containers that no longer exist are dropped on the way, so
 * files written in a container disappear with it.
 */
export function applyFileChange(world: World, change: FileChange): World {
  const alive = (e: FileEntry): boolean => !e.owner.startsWith('container:') || world.containers[e.owner.slice('container:'.length)] !== undefined;
  const files = (world.files ?? []).filter(alive);
  const at = files.findIndex((e) => e.owner === change.owner && e.path === change.path);
  const existing = at >= 0 ? files[at] : undefined;
  switch (change.type) {
    case 'fs/write': {
      const text = change.append && existing?.kind === 'file' ? existing.text + change.text : change.text;
      const entry: FileEntry = { owner: change.owner, path: change.path, kind: 'file', text };
      if (existing) files[at] = entry;
      else files.push(entry);
      break;
    }
    case 'fs/mkdir':
      if (!existing) files.push({ owner: change.owner, path: change.path, kind: 'dir', text: '' });
      break;
    case 'fs/rm': {
      const under = `${change.path}/`;
      return { ...world, files: files.filter((e) => e.owner !== change.owner || (e.path !== change.path && !e.path.startsWith(under))) };
    }
  }
  return { ...world, files };
}
