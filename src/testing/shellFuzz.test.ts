import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { harness } from './harness';

const words = [
  'docker', 'network', 'service', 'node', 'swarm', 'create', 'ls', 'inspect', 'rm', 'ps', 'scale', 'update', 'run', 'exec',
  'init', 'join', 'leave', 'promote', 'demote', 'connect', 'disconnect', 'prune', 'kill', 'stop', 'start', 'logs', 'version', 'info',
  '-d', 'overlay', 'bridge', '--name', 'web', 'mynet', '--network', '--replicas', '3', '-p', '8080:80', '--mode', 'global',
  '--endpoint-mode', 'dnsrr', '--subnet', '10.9.0.0/24', '10.9.0.5/24', '--attachable', '--internal', '-f', '{{.Name}}', '{{.Nope',
  '--availability', 'drain', 'default-2', 'nginx', 'alpine', 'ubuntu', 'nosuch', '-it', 'sh', 'web=5', '--foo', '-q', '--help',
  'ping', '-c', '1', 'nslookup', 'curl', 'exit', 'docker-machine', 'ssh', 'default', 'stop', '&&', ';', '|', 'grep', "'", '"', '$(', ')', '\\',
  'apt-get', 'install', 'iputils-ping', 'ip', 'addr', 'cat', '/etc/resolv.conf', 'tasks.web', '--', '=', '',
];

describe('any typed line', () => {
  it('never throws, always prints text, and keeps the session usable', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 12 }), (lines) => {
        const h = harness('three-node').onNode('default');
        const transcript = h.run(lines.join('\n'));
        expect(typeof transcript).toBe('string');
        // After whatever came before, the shell still answers a plain command.
        h.run('^C');
        expect(h.out('echo still-here')).toBe('still-here\n');
      }),
      { numRuns: 300 },
    );
  });
});
