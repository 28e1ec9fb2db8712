const left = ['admiring', 'brave', 'clever', 'dreamy', 'eager', 'focused', 'gifted', 'happy', 'jolly', 'keen', 'loving', 'modest', 'nifty', 'quirky', 'sharp', 'trusting'];
const right = ['albattani', 'bohr', 'curie', 'darwin', 'euler', 'fermi', 'gauss', 'hopper', 'kepler', 'lovelace', 'meitner', 'newton', 'pasteur', 'ritchie', 'turing', 'wozniak'];

/**
 * A name like swarmkit gives a service created without --name (`quirky_hopper`), from the seeded
 * generator's state so the same session gives the same name.
 */
export function generatedName(rngState: number): string {
  const h = Math.abs(Math.imul(rngState | 0, 0x9e3779b1));
  return `${left[h % left.length]}_${right[(h >>> 8) % right.length]}`;
}
