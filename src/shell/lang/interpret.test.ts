import { describe, expect, it } from 'vitest';
import type { Env } from './expand';
import { interpret, type CommandResult, type RunCallback } from './interpret';
import { parse } from './parse';
import { runTextTool } from './tools/textTools';

/** A fake machine: docker ps knows one container, every call is recorded. */
function machine(): { run: RunCallback<string>; calls: string[][] } {
  const calls: string[][] = [];
  const run: RunCallback<string> = (argv, stdin, env: Env) => {
    calls.push([...argv]);
    const line = argv.join(' ');
    if (line === 'docker ps -q -f name=web') return { stdout: '3f2a9c1b7d4e\n', stderr: '', exitCode: 0 };
    if (line === 'docker ps -q') return { stdout: '3f2a9c1b7d4e\n9a8b7c6d5e4f\n', stderr: '', exitCode: 0 };
    if (argv[0] === 'docker' && argv[1] === 'exec') return { kind: 'running', handle: `shell in ${argv[3]}` };
    if (argv[0] === 'ping') return { kind: 'running', handle: 'ping' };
    if (line === 'docker network inspect nosuch') {
      return { stdout: '[]\n', stderr: 'Error response from daemon: network nosuch not found\n', exitCode: 1 };
    }
    if (argv[0] === 'warn') return { stdout: 'out\n', stderr: 'warning\n', exitCode: 0, transcript: 'warning\nout\n' };
    if (argv[0] === 'printenv') return { stdout: `${env[argv[1] as string] ?? ''}\n`, stderr: '', exitCode: 0 };
    if (argv[0] === 'cat') return { stdout: stdin, stderr: '', exitCode: 0 };
    return runTextTool(argv, stdin) ?? ({ stdout: '', stderr: `bash: ${argv[0]}: command not found\n`, exitCode: 127 } satisfies CommandResult);
  };
  return { run, calls };
}

function sh(source: string, env: Env = {}, lastExitCode = 0) {
  const parsed = parse(source);
  if (parsed.kind !== 'ok') throw new Error(parsed.kind);
  const m = machine();
  return { ...interpret(parsed.list, { run: m.run, env, lastExitCode }), calls: m.calls };
}

describe('interpret', () => {
  it('substitutes a command and hands back a long-running exec', () => {
    const r = sh('docker exec -it $(docker ps -q -f name=web) sh');
    expect(r.calls).toEqual([
      ['docker', 'ps', '-q', '-f', 'name=web'],
      ['docker', 'exec', '-it', '3f2a9c1b7d4e', 'sh'],
    ]);
    expect(r.running).toBe('shell in 3f2a9c1b7d4e');
    expect(r.output).toBe('');
  });

  it('splits unquoted substitutions into words and keeps quoted ones whole', () => {
    expect(sh('echo x$(docker ps -q)y').output).toBe('x3f2a9c1b7d4e 9a8b7c6d5e4fy\n');
    expect(sh('echo "$(docker ps -q)"').output).toBe('3f2a9c1b7d4e\n9a8b7c6d5e4f\n');
    expect(sh('echo $EMPTY "" $EMPTY | wc -w').stdout).toBe('0\n');
    expect(sh('echo a $EMPTY b').stdout).toBe('a b\n');
  });

  it('pipes stdout into the next stdin and shows stderr in order', () => {
    expect(sh('docker ps -q | head -n 1').output).toBe('3f2a9c1b7d4e\n');
    expect(sh('docker ps -q | grep 9a | wc -l').output).toBe('1\n');
    const r = sh('docker network inspect nosuch | cat; echo done');
    expect(r.output).toBe('Error response from daemon: network nosuch not found\n[]\ndone\n');
    expect(r.stdout).toBe('[]\ndone\n');
    expect(sh('docker network inspect nosuch').output).toBe('[]\nError response from daemon: network nosuch not found\n');
    expect(sh('warn').output).toBe('warning\nout\n');
  });

  it('implements && and || with short-circuit and $?', () => {
    expect(sh('false && echo no || echo yes').output).toBe('yes\n');
    expect(sh('true || echo no && echo yes').output).toBe('yes\n');
    expect(sh('nosuch; echo $?').output).toBe('bash: nosuch: command not found\n127\n');
    expect(sh('echo $?', {}, 3).output).toBe('3\n');
    const r = sh('false | true');
    expect(r.exitCode).toBe(0);
    expect(sh('true | false').exitCode).toBe(1);
  });

  it('stops the list at a long-running command', () => {
    const r = sh('echo before; ping web; echo after');
    expect(r.output).toBe('before\n');
    expect(r.running).toBe('ping');
    expect(r.calls.map((c) => c[0])).toEqual(['echo', 'ping']);
  });

  it('treats a long-running command inside $(...) as empty output', () => {
    const r = sh('echo "[$(ping web)]"');
    expect(r.output).toBe('[]\n');
    expect(r.running).toBeUndefined();
  });

  it('keeps assignments in the env and passes prefix assignments to one command', () => {
    const r = sh('ID=$(docker ps -q -f name=web); echo $ID; X=1 printenv X; printenv X');
    expect(r.output).toBe('3f2a9c1b7d4e\n1\n\n');
    expect(r.env).toEqual({ ID: '3f2a9c1b7d4e' });
    expect(sh('X=$(false); echo $?').output).toBe('1\n');
    expect(sh('echo $HOME', { HOME: '/root' }).output).toBe('/root\n');
  });

  it('strips only trailing newlines from substitutions', () => {
    expect(sh('echo "<$(echo -e \'\\n a \\n\\n\')>"').output).toBe('<\n a >\n');
  });
});

describe('interpret: variables named like Object members', () => {
  it('keeps __proto__ and constructor as ordinary variables', () => {
    expect(sh('echo "[$constructor]" "[$toString]"').output).toBe('[] []\n');
    const r = sh('__proto__=x');
    expect(Object.hasOwn(r.env, '__proto__') && r.env['__proto__']).toBe('x');
  });
});
