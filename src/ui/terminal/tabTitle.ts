import type { Session } from '../../shell/session';

/** The machine a tab's shell is on (the first nested shell's), or null while it is at the laptop. */
export function tabTitle(session: Session): string | null {
  for (const frame of session.stack) if (frame.kind !== 'laptop') return frame.machine;
  return null;
}
