import type { ShellFlavour } from './ast';

/**
 * Who is speaking when a shell prints its own errors: which shell (its wording) and the name it runs as
 * (its argv0, printed before every message). BusyBox ash started as a login shell is `-sh`:
 * `-sh: foo: not found`; the same ash run as `sh` says `sh: foo: not found`.
 */
export interface ShellVoice {
  readonly flavour: ShellFlavour;
  readonly name: string;
}

/** GNU bash, as the laptop and bash images run it. */
export const BASH: ShellVoice = { flavour: 'bash', name: 'bash' };
/** BusyBox ash run as `sh` (alpine's shell, `sh -c` on a node). */
export const ASH: ShellVoice = { flavour: 'ash', name: 'sh' };
/** BusyBox ash as a login shell: the docker user's shell on a Boot2Docker node. */
export const LOGIN_ASH: ShellVoice = { flavour: 'ash', name: '-sh' };
