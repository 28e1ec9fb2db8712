import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeFrame } from '../packet/frame';
import { SAMPLE_EPOCH_NS, sampleFrames } from '../packet/sampleFrames';
import { writePcapng } from './pcapng';

// CI installs tshark; elsewhere the check is skipped when it is missing.
const hasTshark = spawnSync('tshark', ['--version']).status === 0;
const run = !hasTshark && !process.env.CI ? describe.skip : describe;

run('pcapng export read back by tshark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'swarm-pcapng-'));
  const file = join(dir, 'sample.pcapng');
  const samples = sampleFrames();
  writeFileSync(file, writePcapng({
    interfaces: [{ name: 'eth0', description: 'node1 underlay 192.168.99.100' }, { name: 'web.1 eth0' }],
    packets: samples.map((s, i) => ({
      interface: 'encap' in s.frame ? 0 : 1,
      timestampNs: SAMPLE_EPOCH_NS + BigInt(i) * 250_000n,
      bytes: encodeFrame(s.frame),
      comment: s.comment,
    })),
  }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tshark = (...args: string[]) =>
    execFileSync('tshark', ['-r', file, '-o', 'ip.check_checksum:TRUE', '-o', 'udp.check_checksum:TRUE', '-o', 'tcp.check_checksum:TRUE', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });

  it('dissects every frame without malformed packets or bad checksums', () => {
    const text = tshark('-V');
    expect(text).not.toMatch(/Malformed|Bad checksum|\[incorrect|Checksum Status: Bad|Expert Info \(Error/i);
    expect(text.match(/\[Checksum Status: Good\]/g)).toHaveLength(10);
    expect(text).toContain('VXLAN Network Identifier (VNI): 4097');
    expect(text).toContain('Timestamp from icmp data: Nov 14, 2023 22:13:20');
    expect(text).toContain('MTU of next hop: 1450');
  });

  it('shows interface names, comments, VNI, DNS answer, TCP flags, HTTP and ESP fields', () => {
    const fields = ['frame.number', 'frame.interface_name', 'frame.comment', 'frame.time_epoch', 'udp.srcport', 'vxlan.vni',
      'dns.qry.name', 'dns.a', 'dns.resp.ttl', 'tcp.flags', 'tcp.options.mss_val', 'http.request.uri', 'esp.spi', 'esp.sequence', 'icmp.type'];
    const table = tshark('-T', 'fields', '-E', 'separator=|', ...fields.flatMap((f) => ['-e', f]));
    expect(table).toBe([
      '1|eth0|ping 10.0.1.4, VXLAN VNI 4097 node1 -> node2|1700000000.123456789|32926|4097|||||||||8',
      '2|web.1 eth0|ping 10.0.1.4 inside the overlay|1700000000.123706789|||||||||||8',
      '3|web.1 eth0|DNS query web A to 127.0.0.11|1700000000.123956789|51234||web||||||||',
      '4|web.1 eth0|DNS answer web -> 10.0.1.2|1700000000.124206789|53||web|10.0.1.2|600||||||',
      '5|web.1 eth0|TCP SYN|1700000000.124456789||||||0x0002|1410||||',
      '6|web.1 eth0|TCP SYN-ACK|1700000000.124706789||||||0x0012|1410||||',
      '7|web.1 eth0|TCP ACK|1700000000.124956789||||||0x0010|||||',
      '8|web.1 eth0|HTTP GET /|1700000000.125206789||||||0x0018||/|||',
      '9|eth0|ping on an encrypted overlay: ESP node1 -> node2|1700000000.125456789|||||||||0x8a3c51d2|1|',
      '10|web.1 eth0|ping -s 1472: fragmentation needed, MTU 1450|1700000000.125706789|||||||||||3,8',
      '',
    ].join('\n'));
  });

  it('reads the interface description', () => {
    expect(tshark('-c', '1', '-T', 'fields', '-e', 'frame.interface_description')).toBe('node1 underlay 192.168.99.100\n');
  });
});
