import type { Locale } from '../i18n/t';
import type { SendRequest } from './sendRequest';

/**
 * Everything a person does to the terminals, as data. A session's log is a list of these; replaying
 * the log from the same scenario gives the same world, transcripts, traces and bytes (applyOperation).
 * `tab` names a terminal tab by its id (the first tab is 0).
 */
export type Operation =
  /**
   * A line typed at a tab's prompt and Enter. A command still running there is interrupted first. `locale` is
   * the page's language when it was typed, if not English (`help` answers in it).
   */
  | { readonly op: 'type'; readonly tab: number; readonly line: string; readonly locale?: Locale }
  /** Ctrl+C: interrupts the tab's running command, or abandons `typed` at its prompt. */
  | { readonly op: 'interrupt'; readonly tab: number; readonly typed: string }
  /** Simulated time passes (running commands keep printing). */
  | { readonly op: 'wait'; readonly ms: number }
  /** The "send a packet" dialog: the command runs in the sender's tab, or the traffic engine sends it. */
  | { readonly op: 'send'; readonly request: SendRequest }
  /** A new tab with a fresh laptop shell. */
  | { readonly op: 'open' }
  /** Closes a tab (never the last one). */
  | { readonly op: 'close'; readonly tab: number }
  /** Ctrl+L. */
  | { readonly op: 'clear'; readonly tab: number }
  /** A second Tab: the prompt, `typed` and the completion `listing` are printed. */
  | { readonly op: 'list'; readonly tab: number; readonly typed: string; readonly listing: string };
