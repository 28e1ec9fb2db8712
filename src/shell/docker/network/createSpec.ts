import { parseSubnet, checkCliGateway } from '../../../sim/ipam/cidr';
import type { NetworkCreateSpec } from '../../../sim/changes';
import type { ProfileName } from '../../../sim/profile';
import { ipamErrorText } from '../ipamErrorText';
import type { ParsedCommand } from '../dockerCommand';
import { bool, list, map, str } from '../dockerCommand';
import { ownRecord } from '../../../sim/own';

/**
 * The request `docker network create` sends, after docker/cli's own checks (createIPAMConfig): every
 * --gateway and --ip-range must lie in a --subnet. Those messages print without the daemon prefix.
 */
export function networkCreateSpec(input: ParsedCommand, profile: ProfileName): NetworkCreateSpec | { cliError: string } | { driverError: string } {
  const driver = str(input.flags.driver);
  const subnets = list(input.flags.subnet);
  if (profile === '29') {
    // docker/cli 29 parses every --subnet with netip.ParsePrefix before sending anything.
    for (const s of subnets) {
      const parsed = parseSubnet(s);
      if ('key' in parsed && parsed.key === 'invalid-cidr') return { cliError: ipamErrorText(parsed, profile) };
    }
  }
  for (const [flag, kind] of [['gateway', 'gateway'], ['ip-range', 'range']] as const) {
    for (const value of list(input.flags[flag])) {
      const ip = kind === 'range' ? (value.split('/')[0] ?? '') : value;
      const inside = subnets.some((s) => {
        const parsed = parseSubnet(s);
        return !('key' in parsed) && checkCliGateway(parsed.cidr, ip) === null;
      });
      if (!inside) return { cliError: `no matching subnet for ${kind} ${value}` };
    }
  }
  if (driver !== 'overlay' && driver !== 'bridge') return { driverError: driver };
  const labels = ownRecord(
    list(input.flags.label).map((l): [string, string] => {
      const eq = l.indexOf('=');
      return eq < 0 ? [l, ''] : [l.slice(0, eq), l.slice(eq + 1)];
    }),
  );
  const subnet = subnets[0];
  const gateway = list(input.flags.gateway)[0];
  return {
    name: input.args[0] ?? '',
    driver,
    ...(subnet ? { subnet } : {}),
    ...(gateway ? { gateway } : {}),
    attachable: bool(input.flags.attachable),
    internal: bool(input.flags.internal),
    ingress: bool(input.flags.ingress),
    options: map(input.flags.opt),
    labels,
  };
}
