import type { Draft } from '../draft';

/**
 * Removes a container and every address it holds itself (its docker_gwbridge and standalone interfaces);
 * a task's overlay addresses belong to the task and are released with it (see `stopTask`).
 */
export function destroyContainer(d: Draft, id: string): void {
  const c = d.containers[id];
  if (!c) return;
  for (const e of d.endpointsOf(`container:${id}`)) d.dropEndpoint(e.id);
  d.dropContainer(id);
}
