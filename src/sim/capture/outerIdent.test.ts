import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { harness } from '../../testing/harness';
import type { Trace } from '../traffic/trace';
import { tracesToPcapng } from './traceToPcapng';

const hasTshark = spawnSync('tshark', ['--version']).status === 0;
const run = !hasTshark && !process.env.CI ? describe.skip : describe;

/** `ping -c 3` from a task on one node to a task on another, twice (a minute apart): the VXLAN traces. */
function pings(): Trace[][] {
  const h = harness('three-node').onNode('default');
  h.run('docker network create -d overlay mynet\ndocker service create -d --name web --replicas 3 --network mynet nginx\ndocker service create -d --name cl --constraint node.hostname==default --network mynet alpine sleep 1000');
  const w = h.world;
  const remote = Object.values(w.containers).find((c) => c.name.startsWith('web.') && c.machine !== 'default');
  const ip = Object.values(w.endpoints).find((e) => remote?.interfaces.includes(e.id) && w.networks[e.network]?.name === 'mynet')?.ip;
  const once = (): Trace[] => {
    h.run(`docker exec -it $(docker ps -q -f name=cl) sh\nping -c 3 ${ip}\nexit`);
    return h.last?.traces as Trace[];
  };
  const first = once();
  h.run('sleep 60');
  return [first, once()];
}

/** The outer (underlay) source, destination and IPv4 Identification of each VXLAN packet, once per packet. */
function outerIds(traces: readonly Trace[]): { pair: string; id: number }[] {
  const out: { pair: string; id: number }[] = [];
  for (const p of traces.flatMap((t) => t.packets)) {
    const b = p.hops.map((x) => x.after).find((x) => x.length > 50 && x[23] === 17 && ((x[36]! << 8) | x[37]!) === 4789);
    if (b) out.push({ pair: `${b.slice(26, 30).join('.')}>${b.slice(30, 34).join('.')}`, id: (b[18]! << 8) | b[19]! });
  }
  return out;
}

describe('the VXLAN outer IPv4 Identification', () => {
  const [first = [], second = []] = pings();

  it('counts up by one per packet on each pair of nodes, from a start that differs per pair', () => {
    const ids = outerIds(first);
    expect(ids).toHaveLength(6);
    const pairs = [...new Set(ids.map((x) => x.pair))];
    expect(pairs).toHaveLength(2);
    for (const pair of pairs) {
      const seq = ids.filter((x) => x.pair === pair).map((x) => x.id);
      expect(seq).toEqual([seq[0]!, (seq[0]! + 1) % 0x10000, (seq[0]! + 2) % 0x10000]);
    }
    expect(ids[0]!.id).not.toBe(ids[1]!.id);
  });

  it('is the same for the same world and commands, and has moved on a minute later', () => {
    expect(outerIds(pings()[0]!)).toEqual(outerIds(first));
    const later = outerIds(second);
    expect(later.map((x) => x.id)).not.toEqual(outerIds(first).map((x) => x.id));
  });

  run('read back by tshark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swarm-ident-'));
    const file = join(dir, 'ping.pcapng');
    writeFileSync(file, tracesToPcapng(first, (e) => e.key));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('decodes each outer header with its Identification, flags clear and a good header checksum', () => {
      const text = execFileSync('tshark', ['-r', file, '-o', 'ip.check_checksum:TRUE', '-Y', 'vxlan', '-T', 'fields', '-E', 'occurrence=f', '-e', 'ip.id', '-e', 'ip.flags', '-e', 'ip.checksum.status'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const rows = text.trim().split('\n').map((l) => l.split('\t'));
      const hex = new Set(outerIds(first).map((x) => `0x${x.id.toString(16).padStart(4, '0')}`));
      expect(rows.length).toBeGreaterThanOrEqual(6);
      for (const [id, flags, status] of rows) {
        expect(hex.has(id!)).toBe(true);
        expect(flags).toBe('0x00');
        expect(status).toBe('1');
      }
      expect(new Set(rows.map((r) => r[0]))).toEqual(hex);
    });
  });
});
