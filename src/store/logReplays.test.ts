import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeHop } from '../i18n/en/hops';
import { builtinScenarios } from '../scenario/builtins';
import { parseScenario, type Scenario } from '../scenario/format';
import { tracesToPcapng } from '../sim/capture/traceToPcapng';
import type { SendRequest } from '../terminal/sendRequest';
import { createPlaygroundStore, type PlaygroundStore } from './createPlaygroundStore';
import { sessionScenario } from './sessionScenario';
import { scenarioState } from './worldSlice';

/** Lines a person might type, in the shells they reach (some fail, some keep running). */
const LINES = [
  'docker-machine ssh default',
  'docker exec -it c1 sh',
  'docker exec -it c1 sh',
  'ping web',
  'ping web',
  'ping -c 2 web',
  'wget -qO- http://web',
  'nslookup tasks.web',
  'exit',
  'docker service scale web=3',
  'curl http://192.168.99.101:8080',
  'docker ps',
  'echo a \\',
  'nosuch',
  'docker network rm ingress',
  'y',
];

type Action =
  | { readonly kind: 'type'; readonly line: string }
  | { readonly kind: 'tick'; readonly ms: number }
  | { readonly kind: 'interrupt' }
  | { readonly kind: 'open' }
  | { readonly kind: 'switch'; readonly to: number }
  | { readonly kind: 'close'; readonly to: number }
  | { readonly kind: 'send'; readonly to: string; readonly protocol: SendRequest['protocol']; readonly fromContainer: boolean }
  | { readonly kind: 'clear' };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LINES).map((line) => ({ kind: 'type', line }) as const) },
  { weight: 2, arbitrary: fc.integer({ min: 100, max: 4000 }).map((ms) => ({ kind: 'tick', ms }) as const) },
  fc.constant({ kind: 'interrupt' } as const),
  fc.constant({ kind: 'open' } as const),
  fc.constant({ kind: 'clear' } as const),
  fc.nat(3).map((to) => ({ kind: 'switch', to }) as const),
  fc.nat(3).map((to) => ({ kind: 'close', to }) as const),
  fc.record({ to: fc.constantFrom('web', 'c1', '192.168.99.101'), protocol: fc.constantFrom('icmp', 'tcp', 'udp'), fromContainer: fc.boolean() }).map((r) => ({ kind: 'send', ...r }) as const),
);

/** Does what a person would through the store's actions (the UI's only way in). */
function perform(store: PlaygroundStore, a: Action): void {
  const s = store.getState();
  const c1 = Object.values(s.world.containers).find((c) => c.name === 'c1' && c.state === 'running');
  switch (a.kind) {
    case 'type': return s.runLine(a.line);
    case 'tick': return s.tick(a.ms);
    case 'interrupt': return s.interrupt('');
    case 'open': return s.openSession();
    case 'clear': return s.clearScreen();
    case 'switch': return s.switchSession(s.sessions[a.to % s.sessions.length]!.id);
    case 'close': return s.closeSession(s.sessions[a.to % s.sessions.length]!.id);
    case 'send': return s.send({ from: a.fromContainer && c1 ? c1.id : 'laptop', to: a.to, protocol: a.protocol, port: a.protocol === 'icmp' ? 0 : 80 });
  }
}

/** three-node with an overlay, a published whoami service and an alpine c1, the first tab on node default. */
const prepared: Scenario = {
  ...builtinScenarios['three-node']!,
  commands: [
    'docker-machine ssh default',
    'docker network create -d overlay --attachable mynet',
    'docker service create -d --name web --network mynet --replicas 2 -p 8080:80 traefik/whoami',
    'docker run -dit --name c1 --network mynet alpine',
  ],
};

function preparedStore(): PlaygroundStore {
  const store = createPlaygroundStore('three-node');
  store.setState(scenarioState(prepared));
  return store;
}

const pcap = (store: PlaygroundStore) => tracesToPcapng(store.getState().traces, describeHop);

describe('the log replays to the same world', () => {
  it('any sequence of actions, replayed from its saved log, gives a byte-identical world, transcripts and pcapng', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 8, maxLength: 30 }), (actions) => {
        const store = preparedStore();
        for (const a of actions) perform(store, a);
        // What is saved: the session as a scenario file, written as text and read back.
        const saved = parseScenario(JSON.stringify(sessionScenario(store.getState())));
        if (!saved.ok) throw new Error(saved.error);
        const again = preparedStore();
        again.setState(scenarioState(saved.scenario));
        const [a, b] = [store.getState(), again.getState()];
        // Output still streaming (live time not yet logged) is not part of the saved session.
        expect(b.model.world).toEqual(a.model.world);
        expect(b.model.tabs.map((t) => [t.id, t.transcript, t.session])).toEqual(a.model.tabs.map((t) => [t.id, t.transcript, t.session]));
        expect(b.activeSession).toBe(a.activeSession);
        expect(b.cursor).toEqual(a.cursor);
        expect(pcap(again)).toEqual(pcap(store));
      }),
      { numRuns: 60, seed: 20261204 },
    );
  });
});
