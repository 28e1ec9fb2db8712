import { columns } from '../../files/columns';
import { aptSize } from './aptSize';
import type { InstallPlan } from './installPlan';

/** Free space on a node's disk as apt 3.0 reports it (a docker-machine VM's 20 GB disk, mostly free). */
const AVAILABLE = '17.6 GB';

/** A titled list in columns, filled top to bottom like ls, indented two spaces on an 80-column terminal. */
const section = (title: string, names: readonly string[]) =>
  names.length === 0 ? '' : `${title}:\n${columns(names, false, 78).replace(/^(?=.)/gm, '  ')}\n`;

/** apt 3.0's account of an install (the `apt` command; apt-get keeps the classic one), up to its question. */
export function summaryHead(plan: InstallPlan, version: (name: string) => string): string {
  const have = plan.have.map((p) => `${p} is already the newest version (${version(p)}).\n`).join('');
  const counts = `Summary:\n  Upgrading: 0, Installing: ${plan.all.length}, Removing: 0, Not Upgrading: 0\n`;
  if (plan.all.length === 0) return have + counts;
  const lists = section('Installing', plan.asked) + section('Installing dependencies', plan.extra) + section('Suggested packages', plan.suggests) + section('Recommended packages', plan.recommended);
  const sizes = `  Download size: ${aptSize(plan.bytes)}B\n  Space needed: ${aptSize(plan.usr)}B / ${AVAILABLE} available\n\n`;
  return `${have}${lists}${counts}${sizes}${plan.prompt ? 'Continue? [Y/n] \n' : ''}`;
}
