import { derived } from '../derived';
import type { WorldView } from '../view';
import type { Endpoint, Task } from '../world';

/** Endpoints and tasks indexed once per world (records are read-only, so the index lives as long as the tables). */
export interface EndpointIndex {
  readonly byNetwork: ReadonlyMap<string, readonly Endpoint[]>;
  /** `network/ip` -> endpoint. */
  readonly byAddress: ReadonlyMap<string, Endpoint>;
  /** `task:<id>`, `container:<id>`, `lb:<machine>/<network>`, `vip:<service>/<network>` -> endpoints. */
  readonly byOwner: ReadonlyMap<string, readonly Endpoint[]>;
  readonly tasksByService: ReadonlyMap<string, readonly Task[]>;
}

function ownerKeys(e: Endpoint): string[] {
  const o = e.owner;
  switch (o.kind) {
    case 'task':
      return [`task:${o.task}`];
    case 'container':
      return [`container:${o.container}`];
    case 'vip':
      return [`vip:${o.service}/${e.network}`];
    case 'lb':
      return [`lb:${o.machine}/${e.network}`];
    case 'ingress-sbox':
      return [`ingress-sbox:${o.machine}/${e.network}`];
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The index of a world's endpoints and tasks, built once per world (see derived.ts). */
export function endpointIndex(w: Pick<WorldView, 'endpoints' | 'tasks'>): EndpointIndex {
  return derived(w, 'endpoint-index', () => buildIndex(w));
}

function buildIndex(w: Pick<WorldView, 'endpoints' | 'tasks'>): EndpointIndex {
  const byNetwork = new Map<string, Endpoint[]>();
  const byAddress = new Map<string, Endpoint>();
  const byOwner = new Map<string, Endpoint[]>();
  for (const e of Object.values(w.endpoints)) {
    push(byNetwork, e.network, e);
    byAddress.set(`${e.network}/${e.ip}`, e);
    for (const k of ownerKeys(e)) push(byOwner, k, e);
  }
  const tasksByService = new Map<string, Task[]>();
  for (const t of Object.values(w.tasks)) push(tasksByService, t.service, t);
  return { byNetwork, byAddress, byOwner, tasksByService };
}
