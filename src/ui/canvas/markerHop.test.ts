import { describe, expect, it } from 'vitest';
import { C1_PINGS_WEB_TASK, stateAfter } from '../stepper/fixtures';
import { markerHop } from './markerHop';

describe('markerHop', () => {
  const s = stateAfter(C1_PINGS_WEB_TASK);
  const mynet = Object.values(s.world.networks).find((n) => n.name === 'mynet')?.id;
  const hops = s.traces[0]?.packets[0]?.hops ?? [];
  const at = (hop: number) => markerHop(s.world, s.traces, { trace: 0, packet: 0, hop });

  it('wraps at vxlan0, travels wrapped towards the other node, and unwraps there', () => {
    const encap = hops.findIndex((h) => h.action === 'vxlan-encap');
    const transit = hops.findIndex((h) => h.action === 'underlay-transit');
    const decap = hops.findIndex((h) => h.action === 'vxlan-decap');
    expect([encap, transit, decap].every((i) => i > 0)).toBe(true);
    const envelope = { vni: 4097, outerSrc: '192.168.99.100', outerDst: '192.168.99.101' };
    expect(at(encap - 1)).toMatchObject({ action: 'bridge-forward', at: `ns:default:${mynet}`, wrap: 'bare', vni: 0, towards: '' });
    expect(at(encap)).toMatchObject({ at: `ns:default:${mynet}`, wrap: 'wrap', ...envelope });
    expect(at(transit)).toMatchObject({ at: 'host:default', towards: 'host:default-2', wrap: 'wrapped', ...envelope });
    expect(at(decap)).toMatchObject({ at: `ns:default-2:${mynet}`, wrap: 'unwrap', ...envelope });
    expect(at(decap + 1)).toMatchObject({ wrap: 'bare', outerSrc: '' });
  });

  it('is null without a cursor or past the last hop', () => {
    expect(markerHop(s.world, s.traces, null)).toBeNull();
    expect(markerHop(s.world, s.traces, { trace: 0, packet: 0, hop: 99 })).toBeNull();
  });
});
