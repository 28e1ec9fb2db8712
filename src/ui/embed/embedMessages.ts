import { validateScenario } from '../../scenario/format';
import type { PlaygroundStore } from '../../store/createPlaygroundStore';
import { builtinScenario } from '../../store/worldSlice';
import { openAtStep } from '../session/startSession';
import { eventList } from '../stepper/eventList';

/** Every message of the embed API starts its `type` with this. */
export const PREFIX = 'swarm-playground:';

/**
 * Messages a host page may send (its origin must be the embed's `origin` option):
 * - `{ type: 'swarm-playground:run', line: 'docker ps' }` types a line in the active terminal tab;
 * - `{ type: 'swarm-playground:step', to: 7 | 'next' | 'prev' }` moves the stepper (1-based hop);
 * - `{ type: 'swarm-playground:load', scenario: 'seed-2017' | { …scenario file… } }` loads a scenario.
 * Events the embed sends to the host: `ready`, `step` ({ step, total, command }), `command` ({ line, output }),
 * `lesson-check` ({ lesson, check }), and `error` ({ error }) for a message it refused.
 */
export type HostMessage =
  | { readonly type: `${typeof PREFIX}run`; readonly line: string }
  | { readonly type: `${typeof PREFIX}step`; readonly to: number | 'next' | 'prev' }
  | { readonly type: `${typeof PREFIX}load`; readonly scenario: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stepper's position as a 1-based hop of the open trace, and how many there are. */
export function stepOf(store: PlaygroundStore): { readonly step: number; readonly total: number; readonly command: string } | null {
  const s = store.getState();
  const c = s.cursor;
  if (!c) return null;
  const events = eventList(s.world, s.traces, c.trace);
  const i = events.findIndex((e) => e.cursor.packet === c.packet && e.cursor.hop === c.hop);
  return { step: i + 1, total: events.length, command: s.traces[c.trace]?.command ?? '' };
}

/**
 * Carries out one message from the host page; anything that is not a well-formed message of this API is
 * refused with a one-line reason and changes nothing. `readonly` embeds refuse `run`.
 */
export function handleHostMessage(store: PlaygroundStore, data: unknown, readonly: boolean): { ok: true } | { ok: false; error: string } {
  if (!isObject(data) || typeof data.type !== 'string' || !data.type.startsWith(PREFIX)) return { ok: false, error: 'not a swarm-playground message' };
  const s = store.getState();
  switch (data.type.slice(PREFIX.length)) {
    case 'run': {
      if (readonly) return { ok: false, error: 'run: this embed is read-only' };
      if (typeof data.line !== 'string' || data.line.length > 10_000 || /[\r\n]/.test(data.line)) return { ok: false, error: 'run: "line" must be one line of text' };
      if (s.running) return { ok: false, error: 'run: a command is still running (send nothing, or step)' };
      s.runLine(data.line);
      return { ok: true };
    }
    case 'step': {
      const to = data.to;
      const at = stepOf(store);
      if (!at) return { ok: false, error: 'step: there is no trace to step through' };
      const n = to === 'next' ? at.step + 1 : to === 'prev' ? at.step - 1 : to;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > at.total) return { ok: false, error: `step: "to" must be next, prev or a hop from 1 to ${at.total}` };
      openAtStep(store, n);
      return { ok: true };
    }
    case 'load': {
      if (typeof data.scenario === 'string') {
        const builtin = builtinScenario(data.scenario);
        if (!builtin) return { ok: false, error: `load: no built-in scenario called ${JSON.stringify(data.scenario.slice(0, 60))}` };
        s.loadScenario(data.scenario);
        return { ok: true };
      }
      const r = validateScenario(data.scenario);
      if (!r.ok) return { ok: false, error: `load: ${r.error}` };
      s.openScenario(r.scenario);
      return { ok: true };
    }
    default:
      return { ok: false, error: `unknown message type ${JSON.stringify(data.type.slice(0, 60))}` };
  }
}
