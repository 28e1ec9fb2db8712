import { createPlaygroundStore } from '../../store/createPlaygroundStore';
import type { Playground } from '../../store/playground';

/** c1 (alpine, on default) in a shell on the attachable overlay mynet, beside three traefik/whoami `web` tasks; then ping the task on default-2. */
export const C1_PINGS_WEB_TASK = [
  'docker-machine ssh default',
  'docker network create -d overlay --attachable mynet',
  'docker service create -d --name web --network mynet --replicas 3 traefik/whoami',
  'docker run -dit --name c1 --network mynet alpine',
  'docker exec -it c1 sh',
  'ping -c 1 10.0.1.3',
] as const;

/** A fresh three-node store after typing `lines`, for tests. */
export function stateAfter(lines: readonly string[]): Playground {
  const store = createPlaygroundStore();
  for (const l of lines) store.getState().runLine(l);
  return store.getState();
}
