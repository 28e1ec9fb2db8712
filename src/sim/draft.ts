import { Rng } from './rng';
import type {
  Container, Cursors, Endpoint, Machine, Network, Service, Swarm, Task, World,
} from './world';

type Table<T> = Record<string, T>;

/**
 * A working copy of the world for applying one change. Tables are copied on first write, so a
 * change that touches nothing returns the very same world object (STYLE principle 5), and a
 * change that touches a thousand tasks copies the task table once.
 */
export class Draft {
  readonly rng: Rng;
  now: number;
  machines: readonly Machine[];
  swarm: Swarm | null;
  cursors: Cursors;
  private tables: {
    networks: Table<Network>;
    endpoints: Table<Endpoint>;
    services: Table<Service>;
    tasks: Table<Task>;
    containers: Table<Container>;
  };
  private copied = new Set<string>();
  /** Lazy indexes, kept up to date by put/drop once built. */
  private usedIps = new Map<string, Set<string>>();
  private usedIpsBuilt = false;
  private tasksByService: Map<string, Set<string>> | null = null;
  private endpointsByOwner: Map<string, Set<string>> | null = null;

  constructor(readonly base: World) {
    this.rng = new Rng(base.rng);
    this.now = base.now;
    this.machines = base.machines;
    this.swarm = base.swarm;
    this.cursors = base.cursors;
    this.tables = {
      networks: base.networks as Table<Network>,
      endpoints: base.endpoints as Table<Endpoint>,
      services: base.services as Table<Service>,
      tasks: base.tasks as Table<Task>,
      containers: base.containers as Table<Container>,
    };
  }

  get profile(): World['profile'] { return this.base.profile; }
  get networks(): Readonly<Table<Network>> { return this.tables.networks; }
  get endpoints(): Readonly<Table<Endpoint>> { return this.tables.endpoints; }
  get services(): Readonly<Table<Service>> { return this.tables.services; }
  get tasks(): Readonly<Table<Task>> { return this.tables.tasks; }
  get containers(): Readonly<Table<Container>> { return this.tables.containers; }

  private writable<K extends keyof Draft['tables']>(name: K): Draft['tables'][K] {
    if (!this.copied.has(name)) {
      this.tables[name] = { ...this.tables[name] } as Draft['tables'][K];
      this.copied.add(name);
    }
    return this.tables[name];
  }

  putNetwork(n: Network): void {
    const old = this.tables.networks[n.id];
    this.writable('networks')[n.id] = n;
    if (old?.ipam?.gateway !== n.ipam?.gateway && old?.ipam?.gateway) this.usedIps.get(n.id)?.delete(old.ipam.gateway);
  }
  putEndpoint(e: Endpoint): void {
    const old = this.tables.endpoints[e.id];
    if (old) this.unindexEndpoint(old);
    this.writable('endpoints')[e.id] = e;
    this.usedIps.get(e.network)?.add(e.ip);
    if (this.endpointsByOwner) addTo(this.endpointsByOwner, ownerKey(e), e.id);
  }
  putService(s: Service): void { this.writable('services')[s.id] = s; }
  putTask(t: Task): void {
    this.writable('tasks')[t.id] = t;
    if (this.tasksByService) addTo(this.tasksByService, t.service, t.id);
  }
  putContainer(c: Container): void { this.writable('containers')[c.id] = c; }
  dropNetwork(id: string): void {
    delete this.writable('networks')[id];
    this.usedIps.delete(id);
  }
  dropEndpoint(id: string): void {
    const old = this.tables.endpoints[id];
    if (old) this.unindexEndpoint(old);
    delete this.writable('endpoints')[id];
  }
  dropService(id: string): void { delete this.writable('services')[id]; }
  dropTask(id: string): void {
    const old = this.tables.tasks[id];
    if (old) this.tasksByService?.get(old.service)?.delete(id);
    delete this.writable('tasks')[id];
  }

  private unindexEndpoint(e: Endpoint): void {
    this.usedIps.get(e.network)?.delete(e.ip);
    this.endpointsByOwner?.get(ownerKey(e))?.delete(e.id);
  }

  /** Addresses taken on a network (gateway included); the live set, updated as endpoints come and go. */
  usedOn(networkId: string): Set<string> {
    if (!this.usedIpsBuilt) {
      // One pass over all endpoints builds every network's set.
      for (const e of Object.values(this.tables.endpoints)) {
        let set = this.usedIps.get(e.network);
        if (!set) this.usedIps.set(e.network, (set = new Set()));
        set.add(e.ip);
      }
      this.usedIpsBuilt = true;
    }
    let set = this.usedIps.get(networkId);
    if (!set) this.usedIps.set(networkId, (set = new Set()));
    const gw = this.tables.networks[networkId]?.ipam?.gateway;
    if (gw) set.add(gw);
    return set;
  }

  /** Ids of a service's tasks. */
  taskIdsOf(serviceId: string): readonly string[] {
    if (!this.tasksByService) {
      this.tasksByService = new Map();
      for (const t of Object.values(this.tables.tasks)) addTo(this.tasksByService, t.service, t.id);
    }
    return [...(this.tasksByService.get(serviceId) ?? [])];
  }

  /** Endpoints held by a task (`task:<id>`) or container (`container:<id>`). */
  endpointsOf(owner: string): Endpoint[] {
    if (!this.endpointsByOwner) {
      this.endpointsByOwner = new Map();
      for (const e of Object.values(this.tables.endpoints)) addTo(this.endpointsByOwner, ownerKey(e), e.id);
    }
    return [...(this.endpointsByOwner.get(owner) ?? [])].map((id) => this.tables.endpoints[id] as Endpoint);
  }
  dropContainer(id: string): void { delete this.writable('containers')[id]; }

  putMachine(m: Machine): void {
    this.machines = this.machines.map((x) => (x.name === m.name ? m : x));
  }

  machine(name: string): Machine | undefined {
    return this.machines.find((m) => m.name === name);
  }

  /** The new world, or the base world itself if nothing changed. */
  finish(): World {
    const b = this.base;
    const same =
      this.copied.size === 0 && this.rng.state === b.rng && this.now === b.now && this.machines === b.machines &&
      this.swarm === b.swarm && this.cursors === b.cursors;
    if (same) return b;
    return {
      profile: b.profile,
      rng: this.rng.state,
      now: this.now,
      machines: this.machines,
      swarm: this.swarm,
      networks: this.tables.networks,
      endpoints: this.tables.endpoints,
      services: this.tables.services,
      tasks: this.tables.tasks,
      containers: this.tables.containers,
      cursors: this.cursors,
      ...(b.lbCursors ? { lbCursors: b.lbCursors } : {}),
      ...(b.files ? { files: b.files } : {}),
    };
  }
}

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(id);
}

function ownerKey(e: Endpoint): string {
  const o = e.owner;
  return o.kind === 'task' ? `task:${o.task}` : o.kind === 'container' ? `container:${o.container}` : `${o.kind}:${'machine' in o ? o.machine : o.service}`;
}
