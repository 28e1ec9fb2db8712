import { describe, expect, it } from 'vitest';
import type { HopAction, Trace } from '../sim/traffic/trace';
import { harness } from '../testing/harness';
import { walkLesson } from '../testing/walkLesson';
import type { LessonView } from './lesson';
import { lessonText } from './lessons';
import { vxlanMicroscope } from './vxlanMicroscope';

/** Where the stepper stands after the learner steps to the first `action` hop of the latest ping's echo request. */
const stepTo = (action: HopAction) => (traces: readonly Trace[]): LessonView['cursor'] => {
  const trace = traces.length - 1;
  const packet = traces[trace]!.packets.findIndex((p) => p.kind === 'icmp' && p.direction === 'request');
  return { trace, packet, hop: traces[trace]!.packets[packet]!.hops.findIndex((h) => h.action === action) };
};
const atEncap = stepTo('vxlan-encap');

describe('lesson 7: VXLAN under the microscope', () => {
  const cursors = new Map([['outer', atEncap], ['udp', atEncap], ['vni', atEncap], ['bytes', atEncap], ['esp', stepTo('esp-encrypt')]]);
  const walk = walkLesson(vxlanMicroscope, new Map(), cursors);
  const at = (id: string) => walk.find((w) => w.step.id === id)!;
  const facts = (id: string) => at(id).step.facts!(at(id).view);
  it('every check ticks when the learner runs the clicked commands and steps to the hop; answers come from the world', () => {
    expect(walk.filter((w) => !w.ticked).map((w) => w.step.id)).toEqual([]);
    expect(facts('ping').ip).toBe('10.0.1.3');
    expect(facts('outer')).toEqual({ vni: 4097, src: '192.168.99.100', dst: '192.168.99.101', innerSrc: '10.0.1.9', innerDst: '10.0.1.3', sport: expect.any(Number), before: 98, after: 148, grow: 50, port: 4789 });
    expect(at('outer').choices).toEqual(['10.0.1.3', '192.168.99.100', '192.168.99.101', '192.168.99.102']);
    expect(at('outer').answer).toBe('192.168.99.101');
    expect(at('udp').answer).toBe('4789');
    expect(at('vni').choices).toEqual(['4096', '4097', '4789']);
    expect(at('vni').answer).toBe('4097');
    expect(at('bytes').answer).toBe('50');
    expect(facts('mtu')).toEqual({ ip: '10.0.1.3', mtu: 1450, fits: 1422, over: 1423 });
    expect(at('mtu').answer).toBe('1422');
    expect(lessonText(vxlanMicroscope, 'ko', 'mtu.text', facts('mtu'))).toContain('MTU를 1450으로 잡습니다');
    expect(facts('esp')).toEqual({ ip: expect.stringMatching(/^10\.0\.2\./), mtu: 1424, spi: expect.stringMatching(/^0x[0-9a-f]{8}$/), grow: 26 });
    expect(at('esp').answer).toBe('1424');
  });
  it('the clicked pings print what the lesson says', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable vxnet\ndocker service create -d --name web --replicas 3 --network vxnet traefik/whoami\ndocker run -dit --name box --network vxnet ubuntu\ndocker exec -it box bash\napt-get update && apt-get install -y iputils-ping');
    expect(h.out('ping -c 1 -M do -s 1423 10.0.1.3')).toContain('PING 10.0.1.3 (10.0.1.3) 1423(1451) bytes of data.\nping: local error: message too long, mtu=1450\n');
    expect(h.out('ping -c 1 -M do -s 1422 10.0.1.3')).toContain('1430 bytes from 10.0.1.3: icmp_seq=1');
  });
  it('no check ticks on a world where the step was not done, nor with the stepper elsewhere', () => {
    const empty = { world: harness('three-node').world, traces: [], cursor: null };
    for (const w of walk) if (w.step.check) expect(w.step.check(empty), w.step.id).toBe(false);
    const view = at('bytes').view;
    const encap = view.cursor!;
    const check = (id: string) => vxlanMicroscope.steps.find((s) => s.id === id)!.check!;
    // One hop before the VXLAN hop, or the VXLAN hop of the reply, is not where the step asks to stand.
    expect(check('outer')({ ...view, cursor: { ...encap, hop: encap.hop - 1 } })).toBe(false);
    const reply = view.traces[encap.trace]!.packets.findIndex((p) => p.direction === 'reply');
    const replyHop = view.traces[encap.trace]!.packets[reply]!.hops.findIndex((h) => h.action === 'vxlan-encap');
    expect(check('outer')({ ...view, cursor: { trace: encap.trace, packet: reply, hop: replyHop } })).toBe(false);
    // A ping that fits in one machine never crosses: the task on default is local.
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable vxnet\ndocker service create -d --name web --replicas 3 --network vxnet traefik/whoami\ndocker run -dit --name box --network vxnet ubuntu\ndocker exec -it box bash\napt-get update && apt-get install -y iputils-ping');
    const local = (h.run('ping -c 1 -M do -s 1422 10.0.1.4'), h.last!.traces);
    expect(check('ping')({ world: h.world, traces: local, cursor: null })).toBe(false);
    expect(check('mtu')({ world: h.world, traces: local, cursor: null })).toBe(false);
    const small = (h.run('ping -c 1 10.0.1.3'), h.last!.traces);
    expect(check('mtu')({ world: h.world, traces: small, cursor: null })).toBe(false);
  });
});
