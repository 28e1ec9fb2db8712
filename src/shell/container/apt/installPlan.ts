/** What an install will do, as apt's summary counts it. */
export interface InstallPlan {
  /** Asked for but already there. */
  readonly have: readonly string[];
  /** Every new package, sorted; the asked ones among them; the rest. */
  readonly all: readonly string[];
  readonly asked: readonly string[];
  readonly extra: readonly string[];
  readonly suggests: readonly string[];
  /** Recommends left out (--no-install-recommends). */
  readonly recommended: readonly string[];
  /** Download size in bytes; installed size in bytes (kB × 1024, as apt adds Installed-Size up). */
  readonly bytes: number;
  readonly usr: number;
  readonly prompt: boolean;
}
