import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPcapngSummary } from './readPcapngSummary';

const dir = mkdtempSync(join(tmpdir(), 'swarm-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const replay = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/replay.ts', ...args], { cwd: join(__dirname, '../..'), encoding: 'utf8' });

describe('replay command', () => {
  it('prints the transcript and the final prompt, and writes a pcapng when asked', () => {
    const script = file('ok.txt', 'docker-machine ssh default\ndocker network create -d overlay mynet\ndocker service create --name web --replicas 2 --network mynet -p 8080:80 nginx\nexit\ncurl -s http://192.168.99.100:8080 | head -4\n');
    const pcap = join(dir, 'out.pcapng');
    const r = replay('--pcap', pcap, script);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('$ curl -s http://192.168.99.100:8080 | head -4\n<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n$ \n')).toBe(true);
    const summary = readPcapngSummary(readFileSync(pcap));
    expect(summary.interfaces).toContain('laptop vboxnet0');
    expect(summary.interfaces).toContain('default eth1 (underlay)');
    expect(summary.packets).toBeGreaterThan(20);
  });
  it('takes a built-in scenario by name', () => {
    const r = replay('--scenario', 'seed-2017', file('v.txt', 'docker-machine ssh default\ndocker network ls --format "{{.Name}}"\n'));
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('docker@default:~$ docker network ls --format "{{.Name}}"\nbridge\ndocker_gwbridge\nhost\ningress\nnone\ndocker@default:~$ \n')).toBe(true);
  });
  it.each([
    ['unknown scenario', ['--scenario', 'nope', 'x.txt'], 'replay: unknown scenario nope (built-in: three-node, seed-2017, no-swarm, big-50)\n'],
    ['missing script file', [join(dir, 'missing.txt')], `replay: cannot read script ${join(dir, 'missing.txt')}\n`],
    ['no script', [], 'replay: no script given\n'],
    ['unknown option', ['--fast', 'x.txt'], 'replay: unknown option --fast\n'],
  ])('%s: one line on stderr, exit 2', (_name, args, stderr) => {
    const r = replay(...args);
    expect([r.stdout, r.stderr, r.status]).toEqual(['', stderr, 2]);
  });
  it('bad JSON scenario: one line on stderr, exit 2', () => {
    const r = replay('--scenario', file('bad.json', '{ nope'), file('s.txt', 'docker ps\n'));
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^replay: bad scenario .*bad\.json: .+\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.status).toBe(2);
  });
});
