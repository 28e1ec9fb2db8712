import type { World } from '../../sim/world';

/**
 * A directory a node shows that the file system itself does not hold (e.g. `/var/run/docker/netns`,
 * whose entries are the sandboxes Docker made): given the node and an absolute path, the names in
 * it, or undefined when this function does not know the path.
 */
export type NodeListing = (world: World, machine: string, path: string) => readonly string[] | undefined;

/** Listings consulted in order by `ls` and path checks in a node's shell; add a function here. */
export const nodeListings: readonly NodeListing[] = [];
