import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../scenario/builtins';
import { initialWorld } from '../scenario/load';
import { replayLines } from '../scenario/replay';
import { newSession } from '../shell/session';
import { applyOperation } from './applyOperation';
import { sendTab } from './sendOperation';
import { sendLine, type SendRequest } from './sendRequest';
import { THINK_TIME_MS, type TerminalModel } from './terminalModel';

/** three-node with an overlay, a whoami service and alpine c1 and ubuntu u1 containers on default. */
function setup() {
  const { model } = replayLines(initialWorld(builtinScenarios['three-node']!), newSession(), [
    'docker-machine ssh default',
    'docker network create -d overlay --attachable mynet',
    'docker service create -d --name web --network mynet --replicas 2 -p 8080:80 traefik/whoami',
    'docker run -dit --name c1 --network mynet alpine',
    'docker run -dit --name u1 --network mynet ubuntu',
  ]);
  const id = (name: string) => Object.values(model.world.containers).find((c) => c.name === name)!.id;
  return { model, w: model.world, c1: id('c1'), u1: id('u1') };
}

const { model, w, c1, u1 } = setup();
const send = (m: TerminalModel, request: SendRequest) => applyOperation(m, { op: 'send', request });

describe('sendLine', () => {
  it('picks the command a learner would type, in the sender shell', () => {
    expect(sendLine(w, { from: 'laptop', to: '192.168.99.101', protocol: 'tcp', port: 8080 })).toEqual({ stack: [{ kind: 'laptop' }], line: 'curl http://192.168.99.101:8080' });
    expect(sendLine(w, { from: 'laptop', to: '192.168.99.102', protocol: 'icmp', port: 0 })?.line).toBe('ping -c 1 192.168.99.102');
    expect(sendLine(w, { from: c1, to: 'web', protocol: 'icmp', port: 0 })).toEqual({
      stack: [{ kind: 'laptop' }, { kind: 'node', machine: 'default' }, { kind: 'container', machine: 'default', container: c1 }],
      line: 'ping -c 1 web',
    });
    expect(sendLine(w, { from: c1, to: ' web ', protocol: 'tcp', port: 80 })?.line).toBe('wget -qO- http://web:80');
  });

  it('has no line for UDP, a missing tool, an unknown sender or a blank target', () => {
    expect(sendLine(w, { from: c1, to: 'web', protocol: 'udp', port: 53 })).toBeNull();
    expect(sendLine(w, { from: u1, to: 'web', protocol: 'icmp', port: 0 })).toBeNull();
    expect(sendLine(w, { from: 'nope', to: 'web', protocol: 'icmp', port: 0 })).toBeNull();
    expect(sendLine(w, { from: c1, to: '  ', protocol: 'icmp', port: 0 })).toBeNull();
  });
});

describe('send', () => {
  it('runs the line visibly in a new tab on the container shell, then reuses that tab', () => {
    const req: SendRequest = { from: c1, to: 'web', protocol: 'icmp', port: 0 };
    expect(sendTab(model, req)).toBe(1);
    const m = send(model, req);
    const tab = m.tabs[1]!;
    expect(tab.session.stack.map((f) => f.kind)).toEqual(['laptop', 'node', 'container']);
    expect(tab.transcript).toMatch(/^\/ # ping -c 1 web\nPING web \(10\.0\.1\.2\): 56 data bytes\n64 bytes from 10\.0\.1\.2: seq=0 ttl=64 time=[\d.]+ ms\n\n--- web ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n/);
    expect(m.traces.slice(model.traces.length).map((t) => [t.command, t.packets.map((p) => `${p.kind} ${p.direction}`)])).toEqual([
      ['ping -c 1 web', ['dns request', 'dns reply', 'icmp request', 'icmp reply']],
    ]);
    expect(m.world.now).toBeGreaterThan(w.now + THINK_TIME_MS - 1);
    expect(m.log.at(-1)).toEqual({ op: 'send', request: req });
    expect(sendTab(m, req)).toBe(1);
    expect(send(m, req).tabs).toHaveLength(2);
  });

  it('curls a published port from the laptop tab through the routing mesh', () => {
    const m = send(model, { from: 'laptop', to: '192.168.99.102', protocol: 'tcp', port: 8080 });
    expect(m.tabs).toHaveLength(2);
    const shown = m.tabs[1]!.transcript;
    expect(shown.split('\n').slice(0, 2)).toEqual(['$ curl http://192.168.99.102:8080', expect.stringMatching(/^Hostname: [0-9a-f]{12}$/)]);
    expect(m.traces.at(-1)!.packets[0]!.hops.map((h) => h.action)).toContain('dnat');
  });

  it('sends UDP with the engine: DNS packets first, then the datagram through the VIP, nothing on the terminal', () => {
    const m = send(model, { from: c1, to: 'web', protocol: 'udp', port: 9999 });
    expect(m.tabs.map((t) => t.transcript)).toEqual(model.tabs.map((t) => t.transcript));
    const trace = m.traces.at(-1)!;
    expect(trace.command).toBe('udp web:9999');
    expect(trace.packets.map((p) => `${p.kind} ${p.direction} ${p.outcome}`)).toEqual(['dns request delivered', 'dns reply delivered', 'udp request delivered', 'udp reply delivered']);
    expect(trace.packets[2]!.hops.map((h) => h.action)).toContain('ipvs-schedule');
    expect(m.world.lbCursors).not.toEqual(w.lbCursors);
  });

  it('pings with the engine from an image without ping', () => {
    const m = send(model, { from: u1, to: 'c1', protocol: 'icmp', port: 0 });
    expect(m.traces.at(-1)!.packets.map((p) => p.kind)).toEqual(['dns', 'dns', 'icmp', 'icmp']);
  });

  it('a send that cannot happen leaves a trace saying why: a name from the laptop, a sender that is gone', () => {
    const m = send(model, { from: 'laptop', to: 'web', protocol: 'tcp', port: 80 });
    expect(m.traces.at(-1)).toEqual({ command: 'tcp web:80', startMs: m.world.now, packets: [], problem: { key: 'send.impossible', params: { from: 'laptop', to: 'web' } } });
    expect(m.tabs.map((t) => t.transcript)).toEqual(model.tabs.map((t) => t.transcript));
    expect(send(model, { from: 'nope', to: 'web', protocol: 'icmp', port: 0 }).traces.at(-1)!.problem?.key).toBe('send.no-sender');
  });
});
