import type { Rng } from './rng';

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';

function draw(rng: Rng, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[rng.int(alphabet.length)];
  return out;
}

/** Swarm object ids (nodes, services, tasks, swarm networks): 25 lowercase base-36 characters. */
export function swarmId(rng: Rng): string {
  return draw(rng, BASE36, 25);
}

/** Engine object ids (containers, local networks, endpoints): 64 hex characters. */
export function engineId(rng: Rng): string {
  return draw(rng, HEX, 64);
}

/** Short hex strings (network peer names: 12 hex). */
export function hexId(rng: Rng, length: number): string {
  return draw(rng, HEX, length);
}

/** Join tokens: SWMTKN-1-<50 base-36>-<25 base-36>. */
export function joinToken(rng: Rng, clusterPart: string): string {
  return `SWMTKN-1-${clusterPart}-${draw(rng, BASE36, 25)}`;
}

export function clusterSecret(rng: Rng): string {
  return draw(rng, BASE36, 50);
}
