import { describe, expect, it } from 'vitest';
import { network, networkCreate, serviceCreate } from './fixtures';
import { parseArgs } from './parseArgs';

const SERVICE_USAGE = '\n\nUsage:  docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker service create --help\' for more information\n';

function flagErr(message: string) {
  return { kind: 'error', message, stderr: message + SERVICE_USAGE, exitCode: 125 };
}

describe('parseArgs', () => {
  it('parses long, short, grouped, attached and = forms', () => {
    const r = parseArgs(networkCreate, ['-d', 'overlay', '--attachable', '--subnet=10.0.9.0/24,10.0.10.0/24', '-oencrypted', '--label', 'a=b', 'mynet']);
    expect(r).toEqual({
      kind: 'ok',
      flags: expect.objectContaining({ driver: 'overlay', attachable: true, subnet: ['10.0.9.0/24', '10.0.10.0/24'], opt: { encrypted: '' }, label: ['a=b'], ipv4: true, internal: false }),
      changed: new Set(['driver', 'attachable', 'subnet', 'opt', 'label']),
      args: ['mynet'],
    });
    const s = parseArgs(serviceCreate, ['-dp8080:80', '-e', 'A=1', '-e=B=2', '--stop-grace-period', '1m30s', 'nginx']);
    expect(s.kind === 'ok' && s.flags).toEqual({ name: '', replicas: 0, publish: ['8080:80'], network: [], detach: true, env: ['A=1', 'B=2'], 'stop-grace-period': 90e9 });
  });

  it('intersperses flags for most commands but stops at the image for service create', () => {
    const n = parseArgs(networkCreate, ['mynet', '--internal']);
    expect(n.kind === 'ok' && [n.args, n.flags.internal]).toEqual([['mynet'], true]);
    const s = parseArgs(serviceCreate, ['--name', 'web', 'nginx', 'sh', '-c', 'echo --replicas 3']);
    expect(s.kind === 'ok' && [s.args, s.flags.name, s.flags.replicas]).toEqual([['nginx', 'sh', '-c', 'echo --replicas 3'], 'web', 0]);
    const d = parseArgs(networkCreate, ['--', '-weird']);
    expect(d.kind === 'ok' && d.args).toEqual(['-weird']);
  });

  it('reports pflag errors wrapped by docker/cli FlagErrorFunc (exit 125)', () => {
    expect(parseArgs(serviceCreate, ['--foo', 'nginx'])).toEqual(flagErr('unknown flag: --foo'));
    expect(parseArgs(serviceCreate, ['-dx', 'nginx'])).toEqual(flagErr("unknown shorthand flag: 'x' in -x"));
    expect(parseArgs(serviceCreate, ['--name'])).toEqual(flagErr('flag needs an argument: --name'));
    expect(parseArgs(serviceCreate, ['-p'])).toEqual(flagErr("flag needs an argument: 'p' in -p"));
    expect(parseArgs(serviceCreate, ['--replicas', 'x', 'nginx'])).toEqual(
      flagErr('invalid argument "x" for "--replicas" flag: strconv.ParseUint: parsing "x": invalid syntax'),
    );
    expect(parseArgs(serviceCreate, ['--detach=maybe', 'nginx'])).toEqual(
      flagErr('invalid argument "maybe" for "-d, --detach" flag: strconv.ParseBool: parsing "maybe": invalid syntax'),
    );
    expect(parseArgs(serviceCreate, ['--stop-grace-period=5', 'nginx'])).toEqual(
      flagErr('invalid argument "5" for "--stop-grace-period" flag: time: missing unit in duration "5"'),
    );
    expect(parseArgs(serviceCreate, ['---x'])).toEqual(flagErr('bad flag syntax: ---x'));
  });

  it('uses the 17.10 wording in legacy style', () => {
    expect(parseArgs(serviceCreate, ['--foo'], { style: 'legacy' })).toEqual({
      kind: 'error',
      message: 'unknown flag: --foo',
      stderr: "unknown flag: --foo\nSee 'docker service create --help'.\n",
      exitCode: 125,
    });
  });

  it('reports argument counts as docker/cli cli/required.go (exit 1)', () => {
    const stderr = (r: ReturnType<typeof parseArgs>) => (r.kind === 'error' ? [r.stderr, r.exitCode] : r);
    expect(stderr(parseArgs(networkCreate, []))).toEqual([
      "docker: 'docker network create' requires 1 argument\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information\n",
      1,
    ]);
    expect(stderr(parseArgs(networkCreate, ['a', 'b'], { style: 'legacy' }))).toEqual([
      '"docker network create" requires exactly 1 argument.\nSee \'docker network create --help\'.\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nCreate a network\n',
      1,
    ]);
    expect(stderr(parseArgs(serviceCreate, []))).toEqual([
      "docker: 'docker service create' requires at least 1 argument\n\nUsage:  docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker service create --help' for more information\n",
      1,
    ]);
    const ls = { ...networkCreate, path: ['network', 'ls'], use: 'ls [OPTIONS]', short: 'List networks', args: 'none' as const, flags: [] };
    expect(stderr(parseArgs(ls, ['x']))).toEqual([
      "docker: 'docker network ls' accepts no arguments\n\nUsage:  docker network ls [OPTIONS]\n\nRun 'docker network ls --help' for more information\n",
      1,
    ]);
    expect(stderr(parseArgs(ls, ['x'], { style: 'legacy' }))).toEqual([
      '"docker network ls" accepts no arguments.\nSee \'docker network ls --help\'.\n\nUsage:  docker network ls [OPTIONS]\n\nList networks\n',
      1,
    ]);
    const range = { ...ls, path: ['x', 'y'], use: 'y A [B]', args: { min: 1, max: 2 } };
    expect(stderr(parseArgs(range, ['1', '2', '3']))).toEqual([
      "docker: 'docker x y' requires at least 1 and at most 2 arguments\n\nUsage:  docker x y A [B]\n\nRun 'docker x y --help' for more information\n",
      1,
    ]);
    const max = { ...range, args: { max: 1 } };
    expect(stderr(parseArgs(max, ['1', '2']))).toEqual([
      "docker: 'docker x y' requires at most 1 argument\n\nUsage:  docker x y A [B]\n\nRun 'docker x y --help' for more information\n",
      1,
    ]);
    expect(stderr(parseArgs(network, ['foo']))).toEqual([
      "docker: unknown command: docker network foo\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n",
      1,
    ]);
  });

  it('answers --help and -h with the help text', () => {
    const long = parseArgs(networkCreate, ['--help']);
    expect(long.kind === 'help' && [long.stdout.split('\n')[0], long.stderr]).toEqual(['Usage:  docker network create [OPTIONS] NETWORK', '']);
    const short = parseArgs(networkCreate, ['-h']);
    expect(short.kind === 'help' && short.stderr).toBe('Flag shorthand -h has been deprecated, use --help\n');
    expect(parseArgs(serviceCreate, ['nginx', '--help']).kind).toBe('ok');
  });
});
