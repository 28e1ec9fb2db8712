import type { helpEn } from '../i18n/en/help';
import { t, type Locale } from '../i18n/t';
import { containerOf } from './container/containerOf';
import { distroOf, hasTool, optionalTools } from './container/tools';
import type { CommandContext, CommandHandler } from './types';
import { ok } from './types';

type HelpKey = keyof typeof helpEn;
/** A line of help: what to type, and what it does. */
type Row = readonly [command: string, key: HelpKey];

const LAPTOP: readonly Row[] = [
  ['docker-machine ls', 'help.laptop.ls'],
  ['docker-machine ssh NODE', 'help.laptop.ssh'],
  ['docker-machine ip NODE', 'help.laptop.ip'],
  ['docker-machine stop|start NODE', 'help.laptop.power'],
  ['ping ADDRESS', 'help.laptop.ping'],
  ['curl http://ADDRESS:PORT', 'help.laptop.curl'],
];

const NODE: readonly Row[] = [
  ['docker node ls', 'help.node.nodes'],
  ['docker network create -d overlay NET', 'help.node.network'],
  ['docker network ls, inspect NET', 'help.node.networks'],
  ['docker service create --name SVC --network NET IMAGE', 'help.node.service'],
  ['docker service ls, ps SVC', 'help.node.services'],
  ['docker run -dit --name NAME --network NET alpine', 'help.node.run'],
  ['docker ps', 'help.node.ps'],
  ['docker exec -it CONTAINER sh', 'help.node.exec'],
  ['ip addr, hostname', 'help.node.local'],
  ['docker COMMAND --help', 'help.node.more'],
];

/** Container tools: the command shown, its description, and the tool that must be present. */
const CONTAINER: readonly (readonly [command: string, key: HelpKey, tool: string])[] = [
  ['cat /etc/resolv.conf', 'help.container.resolv', 'cat'],
  ['cat /etc/hosts', 'help.container.hosts', 'cat'],
  ['hostname', 'help.container.hostname', 'hostname'],
  ['ip addr, ip route', 'help.container.ip', 'ip'],
  ['nslookup NAME', 'help.container.nslookup', 'nslookup'],
  ['dig NAME', 'help.container.dig', 'dig'],
  ['ping NAME', 'help.container.ping', 'ping'],
  ['curl http://NAME', 'help.container.curl', 'curl'],
  ['wget -qO- http://NAME', 'help.container.wget', 'wget'],
];

/** The package that brings a tool, per distribution (the names apt-get and apk know). */
const PACKAGE: Readonly<Record<'debian' | 'alpine', Readonly<Record<string, string>>>> = {
  debian: { ping: 'iputils-ping', nslookup: 'dnsutils', dig: 'dnsutils', curl: 'curl', wget: 'wget', ip: 'iproute2' },
  alpine: { nslookup: 'bind-tools', dig: 'bind-tools', curl: 'curl', wget: 'wget', ip: 'iproute2' },
};
const INSTALL = { debian: 'apt-get update && apt-get install -y PACKAGE', alpine: 'apk add PACKAGE' } as const;

const lines = (rows: readonly (readonly [string, string])[]): string[] => {
  const width = Math.max(...rows.map(([c]) => c.length)) + 2;
  return rows.map(([c, d]) => `  ${c.padEnd(width)}${d}`);
};

function containerHelp(ctx: CommandContext, locale: Locale): string[] {
  const id = containerOf(ctx);
  const c = ctx.world.containers[id];
  const distro = distroOf(ctx.world, id);
  const rows = CONTAINER.flatMap(([command, key, tool]): [string, string][] => {
    if (!optionalTools.has(tool) || hasTool(ctx.world, id, tool)) return [[command, t(locale, key)]];
    const pkg = PACKAGE[distro][tool];
    return pkg ? [[command, `${t(locale, key)} (${t(locale, 'help.container.missing', { package: pkg })})`]] : [];
  });
  return [
    t(locale, 'help.container.intro', { name: c?.name ?? id.slice(0, 12), image: c?.image ?? '', machine: c?.machine ?? '' }),
    ...lines(rows),
    t(locale, 'help.container.install', { command: INSTALL[distro] }),
    t(locale, 'help.container.exit'),
  ];
}

/** `help`: what this shell can do, in the page's language (ctx.locale, English by default). */
export const help: CommandHandler = (_argv, ctx) => {
  const locale = ctx.locale ?? 'en';
  const tr = (rows: readonly Row[]) => lines(rows.map(([c, k]) => [c, t(locale, k)]));
  const f = ctx.frame;
  const body =
    f.kind === 'laptop'
      ? [t(locale, 'help.laptop.intro'), ...tr(LAPTOP), t(locale, 'help.laptop.next')]
      : f.kind === 'node'
        ? [t(locale, 'help.node.intro', { machine: f.machine }), ...tr(NODE), t(locale, 'help.node.exit')]
        : containerHelp(ctx, locale);
  return ok(`${[...body, t(locale, 'help.common')].join('\n')}\n`);
};
