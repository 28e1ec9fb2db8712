import type { PlaygroundStore } from '../../store/createPlaygroundStore';

/** Lines that build a service and send one request to it, so the stepper has a whole trace to walk. */
export const READY_TRAFFIC_LINES = [
  'docker-machine ssh default',
  'docker network create -d overlay --attachable mynet',
  'docker service create -d --name web --replicas 3 --network mynet nginx',
  'docker run -dit --name c1 --network mynet alpine',
  'docker exec -it c1 sh',
  'wget -qO- web',
] as const;

/** Loads the three-node swarm and runs the lines above in the terminal, where the learner sees them. */
export function openReadyTraffic(store: PlaygroundStore): void {
  const s = store.getState();
  s.loadScenario('three-node');
  for (const line of READY_TRAFFIC_LINES) store.getState().runLine(line);
}

/** The first command to suggest at an empty prompt for a scenario. */
export function firstCommand(scenario: string): string {
  return scenario === 'no-swarm' ? 'docker-machine ls' : 'docker-machine ssh default';
}
