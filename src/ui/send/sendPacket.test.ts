import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../../store/createPlaygroundStore';
import { sendLine } from './sendLine';
import { sendPacket } from './sendPacket';

/** three-node with an overlay, a whoami service and an alpine container c1 on default. */
function world() {
  const s = createPlaygroundStore('three-node');
  for (const line of [
    'docker-machine ssh default',
    'docker network create -d overlay --attachable mynet',
    'docker service create -d --name web --network mynet --replicas 2 -p 8080:80 traefik/whoami',
    'docker run -dit --name c1 --network mynet alpine',
    'docker run -dit --name u1 --network mynet ubuntu',
  ]) s.getState().runLine(line);
  const w = s.getState().world;
  const id = (name: string) => Object.values(w.containers).find((c) => c.name === name)!.id;
  return { w, c1: id('c1'), u1: id('u1') };
}

const { w, c1, u1 } = world();

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

describe('sendPacket', () => {
  it('runs the line in the container shell: the terminal shows its prompt, the line and the output', () => {
    const out = sendPacket(w, { from: c1, to: 'web', protocol: 'icmp', port: 0 })!;
    expect(out.shown).toMatch(/^\/ # ping -c 1 web\nPING web \(10\.0\.1\.2\): 56 data bytes\n64 bytes from 10\.0\.1\.2: seq=0 ttl=64 time=[\d.]+ ms\n\n--- web ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n/);
    expect(out.traces.map((t) => [t.command, t.packets.map((p) => `${p.kind} ${p.direction}`)])).toEqual([
      ['ping -c 1 web', ['dns request', 'dns reply', 'icmp request', 'icmp reply']],
    ]);
    expect(out.world.now).toBeGreaterThan(w.now);
  });

  it('curls a published port from the laptop through the routing mesh', () => {
    const out = sendPacket(w, { from: 'laptop', to: '192.168.99.102', protocol: 'tcp', port: 8080 })!;
    expect(out.shown.split('\n').slice(0, 2)).toEqual(['$ curl http://192.168.99.102:8080', expect.stringMatching(/^Hostname: [0-9a-f]{12}$/)]);
    expect(out.traces[0]!.packets[0]!.hops.map((h) => h.action)).toContain('dnat');
  });

  it('sends UDP with the engine: DNS packets first, then the datagram through the VIP, nothing on the terminal', () => {
    const out = sendPacket(w, { from: c1, to: 'web', protocol: 'udp', port: 9999 })!;
    expect(out.shown).toBe('');
    const [trace] = out.traces;
    expect(trace!.command).toBe('udp web:9999');
    expect(trace!.packets.map((p) => `${p.kind} ${p.direction} ${p.outcome}`)).toEqual(['dns request delivered', 'dns reply delivered', 'udp request delivered', 'udp reply delivered']);
    expect(trace!.packets[2]!.hops.map((h) => h.action)).toContain('ipvs-schedule');
    expect(out.world.lbCursors).not.toEqual(w.lbCursors);
  });

  it('pings with the engine from an image without ping; refuses a name from the laptop', () => {
    const out = sendPacket(w, { from: u1, to: 'c1', protocol: 'icmp', port: 0 })!;
    expect(out.shown).toBe('');
    expect(out.traces[0]!.packets.map((p) => p.kind)).toEqual(['dns', 'dns', 'icmp', 'icmp']);
    expect(sendPacket(w, { from: 'laptop', to: 'web', protocol: 'udp', port: 53 })).toBeNull();
  });
});
