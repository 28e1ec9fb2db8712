import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';

type Install = Extract<Change, { type: 'container/install' | 'container/apt-update' }>;

/** `apt-get update` / `apt-get install` / `apk add` inside a container. */
export function installPackages(d: Draft, c: Install): string | SimError {
  const ct = d.containers[c.container];
  if (!ct) return simError('container-not-found', { name: c.container });
  if (c.type === 'container/apt-update') {
    if (!ct.aptUpdated) d.putContainer({ ...ct, aptUpdated: true });
    return ct.id;
  }
  const missing = c.packages.filter((p) => !ct.packages.includes(p));
  if (missing.length > 0) d.putContainer({ ...ct, packages: [...ct.packages, ...missing] });
  return ct.id;
}
