import { prefixOf } from '../../../sim/addressing';
import { servicesInOrder, taskNetworks } from '../../../sim/lookup';
import type { ProfileName } from '../../../sim/profile';
import type { PortConfig, Service, World } from '../../../sim/world';
import type { GoJsonValue } from '../../format/goJson';
import { formatRfc3339Nano } from '../../format/goTime';
import { defaultDeploy, type Resources, type UpdatePolicy } from '../../../sim/service/deploySpec';
import { specImage } from './serviceView';

/** Fields that appeared after 17.10: ContainerSpec.Init (API 1.37) and ContainerSpec.Isolation (API 1.35). */
const shapes: Readonly<Record<ProfileName, { init: boolean; isolation: boolean }>> = {
  '29': { init: true, isolation: true },
  '17.10': { init: false, isolation: false },
};

/** Whether the profile's daemon fills ContainerSpec.Init (shown by `--pretty` as `Init:`). */
export function hasInit(profile: ProfileName): boolean {
  return shapes[profile].init;
}

/** moby swarm.UpdateConfig (Delay omitted when 0). */
const updateConfig = (p: UpdatePolicy) => ({
  Parallelism: p.parallelism,
  Delay: p.delayNs || undefined,
  FailureAction: p.failureAction,
  Monitor: p.monitorNs,
  MaxFailureRatio: p.maxFailureRatio,
  Order: p.order,
});

const resources = (r: Resources) => ({ NanoCPUs: r.nanoCpus || undefined, MemoryBytes: r.memoryBytes || undefined });

/** Sub-millisecond digits for a timestamp, fixed per object so the same service always prints the same time. */
function nanosOf(id: string, salt: number): number {
  let h = salt;
  for (const c of id) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h % 1_000_000;
}

const ports = (list: readonly PortConfig[]) =>
  list.map((p) => ({ Protocol: p.protocol, TargetPort: p.target, PublishedPort: p.published, PublishMode: p.mode }));

/**
 * `docker service inspect` JSON of a service as the daemon returns it with defaults inserted
 * (moby api/types/swarm Service, swarmkit defaults), in the profile's shape.
 */
export function serviceJson(world: World, s: Service): GoJsonValue {
  const shape = shapes[world.profile];
  const spec = s.spec;
  const deploy = spec.deploy ?? defaultDeploy;
  const prefs = deploy.placementPrefs.map((p) => ({ Spread: { SpreadDescriptor: p.replace(/^spread=/, '') } }));
  const endpointSpec = { Mode: spec.endpointMode, Ports: spec.ports.length ? ports(spec.ports) : undefined };
  const vips = taskNetworks(world, s).flatMap(({ network }) => {
    const vip = Object.values(world.endpoints).find((e) => e.network === network.id && e.owner.kind === 'vip' && e.owner.service === s.id);
    return vip ? [{ NetworkID: network.id, Addr: `${vip.ip}/${prefixOf(network)}` }] : [];
  });
  const ordinal = servicesInOrder(world).findIndex((x) => x.id === s.id);
  return {
    ID: s.id,
    Version: { Index: 20 + 6 * Math.max(0, ordinal) + 3 * (s.version - 1) },
    CreatedAt: formatRfc3339Nano(s.createdAt, nanosOf(s.id, 1)),
    UpdatedAt: formatRfc3339Nano(s.version === 1 ? s.createdAt + 1 : s.updatedAt, nanosOf(s.id, s.version + 1)),
    Spec: {
      Name: spec.name,
      Labels: {},
      TaskTemplate: {
        ContainerSpec: {
          Image: specImage(spec.image),
          Args: spec.args.length ? [...spec.args] : undefined,
          Hostname: spec.hostname ?? undefined,
          Init: shape.init ? false : undefined,
          StopGracePeriod: deploy.stopGraceNs,
          DNSConfig: {},
          Isolation: shape.isolation ? 'default' : undefined,
        },
        Resources: { Limits: resources(deploy.limits), Reservations: resources(deploy.reservations) },
        RestartPolicy: { Condition: deploy.restart.condition, Delay: deploy.restart.delayNs, MaxAttempts: deploy.restart.maxAttempts, Window: deploy.restart.windowNs || undefined },
        Placement: { Constraints: spec.constraints.length ? [...spec.constraints] : undefined, Preferences: prefs.length ? prefs : undefined },
        Networks: spec.networks.length
          ? spec.networks.map((n) => ({ Target: n.network, Aliases: n.aliases.length ? [...n.aliases] : undefined }))
          : undefined,
        ForceUpdate: 0,
        Runtime: 'container',
      },
      Mode: spec.mode.kind === 'global' ? { Global: {} } : { Replicated: { Replicas: spec.mode.replicas } },
      UpdateConfig: updateConfig(deploy.update),
      RollbackConfig: updateConfig(deploy.rollback),
      EndpointSpec: endpointSpec,
    },
    Endpoint: {
      Spec: endpointSpec,
      Ports: spec.ports.length ? ports(spec.ports) : undefined,
      VirtualIPs: vips.length ? vips : undefined,
    },
  };
}
