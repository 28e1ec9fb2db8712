import { docker } from '../docker/docker';
import type { CommandHandler } from '../types';
import { hostname } from './hostname';
import { hostTablesOf, iptables } from './iptables/iptables';
import { ip } from './ipAddr';
import { lsNetns, nsenter } from './netns/nsenter';
import { sh } from './sh';
import { sudoWith, type RootTool } from './sudo';
import { tcpdump } from './tcpdump/tcpdump';
import { uname } from './uname';

/** Node tools that check for root (`sudo` runs them as root). */
const rootTools: ReadonlyMap<string, RootTool> = new Map<string, RootTool>([
  ['iptables', (argv, ctx, root) => iptables(argv, ctx.world, root, hostTablesOf(ctx.world, ctx.frame.kind === 'laptop' ? '' : ctx.frame.machine))],
  ['tcpdump', tcpdump],
  ['ls', lsNetns],
  ['nsenter', nsenter],
]);

const asUser = (name: string): CommandHandler => (argv, ctx) => rootTools.get(name)!(argv, ctx, false);

/** Commands of a node's shell (boot2docker), by name. Node tools live in src/shell/node/. */
export const nodeCommands: Readonly<Record<string, CommandHandler>> = {
  docker,
  hostname,
  ip,
  iptables: asUser('iptables'),
  ls: asUser('ls'),
  nsenter: asUser('nsenter'),
  sh,
  sudo: sudoWith(rootTools, () => nodeCommands),
  tcpdump: asUser('tcpdump'),
  uname,
};
