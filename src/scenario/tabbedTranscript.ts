import { prompt } from '../shell/session';
import { findTab, type TerminalModel, type TerminalTab } from '../terminal/terminalModel';

/**
 * What a script that types into several tabs shows, as one text: each tab's screen in the order it was
 * typed into, with the `@tab N` line where typing moved. A tab left at its prompt shows that prompt, as a
 * person would see it on switching away; coming back, the next typed line repeats it.
 */
export interface TabbedTranscript {
  readonly text: string;
  /** How much of each tab's transcript `text` already holds. */
  readonly seen: ReadonlyMap<number, number>;
}

export const emptyTabbed: TabbedTranscript = { text: '', seen: new Map() };

/** `t` with what tab `id` printed since it was last shown (a cleared screen starts over). */
export function flushTab(t: TabbedTranscript, m: TerminalModel, id: number, leaving: boolean): TabbedTranscript {
  const tab = findTab(m, id) as TerminalTab;
  const from = t.seen.get(id) ?? 0;
  const start = from <= tab.transcript.length ? from : 0;
  const waiting = leaving && !tab.running ? `${prompt(m.world, tab.session)}\n` : '';
  const seen = new Map(t.seen).set(id, tab.transcript.length);
  return { text: t.text + tab.transcript.slice(start) + waiting, seen };
}

/**
 * The whole text at the end: the tab typing ended in, then what other tabs printed after typing left them (a
 * command still running there, then its Ctrl+C) under their `@tab N` lines, and then `@tab N` back to the tab
 * typing ended in, whose prompt follows.
 */
export function finalText(t: TabbedTranscript, m: TerminalModel, current: number): string {
  const own = flushTab(t, m, current, false);
  let out = own;
  for (const tab of m.tabs) {
    if (tab.id === current || tab.transcript.length === (out.seen.get(tab.id) ?? 0)) continue;
    out = flushTab({ ...out, text: `${out.text}@tab ${tab.id}\n` }, m, tab.id, false);
  }
  return out === own ? own.text : `${out.text}@tab ${current}\n`;
}
