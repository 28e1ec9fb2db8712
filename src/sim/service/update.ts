import { isSimError } from '../addressing';
import type { Change, ServiceUpdate } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { findService, isLive, tasksOf } from '../lookup';
import { managerCheck } from '../swarm/managerCheck';
import type { Service, ServiceSpec } from '../world';
import { defaultDeploy, patchDeploy } from './deploySpec';
import { reconcile } from './reconcile';
import { resolveSpec } from './resolveSpec';
import { rolloutKey } from './rollout';
import { updateVips } from './updateVips';

type Update = Extract<Change, { type: 'service/update' }>;

/** `docker service update` and `docker service scale`. Replica changes scale; other changes replace every task. */
export function updateService(d: Draft, c: Update): string | SimError {
  const denied = managerCheck(d, c.on);
  if (denied) return denied;
  const service = findService(d, c.service);
  if (!service) return simError('service-not-found', { name: c.service });
  const wanted = patched(service.spec, c.update);
  if (wanted.mode.kind === 'global' && c.update.replicas !== undefined) return simError('service-not-replicated', { name: c.service });
  const spec = resolveSpec(d, wanted, service.id);
  if (isSimError(spec)) return spec;
  const next: Service = { ...service, spec, updatedAt: d.now, version: service.version + 1 };
  d.putService(next);
  if (endpointOf(spec) !== endpointOf(service.spec)) {
    const vips = updateVips(d, next);
    if (isSimError(vips)) return vips;
  }
  if (taskTemplateOf(spec) !== taskTemplateOf(service.spec) || c.update.force) {
    // The updater replaces the tasks batch by batch (see advanceRollout), the first batch now.
    const live = tasksOf(d, service.id).filter(isLive);
    const keys = [...new Set(live.map(rolloutKey))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    d.putService({ ...next, rollout: { pending: keys, nextAt: d.now } });
  }
  reconcile(d);
  return service.id;
}

/** What a task is made from: a change here replaces the tasks (the update and rollback policies do not). */
function taskTemplateOf(spec: ServiceSpec): string {
  const deploy = spec.deploy ?? defaultDeploy;
  return JSON.stringify({ ...spec, mode: null, deploy: { ...deploy, update: null, rollback: null } });
}

function endpointOf(spec: ServiceSpec): string {
  return JSON.stringify([spec.networks, spec.ports, spec.endpointMode]);
}

function patched(spec: ServiceSpec, u: ServiceUpdate): ServiceSpec {
  const removeNet = new Set(u.removeNetworks ?? []);
  const removePort = new Set(u.removePorts ?? []);
  const removeConstraint = new Set(u.removeConstraints ?? []);
  return {
    ...spec,
    image: u.image ?? spec.image,
    args: u.args ?? spec.args,
    mode: u.replicas !== undefined && spec.mode.kind === 'replicated' ? { kind: 'replicated', replicas: u.replicas } : spec.mode,
    networks: [...spec.networks.filter((n) => !removeNet.has(n.network)), ...(u.addNetworks ?? [])],
    ports: [...spec.ports.filter((p) => !removePort.has(p.target) && !removePort.has(p.published)), ...(u.addPorts ?? [])],
    endpointMode: u.endpointMode ?? spec.endpointMode,
    constraints: [...spec.constraints.filter((x) => !removeConstraint.has(x)), ...(u.addConstraints ?? [])],
    ...(u.deploy || spec.deploy ? { deploy: patchDeploy(spec.deploy ?? defaultDeploy, u.deploy) } : {}),
  };
}
