import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../scenario/builtins';
import { initialWorld } from '../scenario/load';
import { prompt } from '../shell/session';
import { applyOperation, applyOperations } from './applyOperation';
import type { Operation } from './operation';
import { startModel, type TerminalModel } from './terminalModel';

const QUESTION_END = 'Are you sure you want to continue? [y/N] ';
const type = (line: string): Operation => ({ op: 'type', tab: 0, line });
const start = (): TerminalModel => applyOperation(startModel(initialWorld(builtinScenarios['three-node']!)), type('docker-machine ssh default'));
const hasIngress = (m: TerminalModel): boolean => Object.values(m.world.networks).some((n) => n.ingress);
const tab = (m: TerminalModel) => m.tabs[0]!;

describe('a [y/N] question at the terminal', () => {
  it('waits for the next typed line: the question stays with no prompt after it, and nothing is done yet', () => {
    const before = start();
    const m = applyOperation(before, type('echo first; docker network rm ingress; echo after'));
    expect(tab(m).transcript.endsWith(`docker@default:~$ echo first; docker network rm ingress; echo after\nfirst\nWARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.\n${QUESTION_END}`)).toBe(true);
    expect(prompt(m.world, tab(m).session)).toBe('');
    expect(tab(m).running).toBeNull();
    expect(hasIngress(m)).toBe(true);
    expect(m.traces).toHaveLength(before.traces.length);
  });

  it('the rest of the line waits too: a command after the question prints nothing until the answer', () => {
    const m = applyOperation(start(), type('docker network rm ingress; nosuchcommand'));
    expect(tab(m).transcript.endsWith(QUESTION_END)).toBe(true);
    const answered = applyOperation(m, type(''));
    expect(tab(answered).transcript.endsWith(`${QUESTION_END}\n-sh: nosuchcommand: not found\n`)).toBe(true);
  });

  it('y goes on with the rest of the line, echoed after the question', () => {
    const m = applyOperations(start(), [type('echo first; docker network rm ingress; echo after'), type('y')]);
    expect(tab(m).transcript.endsWith(`${QUESTION_END}y\ningress\nafter\n`)).toBe(true);
    expect(hasIngress(m)).toBe(false);
    expect(prompt(m.world, tab(m).session)).toBe('docker@default:~$ ');
    expect(tab(m).session.lastExitCode).toBe(0);
    expect(tab(m).session.history.at(-1)).toBe('echo first; docker network rm ingress; echo after');
    expect(tab(m).session.history.filter((l) => l.includes('ingress'))).toHaveLength(1);
  });

  it('anything else, an empty line too, is no: the network stays, exit status 0 as docker/cli gives', () => {
    for (const answer of ['', 'n', 'yes', ' N ']) {
      const m = applyOperations(start(), [type('docker network rm ingress'), type(answer), type('echo $?')]);
      expect(tab(m).transcript.endsWith(`${QUESTION_END}${answer}\ndocker@default:~$ echo $?\n0\n`)).toBe(true);
      expect(hasIngress(m)).toBe(true);
    }
  });

  it('Ctrl+C at the question prints ^C after what was typed, exits 130 and does nothing', () => {
    const m = applyOperations(start(), [type('docker network rm ingress'), { op: 'interrupt', tab: 0, typed: 'y' }]);
    expect(tab(m).transcript.endsWith(`${QUESTION_END}y^C\n`)).toBe(true);
    expect(tab(m).session.lastExitCode).toBe(130);
    expect(tab(m).session.asking).toBeUndefined();
    expect(prompt(m.world, tab(m).session)).toBe('docker@default:~$ ');
    expect(hasIngress(m)).toBe(true);
  });

  it('asks each question on a line in turn, each answered by its own typed line', () => {
    const m = applyOperations(start(), [type('docker network create -d overlay spare'), type('docker network prune; docker network rm ingress'), type('y')]);
    expect(tab(m).transcript.endsWith(`${QUESTION_END}y\nDeleted Networks:\nspare\n\nWARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.\n${QUESTION_END}`)).toBe(true);
    const done = applyOperation(m, type('Y'));
    expect(tab(done).transcript.endsWith(`${QUESTION_END}Y\ningress\n`)).toBe(true);
    expect(hasIngress(done)).toBe(false);
  });

  it('piped stdin answers without waiting, as before', () => {
    const m = applyOperation(start(), type('echo y | docker network rm ingress'));
    expect(tab(m).transcript.endsWith(`${QUESTION_END}ingress\n`)).toBe(true);
    expect(tab(m).session.asking).toBeUndefined();
    expect(hasIngress(m)).toBe(false);
  });

  it('replaying the log gives the same world, transcript and session', () => {
    const m = applyOperations(start(), [type('docker network rm ingress'), { op: 'wait', ms: 5000 }, type('y'), type('docker network prune'), { op: 'interrupt', tab: 0, typed: '' }]);
    const again = applyOperations(startModel(initialWorld(builtinScenarios['three-node']!)), m.log);
    expect(again.world).toEqual(m.world);
    expect(again.tabs).toEqual(m.tabs);
  });
});
