import { describe, expect, it } from 'vitest';
import { harness } from '../testing/harness';
import { walkLesson } from '../testing/walkLesson';
import { cursorAt } from './checks/cursorAt';
import { wayOut } from './wayOut';

const step = (id: string) => wayOut.steps.find((s) => s.id === id)!;

describe('lesson 4: the way out', () => {
  const walk = walkLesson(wayOut, new Map(), new Map([['masquerade', cursorAt('masquerade')]]));
  const at = (id: string) => walk.find((w) => w.step.id === id)!;

  it('every check ticks when the learner runs the clicked commands and steps as told; answers come from the world', () => {
    expect(walk.filter((w) => !w.ticked).map((w) => w.step.id)).toEqual([]);
    expect(at('gwbridge').choices).toEqual(['10.0.1.2', '172.18.0.1', '172.18.0.2', '172.18.0.3']);
    expect(at('gwbridge').answer).toBe('172.18.0.3');
    expect(at('gwbridge').step.facts!(at('gwbridge').view)).toEqual({ ip: '172.18.0.3', overlay: '10.0.1.2', gateway: '172.18.0.1', sbox: '172.18.0.2', node: 'default' });
    expect(at('route').choices).toEqual(['10.0.1.1', '172.18.0.1', '192.168.99.100']);
    expect(at('route').answer).toBe('172.18.0.1');
    expect(at('route').step.facts!(at('route').view)).toEqual({ gateway: '172.18.0.1', iface: 'eth1', overlayGw: '10.0.1.1' });
    expect(at('masquerade').answer).toBe('192.168.99.100');
    expect(at('masquerade').step.facts!(at('masquerade').view)).toEqual({ src: '172.18.0.3', to: '192.168.99.100', node: 'default', subnet: '172.18.0.0/16' });
    expect(at('internal').answer).toBe('route');
    expect(at('internal').step.facts!(at('internal').view)).toEqual({ ip: '10.0.2.2', subnet: '10.0.2.0/24' });
    expect(at('names').answer).toBe('SERVFAIL');
  });

  it('the commands print what the lesson says: the default route via the bridge, an unreachable network, a bad address', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable appnet\ndocker run -dit --name out --network appnet alpine\ndocker network create -d overlay --attachable --internal secret\ndocker run -dit --name locked --network secret alpine');
    h.run('docker exec -it out sh');
    expect(h.out('ip route')).toContain('default via 172.18.0.1 dev eth1');
    expect(h.out('ping -c 1 8.8.8.8')).toContain('1 packets received');
    h.run('exit\ndocker exec -it locked sh');
    expect(h.out('ip route')).toBe('10.0.2.0/24 dev eth0 proto kernel scope link src 10.0.2.2 \n');
    expect(h.out('ping -c 2 8.8.8.8')).toBe('PING 8.8.8.8 (8.8.8.8): 56 data bytes\nping: sendto: Network unreachable\n');
    expect(h.out('wget -qO- example.com')).toBe("wget: bad address 'example.com'\n");
  });

  it('no check ticks on a world where the step was not done', () => {
    const empty = { world: harness('three-node').world, traces: [], cursor: null };
    for (const w of walk) if (w.step.check) expect(w.step.check(empty), w.step.id).toBe(false);
    // `locked` on an ordinary overlay has a way out; a ping from another container is not out's; a name asked from `out` is answered.
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable appnet\ndocker network create -d overlay --attachable secret\ndocker run -dit --name out --network appnet alpine\ndocker run -dit --name locked --network secret alpine\ndocker run -dit --name other --network appnet alpine\ndocker exec -it other sh');
    const ping = (h.run('ping -c 1 8.8.8.8'), h.last!.traces);
    h.run('exit\ndocker exec -it out sh');
    const names = (h.run('wget -qO- example.com'), h.last!.traces);
    const view = { world: h.world, traces: [...ping, ...names], cursor: cursorAt('masquerade')(ping) };
    expect(step('internal').check!(view)).toBe(false);
    expect(step('ping').check!({ ...view, traces: ping })).toBe(false);
    expect(step('masquerade').check!({ ...view, traces: ping })).toBe(false);
    expect(step('names').check!({ ...view, traces: names })).toBe(false);
  });
});
