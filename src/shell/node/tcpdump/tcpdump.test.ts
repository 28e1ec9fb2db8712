import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';
import { commandsFor } from '../../registry';
import type { Process } from '../../types';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

/** Two containers of an attachable overlay on default and default-2, and the traces of a ping between them. */
function crossNodePing(scenario: string, ping: string) {
  const h = harness(scenario).onNode('default');
  h.run('docker network create -d overlay --attachable mynet\ndocker run -d --name ca --network mynet alpine sleep 1d');
  h.run('exit\ndocker-machine ssh default-2\ndocker run -d --name cb --network mynet alpine sleep 1d\nexit\ndocker-machine ssh default');
  h.run(`docker exec ca ${ping}`);
  return { h, traces: h.last?.traces ?? [] };
}

function start(h: ReturnType<typeof harness>, line: string): Process {
  const argv = line.split(' ');
  const out = commandsFor('node').get(argv[0] ?? '')?.(argv, { world: h.world, frame: { kind: 'node', machine: 'default' }, stdin: '', tty: true });
  if (!out?.running) throw new Error(`${line}: ${out?.stderr ?? 'no command'}`);
  return out.running;
}

/** What the terminal shows: the output until `ms`, then Ctrl+C. */
const screen = (p: Process, ms: number): string => `${p.outputUntil(ms)}${p.interrupt(ms).text}`;

describe('tcpdump on a node', () => {
  it('sees a ping typed in another terminal: VXLAN outer and inner lines, then the Ctrl+C summary (29)', () => {
    const { h, traces } = crossNodePing('three-node', 'ping -c 1 cb');
    const lines = ['sudo tcpdump -i eth1 -n udp port 4789', 'sudo tcpdump -i any -nn -e udp', 'sudo tcpdump -i eth1 -v -c 1 host 192.168.99.101', 'sudo tcpdump -i eth1 -XX -n udp port 4789', 'sudo tcpdump -i eth1 tcp port 80'];
    const t = lines.map((line) => {
      const before = start(h, line);
      const quiet = screen(before, 1000);
      const after = before.observe?.(traces, 1200);
      if (!after) throw new Error('tcpdump must observe traffic');
      return `$ ${line}\n${quiet}--- after the ping in another tab ---\n${after.outputUntil(1200)}--- later ---\n${screen(after, 4000)}`;
    });
    const text = t.join('\n');
    expect(text).toBe(golden(file('tcpdump-live-29'), text));
  });

  it('refuses without root, unknown interfaces and bad filters; 4.9 banner under 17.10', () => {
    const h = harness('seed-2017').onNode('default');
    const t = h.run('tcpdump -i eth1\nsudo tcpdump -i eth9\nsudo tcpdump -i eth1 port\nsudo tcpdump -i any -n udp port 4789\n^C');
    expect(t).toBe(golden(file('tcpdump-errors-17.10'), t));
  });
});
