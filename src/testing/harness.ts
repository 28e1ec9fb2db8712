import { builtinScenarios } from '../scenario/builtins';
import { initialWorld } from '../scenario/load';
import { replayScript, type ReplayResult } from '../scenario/replay';
import { newSession, type Session } from '../shell/session';
import { assertInvariants } from '../sim/invariantGuard';
import type { World } from '../sim/world';

/**
 * Headless playground for tests: a built-in scenario, a session (at the laptop, or already on a node),
 * and scripts replayed as typed (see src/scenario/replay.ts for the script syntax).
 *
 * @example
 *   const h = harness('three-node').onNode('default');
 *   h.run('docker network create -d overlay mynet');
 *   expect(h.run('docker network ls')).toBe(golden);
 */
export function harness(scenario = 'three-node') {
  const s = builtinScenarios[scenario];
  if (!s) throw new Error(`no scenario ${scenario}`);
  let world: World = initialWorld(s);
  assertInvariants(world, `scenario ${scenario}`);
  let session: Session = newSession();
  let last: ReplayResult | null = null;
  const h = {
    /** Puts the session on a node's shell, as after `docker-machine ssh NAME` (without the banner). */
    onNode(machine: string) {
      session = { ...session, stack: [{ kind: 'laptop' }, { kind: 'node', machine }] };
      return h;
    },
    /**
     * Replays lines; returns the transcript of just these lines (prompts and typed lines included). Fails
     * the test when the world breaks an invariant (each change is also checked as it is applied).
     */
    run(script: string): string {
      last = replayScript(world, session, script);
      assertInvariants(last.world, script.split('\n')[0] ?? '');
      world = last.world;
      session = last.session;
      return last.transcript;
    },
    /** The output only, without the echoed prompt line(s): for one command. */
    out(line: string): string {
      const t = h.run(line);
      return t.slice(t.indexOf('\n') + 1);
    },
    get world() {
      return world;
    },
    get session() {
      return session;
    },
    get last() {
      return last;
    },
  };
  return h;
}
