import type { ProfileName } from '../../../sim/profile';
import type { CommandOutcome } from '../../types';

/**
 * `docker exec C PROG` when the container has no PROG. 17.10's daemon wrote containerd 0.2's error into the
 * exec's output stream and set exit code 127; today's CLI prints runc's words and exits 126.
 */
export function execNotFound(name: string, profile: ProfileName): CommandOutcome {
  if (profile === '17.10') {
    const text = `oci runtime error: exec failed: container_linux.go:295: starting container process caused "exec: \\"${name}\\": executable file not found in $PATH"\n`;
    return { stdout: text, stderr: '', exitCode: 127 };
  }
  const err = `OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": executable file not found in $PATH: unknown\n`;
  return { stdout: '', stderr: err, exitCode: 126 };
}
