import { applyChange } from '../../sim/apply';
import type { Change } from '../../sim/changes';
import { findMachine } from '../../sim/lookup';
import type { World } from '../../sim/world';
import type { CommandHandler, CommandOutcome } from '../types';
import { fail, ok } from '../types';
import { machineLs } from './machineLs';
import { sshInto } from './sshInto';

const noHost = (name: string): CommandOutcome => fail(`Host does not exist: "${name}"\n`);

function power(world: World, name: string, start: boolean): CommandOutcome {
  const m = findMachine(world, name);
  if (!m) return noHost(name);
  const verb = start ? 'Starting' : 'Stopping';
  if ((m.state === 'Running') === start) return ok(`${verb} "${name}"...\nMachine "${name}" is already ${start ? 'running' : 'stopped'}.\n`);
  const change: Change = { type: start ? 'machine/start' : 'machine/stop', machine: name };
  const r = applyChange(world, change);
  if (!r.ok) return noHost(name);
  const text = start
    ? `Starting "${name}"...\n(${name}) Check network to re-create if needed...\n(${name}) Waiting for an IP...\nMachine "${name}" was started.\nWaiting for SSH to be available...\nDetecting the provisioner...\nStarted machines may have new IP addresses. You may need to re-run the \`docker-machine env\` command.\n`
    : `Stopping "${name}"...\nMachine "${name}" was stopped.\n`;
  return { ...ok(text), world: r.world, changes: [change] };
}

/** `docker-machine ls|ssh|ip|stop|start [NAME]`; NAME defaults to `default`, as docker-machine does. */
export const dockerMachine: CommandHandler = (argv, ctx) => {
  const [, sub = '', name = 'default'] = argv;
  const world = ctx.world;
  switch (sub) {
    case 'ls':
      return ok(machineLs(world));
    case 'ssh': {
      const remote = argv.slice(3).join(' ');
      const entered = sshInto(world, name, `Host does not exist: "${name}"\n`, 1);
      if (remote === '' || !entered.enter) return entered;
      // sshd runs the command with the user's shell as `sh -c` (not a login shell): `sh: foo: not found`.
      const shell = entered.enter.kind === 'node' ? { ...entered.enter, argv0: 'sh' } : entered.enter;
      return { ...ok(''), runIn: { frame: shell, line: remote } };
    }
    case 'ip': {
      const m = findMachine(world, name);
      if (!m) return noHost(name);
      return m.state === 'Running' ? ok(`${m.ip}\n`) : fail(`Host is not running\n`);
    }
    case 'stop':
    case 'start':
      return power(world, name, sub === 'start');
    case '':
      return ok('Usage: docker-machine [OPTIONS] COMMAND [arg...]\n\nCommands here: ls, ssh, ip, start, stop\n');
    default:
      return fail(`docker-machine: '${sub}' is not a docker-machine command. See 'docker-machine --help'.\n`);
  }
};
