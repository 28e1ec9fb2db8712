import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/t';
import { C1_PINGS_WEB_TASK, stateAfter } from './fixtures';
import { NO_FILTERS } from '../../store/traceSlice';
import { eventList, filterChoices, filterEvents, placeLabel, stepFrom, timeLabel, type StepEvent } from './eventList';

/** c1 on default pings the web task on default-2, then fetches the service by name. */
function world() {
  return stateAfter([...C1_PINGS_WEB_TASK, 'wget -qO- web']);
}

const row = (e: StepEvent) => {
  const time = timeLabel(e.timeUs);
  return [e.n, t('en', time.key, { n: time.n }), placeLabel(e.at), e.from ? placeLabel(e.from) : '-', t('en', `action.${e.action}`), e.direction].join(' | ');
};

describe('event list', () => {
  const s = world();
  const ping = eventList(s.world, s.traces, 0);
  const wget = eventList(s.world, s.traces, 1);

  it('lists every hop of every packet with time, place, previous place, type and direction', () => {
    const c1 = 'container:' + Object.values(s.world.containers).find((c) => c.name === 'c1')?.id.slice(0, 12);
    const web1 = 'container:' + Object.values(s.world.containers).find((c) => c.machine === 'default-2')?.id.slice(0, 12);
    expect(ping.map(row).join('\n')).toBe(
      [
        `1 | 0 µs | default · ${c1} · eth0 | - | send | request`,
        `2 | 7 µs | default · overlay:mynet · br0 | default · ${c1} · eth0 | bridge | request`,
        '3 | 13 µs | default · overlay:mynet · vxlan0 | default · overlay:mynet · br0 | VXLAN encap | request',
        '4 | 263 µs | default · host · eth1 | default · overlay:mynet · vxlan0 | underlay | request',
        '5 | 269 µs | default-2 · overlay:mynet · vxlan0 | default · host · eth1 | VXLAN decap | request',
        '6 | 276 µs | default-2 · overlay:mynet · br0 | default-2 · overlay:mynet · vxlan0 | bridge | request',
        `7 | 283 µs | default-2 · ${web1} · eth0 | default-2 · overlay:mynet · br0 | deliver | request`,
        `8 | 286 µs | default-2 · ${web1} · eth0 | - | send | reply`,
        '9 | 293 µs | default-2 · overlay:mynet · br0 | default-2 · ' + web1 + ' · eth0 | bridge | reply',
        '10 | 299 µs | default-2 · overlay:mynet · vxlan0 | default-2 · overlay:mynet · br0 | VXLAN encap | reply',
        '11 | 549 µs | default-2 · host · eth1 | default-2 · overlay:mynet · vxlan0 | underlay | reply',
        '12 | 555 µs | default · overlay:mynet · vxlan0 | default-2 · host · eth1 | VXLAN decap | reply',
        '13 | 562 µs | default · overlay:mynet · br0 | default · overlay:mynet · vxlan0 | bridge | reply',
        `14 | 566 µs | default · ${c1} · eth0 | default · overlay:mynet · br0 | deliver | reply`,
      ].join('\n'),
    );
    expect(ping.map((e) => e.cursor.packet + ':' + e.cursor.hop).slice(5, 9)).toEqual(['0:5', '0:6', '1:0', '1:1']);
    expect(wget.at(-1)?.n).toBe(wget.length);
    expect(timeLabel(1292)).toEqual({ key: 'stepper.ms', n: '1.292' });
    expect(eventList(s.world, s.traces, 5)).toEqual([]);
  });

  it('knows which networks a packet is on: the overlay it crosses, the subnet of its addresses', () => {
    expect(new Set(ping.map((e) => e.networks.join(',')))).toEqual(new Set(['mynet']));
    expect(new Set(wget.map((e) => `${e.kind}:${e.networks.join(',')}`))).toEqual(new Set(['dns:mynet', 'tcp:mynet', 'http:mynet']));
    expect(filterChoices(wget)).toEqual({ protocol: ['dns', 'tcp', 'http'], network: ['mynet'], node: ['default', 'default-2'] });
  });

  it('filters by protocol, network, node and outcome', () => {
    const n = (f: Partial<typeof NO_FILTERS>) => filterEvents(wget, { ...NO_FILTERS, ...f }).map((e) => e.n);
    expect(n({})).toHaveLength(wget.length);
    expect(n({ protocol: 'dns' })).toEqual([1, 2, 3]);
    expect(n({ protocol: 'dns', network: 'mynet' })).toEqual([1, 2, 3]);
    expect(n({ network: 'ingress' })).toEqual([]);
    expect(filterEvents(wget, { ...NO_FILTERS, node: 'default-2' }).every((e) => e.at.machine === 'default-2')).toBe(true);
    expect(n({ node: 'default-2', protocol: 'tcp' })).toEqual([11, 12, 13, 14, 15, 16, 17]);
    expect(n({ outcome: 'dropped' })).toEqual([]);
    expect(n({ outcome: 'delivered' })).toHaveLength(wget.length);
  });

  it('steps through the listed events only, clamped at both ends', () => {
    const tcp = filterEvents(wget, { ...NO_FILTERS, node: 'default-2', protocol: 'tcp' });
    const at = (n: number) => wget[n - 1]?.cursor ?? null;
    expect(stepFrom(tcp, wget, at(11), 1)?.n).toBe(12);
    expect(stepFrom(tcp, wget, at(17), 1)?.n).toBe(17);
    expect(stepFrom(tcp, wget, at(11), -1)?.n).toBe(11);
    // From a hidden event: forward to the next listed one, back to the one before.
    expect(stepFrom(tcp, wget, at(1), 1)?.n).toBe(11);
    expect(stepFrom(tcp, wget, at(1), 0)?.n).toBe(11);
    expect(stepFrom(tcp, wget, at(20), -1)?.n).toBe(17);
    expect(stepFrom(tcp, wget, at(20), 2)?.n).toBe(17);
    expect(stepFrom(tcp, wget, null, 1)?.n).toBe(11);
    expect(stepFrom([], wget, at(1), 1)).toBeNull();
  });
});
