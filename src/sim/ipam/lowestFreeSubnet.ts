import { blocksOverlap, blockSize, blockToCidr, toBlock, type Block } from './ipv4Int';

/** A base pool cut into blocks of `/size`, as in Docker's `NetworkToSplit`. */
export interface PoolSplit {
  readonly base: string;
  readonly size: number;
}

/**
 * Like libnetwork's predefined pools: sorted by base address, and a pool overlapping an earlier
 * (larger or equal) one is dropped.
 */
function orderedPools(pools: readonly PoolSplit[]): { base: Block; size: number }[] {
  const sorted = pools
    .map((p) => ({ base: toBlock(p.base), size: p.size }))
    .sort((a, b) => a.base.first - b.base.first || a.base.prefix - b.base.prefix);
  const kept: { base: Block; size: number }[] = [];
  for (const p of sorted) {
    const last = kept[kept.length - 1];
    if (!last || !blocksOverlap(last.base, p.base)) kept.push(p);
  }
  return kept;
}

/**
 * The lowest `/size` block of the pools that overlaps none of `used`, or null when none is left.
 * Example: `lowestFreeSubnet([{ base: '10.0.0.0/8', size: 24 }], ['10.0.0.0/24'])` -> `'10.0.1.0/24'`.
 */
export function lowestFreeSubnet(pools: readonly PoolSplit[], used: readonly string[]): string | null {
  const taken = used.map(toBlock);
  for (const pool of orderedPools(pools)) {
    if (pool.size < pool.base.prefix || pool.size > 32) continue;
    const step = blockSize(pool.size);
    const end = pool.base.first + pool.base.size;
    let first = pool.base.first;
    while (first < end) {
      const candidate: Block = { first, size: step, prefix: pool.size };
      let clashEnd = -1;
      for (const t of taken) if (blocksOverlap(candidate, t)) clashEnd = Math.max(clashEnd, t.first + t.size);
      if (clashEnd < 0) return blockToCidr(candidate);
      // Jump to the first aligned block after everything that clashed.
      first = Math.ceil(clashEnd / step) * step;
    }
  }
  return null;
}
