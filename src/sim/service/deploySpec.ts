/** How a service's tasks are replaced on `service update` (and on rollback): swarmkit's UpdateConfig. */
export interface UpdatePolicy {
  /** Tasks replaced at once; 0 replaces them all at once. */
  readonly parallelism: number;
  readonly delayNs: number;
  readonly monitorNs: number;
  readonly failureAction: 'pause' | 'continue' | 'rollback';
  readonly maxFailureRatio: number;
  readonly order: 'stop-first' | 'start-first';
}

export interface RestartPolicy {
  readonly condition: 'none' | 'on-failure' | 'any';
  readonly delayNs: number;
  /** 0: no limit. */
  readonly maxAttempts: number;
  /** 0: no window. */
  readonly windowNs: number;
}

export interface Resources {
  readonly nanoCpus: number;
  readonly memoryBytes: number;
}

/** The deploy settings of a service spec, as swarmkit fills them (its defaults where not given). */
export interface DeploySpec {
  readonly update: UpdatePolicy;
  readonly rollback: UpdatePolicy;
  readonly restart: RestartPolicy;
  readonly limits: Resources;
  readonly reservations: Resources;
  /** `spread=node.labels.datacenter`, in order. */
  readonly placementPrefs: readonly string[];
  readonly stopGraceNs: number;
}

/** What `service create`/`update` flags change; `placementPrefs` adds, `removePlacementPrefs` removes. */
export interface DeployPatch {
  readonly update?: Partial<UpdatePolicy>;
  readonly rollback?: Partial<UpdatePolicy>;
  readonly restart?: Partial<RestartPolicy>;
  readonly limits?: Partial<Resources>;
  readonly reservations?: Partial<Resources>;
  readonly placementPrefs?: readonly string[];
  readonly removePlacementPrefs?: readonly string[];
  readonly stopGraceNs?: number;
}

const SECOND_NS = 1_000_000_000;
const policy: UpdatePolicy = { parallelism: 1, delayNs: 0, monitorNs: 5 * SECOND_NS, failureAction: 'pause', maxFailureRatio: 0, order: 'stop-first' };

/** swarmkit's defaults (manager/defaults): update and rollback one at a time, restart any failure after 5 s. */
export const defaultDeploy: DeploySpec = {
  update: policy,
  rollback: policy,
  restart: { condition: 'any', delayNs: 5 * SECOND_NS, maxAttempts: 0, windowNs: 0 },
  limits: { nanoCpus: 0, memoryBytes: 0 },
  reservations: { nanoCpus: 0, memoryBytes: 0 },
  placementPrefs: [],
  stopGraceNs: 10 * SECOND_NS,
};

/** A deploy spec with a patch applied. */
export function patchDeploy(base: DeploySpec, p: DeployPatch | undefined): DeploySpec {
  if (!p) return base;
  const removed = new Set(p.removePlacementPrefs ?? []);
  return {
    update: { ...base.update, ...p.update },
    rollback: { ...base.rollback, ...p.rollback },
    restart: { ...base.restart, ...p.restart },
    limits: { ...base.limits, ...p.limits },
    reservations: { ...base.reservations, ...p.reservations },
    placementPrefs: [...base.placementPrefs.filter((x) => !removed.has(x)), ...(p.placementPrefs ?? [])],
    stopGraceNs: p.stopGraceNs ?? base.stopGraceNs,
  };
}
