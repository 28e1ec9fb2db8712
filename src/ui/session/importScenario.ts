import { parseScenario } from '../../scenario/format';
import type { PlaygroundStore } from '../../store/createPlaygroundStore';

/** The largest scenario file read (bigger ones are refused unread). */
export const MAX_IMPORT_BYTES = 5_000_000;

/**
 * Opens a scenario file's text as the session (an Undo step), or says in one line which field is wrong;
 * a bad file changes nothing.
 */
export function importScenario(store: PlaygroundStore, text: string): { ok: true; name: string } | { ok: false; error: string } {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'scenario: the file is too large to be a scenario' };
  const parsed = parseScenario(text);
  if (!parsed.ok) return parsed;
  store.getState().openScenario(parsed.scenario);
  return { ok: true, name: parsed.scenario.name };
}

/** Reads a dropped or picked file as text, refusing large ones before reading them. */
export async function readScenarioFile(file: File): Promise<string | null> {
  if (file.size > MAX_IMPORT_BYTES) return null;
  return file.text();
}
