import { describe, expect, it } from 'vitest';
import { announcement } from './announce';
import type { StepEvent } from './eventList';

const base: StepEvent = {
  cursor: { trace: 0, packet: 0, hop: 2 },
  n: 3,
  timeUs: 13,
  at: { kind: 'overlay', machine: 'default', network: 'n1', networkName: 'mynet', iface: 'vxlan0' },
  from: { kind: 'overlay', machine: 'default', network: 'n1', networkName: 'mynet', iface: 'br0' },
  action: 'vxlan-encap',
  why: { key: 'hop.vxlan-encap', params: { vni: 4097, src: '192.168.99.100', dst: '192.168.99.101' } },
  rule: '',
  direction: 'request',
  kind: 'icmp',
  outcome: 'delivered',
  networks: ['mynet'],
};

describe('announcement', () => {
  it('says the position, direction, type, place and explanation, in each language', () => {
    expect(announcement('en', base, 3, 14)).toBe(
      'Event 3 of 14, request, VXLAN encap at default · overlay:mynet · vxlan0: vxlan0 wraps the frame in VXLAN, VNI 4097, UDP from 192.168.99.100 to 192.168.99.101:4789',
    );
    expect(announcement('ko', { ...base, direction: 'reply' }, 3, 14)).toMatch(/^이벤트 3 \/ 14, 응답, default · overlay:mynet · vxlan0에서 VXLAN 캡슐화: .*4097/);
  });

  it('says where a packet was dropped', () => {
    const drop: StepEvent = { ...base, action: 'drop', at: { kind: 'host', machine: 'default-2', iface: 'eth1' }, why: { key: 'drop.node-down', params: { machine: 'default-2', dst: '10.0.1.3' } } };
    expect(announcement('en', drop, 5, 5)).toBe('Event 5 of 5: dropped at default-2 · host · eth1: default-2 is down: nobody receives the packet for 10.0.1.3');
  });
});
