import { isServing, servicesInOrder } from '../lookup';
import { derived } from '../derived';
import type { WorldView } from '../view';
import type { Endpoint, Network, Task } from '../world';

/** Every name and pointer record of every network, built once per world (records are read-only). */
interface RecordIndex {
  /** network id -> lower-case name -> addresses (the first rule that claims a name wins, SPEC §5 order). */
  readonly names: Map<string, Map<string, string[]>>;
  /** network id -> address -> `<container name>.<network name>`. */
  readonly pointers: Map<string, Map<string, string>>;
}

function indexOf(w: WorldView): RecordIndex {
  return derived(w, 'dns-records', () => buildIndex(w));
}

function claim(map: Map<string, Map<string, string[]>>, network: string, name: string | undefined, ips: string[]): void {
  if (!name) return;
  let names = map.get(network);
  if (!names) map.set(network, (names = new Map()));
  const key = name.toLowerCase();
  if (!names.has(key)) names.set(key, ips);
}

function buildIndex(w: WorldView): RecordIndex {
  const names = new Map<string, Map<string, string[]>>();
  const pointers = new Map<string, Map<string, string>>();
  const taskEndpoints = new Map<string, { task: Task; endpoint: Endpoint }[]>();
  const vips = new Map<string, string>();
  for (const e of Object.values(w.endpoints)) {
    if (e.owner.kind === 'vip') vips.set(`${e.owner.service}/${e.network}`, e.ip);
    if (e.owner.kind !== 'task') continue;
    const task = w.tasks[e.owner.task];
    if (!task || !isServing(w, task)) continue;
    const key = `${task.service}/${e.network}`;
    taskEndpoints.set(key, [...(taskEndpoints.get(key) ?? []), { task, endpoint: e }]);
  }
  const pointer = (network: Network, ip: string, containerName: string) => {
    let map = pointers.get(network.id);
    if (!map) pointers.set(network.id, (map = new Map()));
    if (!map.has(ip)) map.set(ip, `${containerName}.${network.name}`);
  };
  for (const s of servicesInOrder(w)) {
    for (const attachment of s.spec.networks) {
      const network = w.networks[attachment.network];
      if (!network || network.ingress) continue;
      const tasks = (taskEndpoints.get(`${s.id}/${network.id}`) ?? []).sort(
        (a, b) => (a.task.slot ?? 0) - (b.task.slot ?? 0) || (a.task.id < b.task.id ? -1 : 1),
      );
      if (tasks.length === 0) continue;
      const taskIps = tasks.map((t) => t.endpoint.ip);
      const vip = vips.get(`${s.id}/${network.id}`);
      const serviceIps = s.spec.endpointMode === 'vip' && vip ? [vip] : taskIps;
      for (const n of [s.spec.name, ...attachment.aliases]) {
        claim(names, network.id, n, serviceIps);
        claim(names, network.id, `tasks.${n}`, taskIps);
      }
      for (const { task, endpoint } of tasks) {
        const c = task.container ? w.containers[task.container] : undefined;
        for (const own of [c?.name, c?.id.slice(0, 12), s.spec.hostname ?? undefined]) claim(names, network.id, own, [endpoint.ip]);
        if (c) pointer(network, endpoint.ip, c.name);
      }
    }
  }
  for (const e of Object.values(w.endpoints)) {
    if (e.owner.kind !== 'container') continue;
    const network = w.networks[e.network];
    const c = w.containers[e.owner.container];
    if (!network || network.ingress || !c || c.state !== 'running' || c.task) continue;
    for (const own of [c.name, c.id.slice(0, 12), ...e.aliases]) claim(names, network.id, own, [e.ip]);
    pointer(network, e.ip, c.name);
  }
  return { names, pointers };
}

/**
 * The addresses a lower-case name has on one network (SPEC §5), or null if the network has no such record.
 * Ingress has no records; only serving tasks and running containers count.
 */
export function namesOn(w: WorldView, network: Network, name: string): string[] | null {
  if (network.ingress) return null;
  return indexOf(w).names.get(network.id)?.get(name) ?? null;
}

/** PTR target for an address on one network: `<container name>.<network name>`; VIPs and LB addresses have none. */
export function pointerOn(w: WorldView, network: Network, ip: string): string | null {
  if (network.ingress) return null;
  return indexOf(w).pointers.get(network.id)?.get(ip) ?? null;
}
