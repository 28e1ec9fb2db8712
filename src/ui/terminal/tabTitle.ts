import type { Session } from '../../shell/session';

/** The machine a tab's shell is on (the first nested shell's), or null while it is at the laptop. */
export function tabTitle(session: Session): string | null {
  for (const frame of session.stack) if (frame.kind !== 'laptop') return frame.machine;
  return null;
}

/** Tab names told apart: the second tab on the same machine is `default (2)`, the third `default (3)`. */
export function tabNames(titles: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    return n === 1 ? title : `${title} (${n})`;
  });
}
