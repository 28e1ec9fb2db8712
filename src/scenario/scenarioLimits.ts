import { MAX_CLOCK_MS as CLOCK_END } from '../sim/clock';

/** How much a scenario file may hold: enough for any lesson or long session, little enough to load at once. */
export const scenarioLimits = {
  /** Bytes of JSON text. */
  textBytes: 8 * 1024 * 1024,
  machines: 64,
  commands: 10_000,
  /** Characters in one command line (Linux's MAX_ARG_STRLEN). */
  commandChars: 131_072,
  nameChars: 200,
  layoutEntries: 10_000,
  /** Canvas coordinates, in flow units, either way from the origin. */
  layoutExtent: 1_000_000,
  /** The simulated clock starts no later than the last second Go and Docker print with four-digit years. */
  latestStart: CLOCK_END,
  /** Allocator cursors: VXLAN ids 4096..2^24-1 (Docker's overlay range), IPVS marks 256..2^32-1. */
  cursors: { vni: [4096, 2 ** 24 - 1], fwmark: [256, 2 ** 32 - 1] },
} as const;
