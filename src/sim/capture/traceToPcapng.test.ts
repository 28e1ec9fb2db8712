import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { harness } from '../../testing/harness';
import type { Trace } from '../traffic/trace';
import { captureName, tracesToPcapng } from './traceToPcapng';

const hasTshark = spawnSync('tshark', ['--version']).status === 0;
const run = !hasTshark && !process.env.CI ? describe.skip : describe;

/** Several paths in one capture: DNS + VIP curl (VXLAN 4097), routing mesh (VNI 4096), egress ping. */
function capture(): { bytes: Uint8Array; traces: Trace[] } {
  const h = harness('three-node').onNode('default');
  h.run('docker network create -d overlay mynet\ndocker service create --name web --replicas 3 --network mynet -p 8080:80 traefik/whoami\ndocker service create --name ng --replicas 1 --network mynet nginx');
  const traces: Trace[] = [];
  h.run('docker exec -it $(docker ps -q -f name=ng) bash');
  h.run('curl -s web | head -1\ncurl -s web:81\nexit\nexit');
  traces.push(...(h.last?.traces as Trace[]));
  h.run('curl -s http://192.168.99.101:8080/ | head -1\ncurl -s http://192.168.99.101:8080/ | head -1');
  traces.push(...(h.last?.traces as Trace[]));
  return { bytes: tracesToPcapng(traces, (e) => `${e.key} ${JSON.stringify(e.params)}`), traces };
}

describe('capture interface names', () => {
  it('names each capture point after where it is', () => {
    expect(captureName({ kind: 'overlay', machine: 'default-2', network: 'n1', networkName: 'mynet', iface: 'vxlan0' })).toBe('default-2 vxlan0 (mynet)');
    expect(captureName({ kind: 'host', machine: 'default', iface: 'eth1' })).toBe('default eth1 (underlay)');
    expect(captureName({ kind: 'container', machine: 'default', container: '0123456789ab', iface: 'eth0' })).toBe('0123456789ab eth0');
    expect(captureName({ kind: 'lb', machine: 'default', network: 'n1', sandbox: 'lb-mynet', iface: 'eth0' })).toBe('default lb-mynet eth0');
    expect(captureName({ kind: 'ingress-sbox', machine: 'default', iface: 'eth1' })).toBe('default ingress_sbox eth1');
    expect(captureName({ kind: 'dns', machine: 'default', iface: '' })).toBe('default dns');
    expect(captureName({ kind: 'laptop', machine: 'laptop', iface: 'vboxnet0' })).toBe('laptop vboxnet0');
    expect(captureName({ kind: 'internet', machine: 'internet', iface: '' })).toBe('internet');
  });
});

run('traces exported to pcapng, read back by tshark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'swarm-trace-'));
  const file = join(dir, 'trace.pcapng');
  const { bytes, traces } = capture();
  writeFileSync(file, bytes);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tshark = (...args: string[]) =>
    execFileSync('tshark', ['-r', file, '-o', 'ip.check_checksum:TRUE', '-o', 'udp.check_checksum:TRUE', '-o', 'tcp.check_checksum:TRUE', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

  it('has one packet per hop and nothing malformed or with a bad checksum', () => {
    const hops = traces.flatMap((t) => t.packets.flatMap((p) => p.hops)).length;
    expect(tshark('-T', 'fields', '-e', 'frame.number').trim().split('\n')).toHaveLength(hops);
    expect(tshark('-V')).not.toMatch(/Malformed|Bad checksum|\[incorrect|Checksum Status: Bad|Expert Info \(Error/i);
  });
  it('shows both VNIs, the DNS answer, the IPVS rule in a comment and the interfaces', () => {
    expect(new Set(tshark('-T', 'fields', '-e', 'vxlan.vni').split('\n').filter(Boolean))).toEqual(new Set(['4097', '4096']));
    expect(tshark('-Y', 'dns.flags.response == 1', '-T', 'fields', '-e', 'dns.qry.name', '-e', 'dns.a')).toBe('web\t10.0.1.2\nweb\t10.0.1.2\n');
    // Every client-to-server segment passes IPVS: curl web (SYN, GET), web:81 (SYN), two mesh requests (SYN, GET each).
    const ipvs = tshark('-Y', 'frame.comment contains "FWM  256 rr"', '-T', 'fields', '-e', 'frame.interface_name').split('\n').filter(Boolean);
    expect(ipvs).toEqual(['default lb-mynet eth0', 'default lb-mynet eth0', 'default lb-mynet eth0', 'default-2 ingress_sbox eth1', 'default-2 ingress_sbox eth1', 'default-2 ingress_sbox eth1', 'default-2 ingress_sbox eth1']);
    const names = new Set(tshark('-T', 'fields', '-e', 'frame.interface_name').split('\n').filter(Boolean));
    expect(names).toContain('default eth1 (underlay)');
    expect(names).toContain('default-2 vxlan0 (ingress)');
    expect(names).toContain('laptop vboxnet0');
  });
});
