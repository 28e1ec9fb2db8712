import { applyChange } from '../../../sim/apply';
import type { Change } from '../../../sim/changes';
import { tcpExchange } from '../../../sim/traffic/exchange';
import type { Plan } from '../../../sim/traffic/plan';
import type { PacketTrace, Trace } from '../../../sim/traffic/trace';
import type { World } from '../../../sim/world';
import { appBody, requestText, responseText, type HttpRequest } from './httpApps';

export interface Fetched {
  readonly plan: Plan;
  /** The body as the terminal shows it (CRLF shown as line ends). */
  readonly body: string;
  /** False when the server closed the connection without answering (curl's "Empty reply from server"). */
  readonly replied: boolean;
  /** The status line and response headers, one per line. */
  readonly head: readonly string[];
  readonly trace: Trace;
  /** The world with the IPVS positions moved on, when a balancer picked a server. */
  readonly world?: World;
  readonly changes?: readonly Change[];
}

const utf8 = new TextEncoder();

/** One HTTP GET over a decided plan: the TCP packets, the application's answer, the IPVS state to keep. */
export function httpFetch(world: World, plan: Plan, o: { dst: string; dstPort: number; srcPort: number; request: HttpRequest; command: string; before: readonly PacketTrace[]; startUs?: number; headOnly?: boolean }): Fetched {
  const remote = `${plan.seenFrom}:${o.srcPort}`;
  const body = plan.verdict === 'answered' ? appBody(world, plan.server, remote, o.request) : '';
  const full = plan.verdict === 'answered' ? responseText(world, plan.server, body, o.request.path) : responseText(world, plan.server, body);
  const split = full.indexOf('\r\n\r\n');
  const head = split === -1 ? [] : full.slice(0, split).split('\r\n');
  // A HEAD request: the same headers (Content-Length of the whole body), no body.
  const response = o.headOnly && split !== -1 ? full.slice(0, split + 4) : full;
  const x = tcpExchange(plan, {
    dst: o.dst,
    srcPort: o.srcPort,
    dstPort: o.dstPort,
    request: utf8.encode(requestText(o.request)),
    response: utf8.encode(response),
  }, o.before.length + 1, o.startUs ?? 0);
  const trace: Trace = { command: o.command, startMs: world.now, packets: [...o.before, ...x.packets] };
  const shown = (o.headOnly ? '' : body).replace(/\r\n/g, '\n');
  const replied = response !== '';
  if (Object.keys(plan.cursors).length === 0) return { plan, body: shown, replied, head, trace };
  const change: Change = { type: 'traffic/record', lbCursors: plan.cursors };
  const r = applyChange(world, change);
  return r.ok ? { plan, body: shown, replied, head, trace, world: r.world, changes: [change] } : { plan, body: shown, replied, head, trace };
}

/** An ephemeral client port (32768-60999) from the clock and the client. */
export function ephemeralPort(world: World, salt: string): number {
  let h = (world.now ^ world.rng) >>> 0;
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 0x01000193) >>> 0;
  return 32768 + (h % (60999 - 32768 + 1));
}
