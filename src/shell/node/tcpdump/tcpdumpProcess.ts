import type { Trace } from '../../../sim/traffic/trace';
import type { Process } from '../../types';
import { matches, type CaptureFilter } from './captureFilter';
import { decodeLine } from './decodeLine';
import { hexDump } from './hexDump';
import { hopInterface } from './hopInterface';

export interface Capture {
  readonly machine: string;
  /** An interface name, or `any`. */
  readonly iface: string;
  readonly filter: CaptureFilter;
  readonly link: boolean;
  readonly verbose: boolean;
  readonly numericPorts: boolean;
  readonly hex: boolean;
  /** -c N: stop printing after N packets. */
  readonly count: number | null;
  /** tcpdump 4.99 (profile 29) prints the interface and direction on `any` (LINUX_SLL2); 4.9 does not. */
  readonly sll2: boolean;
  /** What tcpdump prints before the first packet (`listening on ...`). */
  readonly header: string;
}

interface Seen {
  /** Milliseconds after the capture started. */
  readonly atMs: number;
  readonly text: string;
}

/** `HH:MM:SS.uuuuuu` (UTC) of an instant in µs since the epoch, as tcpdump stamps each line. */
function stamp(us: number): string {
  const day = ((us % 86_400_000_000) + 86_400_000_000) % 86_400_000_000;
  const s = Math.floor(day / 1_000_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}.${String(Math.round(day % 1_000_000)).padStart(6, '0')}`;
}

/** The lines a capture prints for traces that happened `atMs` after it started. */
function sightings(c: Capture, traces: readonly Trace[], atMs: number): Seen[] {
  const first = traces[0]?.startMs ?? 0;
  const out: Seen[] = [];
  for (const t of traces) {
    for (const p of t.packets) {
      for (const hop of p.hops) {
        for (const s of hopInterface(hop)) {
          if (s.machine !== c.machine || (c.iface !== 'any' && s.iface !== c.iface) || !matches(c.filter, s.bytes)) continue;
          const prefix = c.iface === 'any' && c.sll2 ? `${s.iface.padEnd(5)} ${s.direction.padEnd(3)} ` : '';
          const line = `${stamp(t.startMs * 1000 + hop.timeUs)} ${prefix}${decodeLine(s.bytes, c)}`;
          out.push({ atMs: atMs + (t.startMs - first) + hop.timeUs / 1000, text: c.hex ? `${line}\n${hexDump(s.bytes)}\n` : `${line}\n` });
        }
      }
    }
  }
  return out.sort((a, b) => a.atMs - b.atMs);
}

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** A running tcpdump: prints what it has seen so far, learns of traffic through `observe`, sums up on Ctrl+C. */
export function tcpdumpProcess(c: Capture, seen: readonly Seen[] = []): Process {
  const shown = (ms: number): readonly Seen[] => {
    const upTo = seen.filter((s) => s.atMs <= ms);
    return c.count === null ? upTo : upTo.slice(0, c.count);
  };
  return {
    outputUntil: (ms) => c.header + shown(ms).map((s) => s.text).join(''),
    interrupt: (ms) => {
      const n = shown(ms).length;
      const received = seen.filter((s) => s.atMs <= ms).length;
      return { text: `^C\n${plural(n, 'packet')} captured\n${plural(received, 'packet')} received by filter\n0 packets dropped by kernel\n`, exitCode: 0 };
    },
    observe: (traces, atMs) => tcpdumpProcess(c, [...seen, ...sightings(c, traces, atMs)]),
  };
}
