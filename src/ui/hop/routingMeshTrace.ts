import type { Hop, Trace } from '../../sim/traffic/trace';
import { createPlaygroundStore } from '../../store/createPlaygroundStore';

/** Test fixture: two curls from the laptop to a published port (the second goes to a remote task). */
export function routingMeshTraces(): readonly Trace[] {
  const s = createPlaygroundStore('three-node');
  for (const line of [
    'docker-machine ssh default',
    'docker service create -d --name web -p 8080:80 --replicas 2 traefik/whoami',
    'exit',
    'curl http://192.168.99.101:8080',
    'curl http://192.168.99.101:8080',
  ]) s.getState().runLine(line);
  return s.getState().traces;
}

/** The first hop of a trace's first packet doing `action`. */
export function firstHop(trace: Trace | undefined, action: Hop['action']): Hop {
  const hop = trace?.packets[0]?.hops.find((h) => h.action === action);
  if (!hop) throw new Error(`no ${action} hop`);
  return hop;
}
