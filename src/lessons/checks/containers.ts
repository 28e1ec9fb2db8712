import { findService, machineOfNode, tasksOf, isRunning } from '../../sim/lookup';
import type { Container, World } from '../../sim/world';

/** The running container of a service's task on `machine`, if there is one. */
export function taskContainerOn(w: World, svc: string, machine: string): Container | undefined {
  const service = findService(w, svc);
  if (!service) return undefined;
  const task = tasksOf(w, service.id).find((t) => isRunning(t) && t.node !== null && machineOfNode(w, t.node)?.name === machine && t.container);
  return task?.container ? w.containers[task.container] : undefined;
}

/** Whether a container has a package installed (apt-get or apk). */
export function hasPackage(c: Container | undefined, pkg: string): boolean {
  return c?.packages.includes(pkg) ?? false;
}
