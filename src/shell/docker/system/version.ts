import { profiles } from '../../../sim/profile';
import { ok } from '../../types';
import { cliStyleOf } from '../cliStyle';
import { str, type DockerCommand } from '../dockerCommand';
import { templateOutput } from './templateOutput';
import { versionData } from './versionData';
import { engineDetails } from './engineDetails';

/** Modern docker/cli writes `docker version` through a tabwriter with minimum width 20 and padding 1. */
const row = (indent: string, label: string, value: string): string => `${`${indent}${label}:`.padEnd(19)} ${value}`;

/** `docker version`: Client and Server blocks as docker/cli prints them for the profile's engine. */
export const version: DockerCommand = {
  spec: {
    path: ['version'],
    use: 'version [OPTIONS]',
    short: 'Show the Docker version information',
    args: 'none',
    flags: [{ name: 'format', shorthand: 'f', type: 'string', usage: 'Format output using a custom template' }],
  },
  run: (input, ctx) => {
    const p = profiles[ctx.world.profile];
    const d = engineDetails[p.name];
    const format = str(input.flags.format);
    if (format) return templateOutput(format, versionData(p.name), 'version', cliStyleOf(p.name));
    if (cliStyleOf(p.name) === 'legacy') {
      // 17.10's template aligns with literal spaces.
      return ok(
        `Client:\n Version:      ${p.engineVersion}\n API version:  ${p.apiVersion}\n Go version:   ${p.goVersion}\n Git commit:   ${p.gitCommit}\n Built:        ${d.clientBuilt}\n OS/Arch:      linux/amd64\n\n` +
          `Server:\n Version:      ${p.engineVersion}\n API version:  ${p.apiVersion} (minimum version ${d.minApiVersion})\n Go version:   ${p.goVersion}\n Git commit:   ${p.gitCommit}\n Built:        ${d.serverBuilt}\n OS/Arch:      linux/amd64\n Experimental: false\n`,
      );
    }
    const lines = [
      'Client:',
      row(' ', 'Version', p.engineVersion),
      row(' ', 'API version', p.apiVersion),
      row(' ', 'Go version', p.goVersion),
      row(' ', 'Git commit', p.gitCommit),
      row(' ', 'Built', d.clientBuilt),
      row(' ', 'OS/Arch', 'linux/amd64'),
      row(' ', 'Context', 'default'),
      '',
      'Server:',
      ' Engine:',
      row('  ', 'Version', p.engineVersion),
      row('  ', 'API version', `${p.apiVersion} (minimum version ${d.minApiVersion})`),
      row('  ', 'Go version', p.goVersion),
      row('  ', 'Git commit', p.gitCommit),
      row('  ', 'Built', d.serverBuilt),
      row('  ', 'OS/Arch', 'linux/amd64'),
      row('  ', 'Experimental', 'false'),
      ' containerd:',
      row('  ', 'Version', d.containerd.version),
      row('  ', 'GitCommit', d.containerd.commit),
      ' runc:',
      row('  ', 'Version', d.runc.version),
      row('  ', 'GitCommit', d.runc.commit),
      ' docker-init:',
      row('  ', 'Version', d.init.version),
      row('  ', 'GitCommit', d.init.commit),
    ];
    return ok(lines.join('\n') + '\n');
  },
};
