import { allocateFirstFree, allocateSerial } from './ipam/addressAllocator';
import { macFor } from './ipam/cidr';
import type { Draft } from './draft';
import { engineId } from './ids';
import { simError, type SimError } from './errors';
import type { Endpoint, EndpointOwner, Network } from './world';

/** Addresses in use on a network: the gateway and every endpoint's address. */
export function usedAddresses(d: Draft, networkId: string): Set<string> {
  return d.usedOn(networkId);
}

/**
 * Gives `owner` an address on `network`: swarm networks hand out addresses serially (the next free one
 * after the last given, wrapping), local bridges the first free one (SPEC §2).
 * `used` is the draft's live set of taken addresses (see Draft.usedOn).
 */
export function attach(
  d: Draft,
  network: Network,
  owner: EndpointOwner,
  aliases: readonly string[] = [],
  used: Set<string> = usedAddresses(d, network.id),
): Endpoint | SimError {
  const ipam = network.ipam;
  if (!ipam) return simError('ipam', { network: network.name });
  const current = d.networks[network.id] ?? network;
  const result =
    network.scope === 'swarm'
      ? allocateSerial({ subnet: ipam.subnet, reserved: used, cursor: current.cursor })
      : allocateFirstFree({ subnet: ipam.subnet, reserved: used });
  if ('key' in result) return { key: 'ipam', params: { network: network.name }, detail: result };
  if (network.scope === 'swarm') d.putNetwork({ ...current, cursor: result.ip });
  const endpoint: Endpoint = { id: engineId(d.rng), network: network.id, ip: result.ip, mac: macFor(result.ip), owner, aliases };
  d.putEndpoint(endpoint);
  return endpoint;
}

export function isSimError(x: unknown): x is SimError {
  return typeof x === 'object' && x !== null && 'key' in x && 'params' in x && !('ip' in x);
}

/** Frees every endpoint matching `test`. */
export function detachWhere(d: Draft, test: (e: Endpoint) => boolean): void {
  for (const e of Object.values(d.endpoints)) if (test(e)) d.dropEndpoint(e.id);
}

/** Prefix length of a network's subnet, for `10.0.0.6/24` style output. */
export function prefixOf(network: Network): number {
  return Number(network.ipam?.subnet.split('/')[1] ?? 0);
}
