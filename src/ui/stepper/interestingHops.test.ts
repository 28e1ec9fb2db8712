import { describe, expect, it } from 'vitest';
import type { Trace } from '../../sim/traffic/trace';
import { routingMeshTraces } from '../hop/routingMeshTrace';
import { C1_PINGS_WEB_TASK, stateAfter } from './fixtures';
import { interestingHops, nextInteresting } from './interestingHops';

const told = (trace: Trace | undefined) => {
  if (!trace) throw new Error('no trace');
  return interestingHops(trace).map(({ packet, hop }) => {
    const h = trace.packets[packet]?.hops[hop];
    return `${packet}.${hop} ${h?.action} ${h?.why.key}`;
  });
};

describe('interestingHops', () => {
  it('tells a 48-hop routing-mesh curl to a remote task in eight stops', () => {
    const trace = routingMeshTraces()[1];
    expect(trace?.packets.reduce((n, p) => n + p.hops.length, 0)).toBe(48);
    expect(told(trace)).toEqual([
      '0.2 dnat hop.ingress-dnat',
      '0.4 ipvs-schedule hop.ipvs-schedule',
      '0.5 snat hop.snat',
      '0.7 vxlan-encap hop.vxlan-encap',
      '0.9 vxlan-decap hop.vxlan-decap',
      '0.11 redirect hop.redirect',
      '0.12 deliver hop.deliver-app',
      '1.10 deliver hop.deliver-reply',
    ]);
  });

  it('stops at the DNS answer and at each delivery of a ping by name', () => {
    const s = stateAfter([...C1_PINGS_WEB_TASK.slice(0, -1), 'ping -c 1 web']);
    const stops = told(s.traces.at(-1));
    expect(stops[0]).toMatch(/ dns-answer hop\.dns-answer$/);
    expect(stops.filter((x) => x.includes(' deliver '))).toHaveLength(2);
    expect(stops.length).toBeLessThan(s.traces.at(-1)?.packets.reduce((n, p) => n + p.hops.length, 0) ?? 0);
  });

  it('always stops at a drop', () => {
    const s = stateAfter([...C1_PINGS_WEB_TASK.slice(0, -1), 'ping -c 1 10.0.1.99']);
    expect(told(s.traces.at(-1))).toEqual(['0.1 drop drop.no-neighbour']);
  });
});

describe('nextInteresting', () => {
  const stops = [{ packet: 0, hop: 2 }, { packet: 0, hop: 7 }, { packet: 1, hop: 3 }];
  it('moves to the next or previous stop, strictly', () => {
    expect(nextInteresting(stops, { packet: 0, hop: 0 }, 1)).toEqual({ packet: 0, hop: 2 });
    expect(nextInteresting(stops, { packet: 0, hop: 2 }, 1)).toEqual({ packet: 0, hop: 7 });
    expect(nextInteresting(stops, { packet: 0, hop: 9 }, 1)).toEqual({ packet: 1, hop: 3 });
    expect(nextInteresting(stops, { packet: 1, hop: 3 }, 1)).toBeNull();
    expect(nextInteresting(stops, { packet: 1, hop: 3 }, -1)).toEqual({ packet: 0, hop: 7 });
    expect(nextInteresting(stops, { packet: 0, hop: 2 }, -1)).toBeNull();
  });
});
