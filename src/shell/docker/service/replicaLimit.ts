/**
 * The most tasks one replicated service may ask for here. Docker takes any uint64; the playground
 * simulates every task, address and container, and beyond this a single command would freeze the page.
 */
export const MAX_REPLICAS = 1000;

/** The line printed when a count is over the limit (ends with a newline). */
export const tooManyReplicas = (asked: string | number): string =>
  `playground limit: a service can have at most ${MAX_REPLICAS} replicas here (asked for ${asked})\n`;
