import { aptSize } from './aptSize';
import type { InstallPlan } from './installPlan';

/** apt-get's (and apt's before 3.0) account of an install, up to its question. */
export function classicHead(plan: InstallPlan, version: (name: string) => string): string {
  let out = plan.have.map((p) => `${p} is already the newest version (${version(p)}).\n`).join('');
  if (plan.all.length === 0) return `${out}0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`;
  if (plan.extra.length > 0) out += `The following additional packages will be installed:\n  ${plan.extra.join(' ')}\n`;
  if (plan.suggests.length > 0) out += `Suggested packages:\n  ${plan.suggests.join(' ')}\n`;
  if (plan.recommended.length > 0) out += `Recommended packages:\n  ${plan.recommended.join(' ')}\n`;
  out += `The following NEW packages will be installed:\n  ${plan.all.join(' ')}\n`;
  out += `0 upgraded, ${plan.all.length} newly installed, 0 to remove and 0 not upgraded.\n`;
  out += `Need to get ${aptSize(plan.bytes)}B of archives.\nAfter this operation, ${aptSize(plan.usr)}B of additional disk space will be used.\n`;
  return plan.prompt ? `${out}Do you want to continue? [Y/n] \n` : out;
}
