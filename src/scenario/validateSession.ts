import { MAX_WAIT_MS } from '../terminal/applyOperation';

/** Limits on what a saved session may hold (a share link or a file can come from anyone). */
export const MAX_LOG = 20_000;
const MAX_TEXT = 100_000;
const MAX_TABS = 1_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, below: number) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < below;
const isText = (v: unknown, max = MAX_TEXT) => typeof v === 'string' && v.length <= max;

/** What is wrong with one logged operation, or null. */
function badOperation(op: unknown): string | null {
  if (!isObject(op)) return 'must be an object';
  const tab = () => (isIndex(op.tab, MAX_TABS) ? null : '.tab must be a tab number');
  switch (op.op) {
    case 'type':
      if (op.locale !== undefined && op.locale !== 'en' && op.locale !== 'ko') return '.locale must be "en" or "ko"';
      return tab() ?? (isText(op.line) ? null : '.line must be a string');
    case 'interrupt':
      return tab() ?? (isText(op.typed) ? null : '.typed must be a string');
    case 'wait':
      return typeof op.ms === 'number' && op.ms > 0 && op.ms <= MAX_WAIT_MS ? null : `.ms must be a number of milliseconds from 0 to ${MAX_WAIT_MS}`;
    case 'open':
      return null;
    case 'close':
    case 'clear':
      return tab();
    case 'list':
      return tab() ?? (isText(op.typed) && isText(op.listing) ? null : '.typed and .listing must be strings');
    case 'send': {
      const r = op.request;
      if (!isObject(r)) return '.request must be an object';
      if (!isText(r.from, 100) || !isText(r.to, 255)) return '.request.from and .request.to must be short strings';
      if (r.protocol !== 'icmp' && r.protocol !== 'tcp' && r.protocol !== 'udp') return '.request.protocol must be "icmp", "tcp" or "udp"';
      return isIndex(r.port, 65536) ? null : '.request.port must be a port number';
    }
    default:
      return `.op must be one of type, interrupt, wait, send, open, close, clear, list`;
  }
}

/** What is wrong with a scenario's `log` and `view` (version 2), in one line, or null. */
export function validateSession(value: Readonly<Record<string, unknown>>): string | null {
  if (value.log !== undefined) {
    if (!Array.isArray(value.log)) return 'scenario: "log" must be an array';
    if (value.log.length > MAX_LOG) return `scenario: "log" has more than ${MAX_LOG} operations`;
    for (const [i, op] of value.log.entries()) {
      const bad = badOperation(op);
      if (bad !== null) return `scenario: log[${i}]${bad.startsWith('.') ? bad : ` ${bad}`}`;
    }
  }
  const v = value.view;
  if (v === undefined) return null;
  if (!isObject(v)) return 'scenario: "view" must be an object';
  if (v.cursor !== undefined) {
    const c = v.cursor;
    if (!isObject(c) || !isIndex(c.trace, MAX_LOG) || !isIndex(c.packet, 1_000_000) || !isIndex(c.hop, 1_000_000)) return 'scenario: view.cursor must hold trace, packet and hop indexes';
  }
  if (v.lens !== undefined && v.lens !== 'overlay' && v.lens !== 'underlay') return 'scenario: view.lens must be "overlay" or "underlay"';
  if (v.view !== undefined && v.view !== 'map' && v.view !== 'table') return 'scenario: view.view must be "map" or "table"';
  if (v.tab !== undefined && !isIndex(v.tab, MAX_TABS)) return 'scenario: view.tab must be a tab number';
  if (v.lesson !== undefined && !isObject(v.lesson)) return 'scenario: view.lesson must be an object';
  return null;
}
