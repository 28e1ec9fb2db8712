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

  putNetwork(n: Network): void { this.writable('networks')[n.id] = n; }
  putEndpoint(e: Endpoint): void { this.writable('endpoints')[e.id] = e; }
  putService(s: Service): void { this.writable('services')[s.id] = s; }
  putTask(t: Task): void { this.writable('tasks')[t.id] = t; }
  putContainer(c: Container): void { this.writable('containers')[c.id] = c; }
  dropNetwork(id: string): void { delete this.writable('networks')[id]; }
  dropEndpoint(id: string): void { delete this.writable('endpoints')[id]; }
  dropService(id: string): void { delete this.writable('services')[id]; }
  dropTask(id: string): void { delete this.writable('tasks')[id]; }
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
    };
  }
}
