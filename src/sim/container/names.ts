import type { Rng } from '../rng';

const adjectives = ['admiring', 'brave', 'clever', 'eager', 'focused', 'gallant', 'happy', 'jolly', 'keen', 'nifty', 'quirky', 'serene', 'vibrant', 'zealous'];
const scientists = ['hopper', 'lovelace', 'turing', 'curie', 'noether', 'ritchie', 'thompson', 'torvalds', 'wozniak', 'shannon', 'knuth', 'liskov', 'babbage', 'perlman'];

/** Docker-style `adjective_surname` names for containers run without --name. */
export function randomName(rng: Rng): string {
  return `${rng.pick(adjectives)}_${rng.pick(scientists)}`;
}
