import { readShareFragment } from '../../scenario/shareLink';
import type { PlaygroundStore } from '../../store/createPlaygroundStore';
import { eventList } from '../stepper/eventList';
import { BEFORE_LINK_KEY, readSave, writeSave } from './savedSession';

/** Where the page was opened: the query (`?scenario=`, `?lang=`, `?step=`...) and the fragment (`#s=` share links). */
export interface PageAddress {
  readonly search: string;
  readonly hash: string;
}

/**
 * Puts the stepper on hop `step` (1-based, as the event list numbers them) of the open trace, or of the
 * last trace when none is open. False when there is no such hop.
 */
export function openAtStep(store: PlaygroundStore, step: number): boolean {
  const s = store.getState();
  const trace = s.cursor?.trace ?? s.traces.length - 1;
  const event = trace >= 0 ? eventList(s.world, s.traces, trace)[step - 1] : undefined;
  if (!event) return false;
  s.stepTo(event.cursor);
  return true;
}

/**
 * Opens what the page was asked for, without losing anything: a share link (`#s=`) or a named scenario
 * (`?scenario=`) replaces the saved session only after keeping it aside (a notice brings it back); with
 * neither, the saved session is restored. A link, a name or a save that cannot be used is said in a notice
 * and the page starts clean. `storage` is null for embeds, which never read or write the host's storage.
 */
export function startSession(store: PlaygroundStore, at: PageAddress, storage: Storage | null): void {
  const s = store.getState();
  const link = readShareFragment(at.hash);
  const named = new URLSearchParams(at.search).get('scenario');
  const save = readSave(storage);
  const replacing = (link?.ok || named !== null) && save.kind === 'ok' && (save.scenario.log?.length ?? 0) > 0;
  if (replacing && save.kind === 'ok' && writeSave(storage, save.raw, '', BEFORE_LINK_KEY) === 'ok') {
    s.notify({ key: 'session.linkOpened', tone: 'info', actions: ['restore-before-link'] });
  }
  if (link && !link.ok) s.notify({ key: 'session.badLink', params: { error: link.error }, tone: 'error' });
  if (link?.ok) {
    s.openScenario(link.scenario);
    if (link.step !== null) openAtStep(store, link.step);
  } else if (named !== null) {
    if (!s.loadScenario(named)) s.notify({ key: 'session.unknownScenario', params: { name: named }, tone: 'error' });
  } else if (save.kind === 'ok') {
    s.openScenario(save.scenario);
  } else if (save.kind === 'bad') {
    s.notify({ key: 'session.badSave', params: { error: save.error }, tone: 'error', actions: ['download-bad-save'], download: { filename: 'swarm-playground-unreadable-save.json', text: save.raw } });
  }
  const step = Number(new URLSearchParams(at.search).get('step'));
  if (!link?.ok && Number.isInteger(step) && step > 0) openAtStep(store, step);
  // What the page opened with is where Undo stops.
  store.setState({ past: [], future: [] });
}
