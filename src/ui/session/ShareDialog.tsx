import { useId, useRef, useState } from 'react';
import { shareFragment } from '../../scenario/shareLink';
import type { PlaygroundStore } from '../../store/createPlaygroundStore';
import { sessionScenario } from '../../store/sessionScenario';
import { playgroundStore } from '../../store/usePlayground';
import { eventList } from '../stepper/eventList';
import { useT } from '../useT';
import { download, safeFileName } from './download';
import { elementCode, iframeCode, type EmbedChoice } from './embedCode';
import { importScenario, readScenarioFile } from './importScenario';
import type { EmbedView } from '../embed/embedOptions';
import { explain } from '../../i18n/explain';
import { mapPicture } from '../pictures/mapPicture';
import { traceSvg } from '../pictures/traceSvg';
import './session.css';

/** The stepper's position as a 1-based hop number of the open trace, or null. */
function currentStep(store: PlaygroundStore): number | null {
  const s = store.getState();
  if (!s.cursor) return null;
  const c = s.cursor;
  const i = eventList(s.world, s.traces, c.trace).findIndex((e) => e.cursor.packet === c.packet && e.cursor.hop === c.hop);
  return i >= 0 ? i + 1 : null;
}

/** This page's address without query or fragment, where a share link points. */
const pageBase = () => `${window.location.origin}${window.location.pathname}`;

/** A link that opens this session, optionally at the current step. */
export function shareLink(store: PlaygroundStore, atStep: boolean): string {
  const step = atStep ? currentStep(store) : null;
  return `${pageBase()}#${shareFragment(sessionScenario(store.getState()), step)}`;
}

const VIEWS: readonly EmbedView[] = ['split', 'map', 'terminal', 'stepper'];

/** "Save & share": a link to the session (optionally at this step), embed code, export to a file, import from one. */
export function ShareDialog() {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [atStep, setAtStep] = useState(false);
  const [link, setLink] = useState('');
  const [step, setStep] = useState<number | null>(null);
  const [copied, setCopied] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [choice, setChoice] = useState<EmbedChoice>({ view: 'split', readonly: false, clickToLoad: false });
  const [codeCopied, setCodeCopied] = useState(false);
  const fragment = link.slice(link.indexOf('#') + 1);
  const lang = playgroundStore.getState().locale;
  const iframe = iframeCode(pageBase(), fragment, choice, lang);
  const element = elementCode(pageBase(), fragment, choice, lang);
  const pick = (patch: Partial<EmbedChoice>) => {
    setChoice((c) => ({ ...c, ...patch }));
    setCodeCopied(false);
  };
  const open = () => {
    setStep(currentStep(playgroundStore));
    setLink(shareLink(playgroundStore, atStep));
    setCopied(false);
    setMessage(null);
    dialog.current?.showModal();
  };
  const toggleStep = (on: boolean) => {
    setAtStep(on);
    setLink(shareLink(playgroundStore, on));
    setCopied(false);
  };
  const copy = () => {
    void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false));
  };
  const exportFile = () => {
    const s = sessionScenario(playgroundStore.getState());
    download(`swarm-playground-${safeFileName(s.name)}.json`, `${JSON.stringify(s, null, 2)}\n`);
  };
  const pictureOfMap = async (kind: 'svg' | 'png') => {
    const url = await mapPicture(kind);
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `swarm-playground-map.${kind}`;
    a.click();
  };
  const pictureOfTrace = () => {
    const s = playgroundStore.getState();
    const index = s.cursor?.trace ?? s.traces.length - 1;
    const trace = s.traces[index];
    if (!trace) return;
    const svg = traceSvg(trace.command, eventList(s.world, s.traces, index), (e) => explain(s.locale, e.why), t('picture.traceTitle', { command: trace.command }));
    download(`swarm-playground-${safeFileName(trace.command)}.svg`, svg, 'image/svg+xml');
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await readScenarioFile(file);
    const r = text === null ? { ok: false as const, error: 'scenario: the file is too large to be a scenario' } : importScenario(playgroundStore, text);
    setMessage(r.ok ? { ok: true, text: t('share.imported', { name: r.name }) } : { ok: false, text: t('share.importError', { error: r.error }) });
    if (r.ok) setLink(shareLink(playgroundStore, atStep));
  };
  return (
    <>
      <button type="button" data-testid="share-open" onClick={open}>{t('session.share')}</button>
      <dialog ref={dialog} className="app-dialog share-dialog" aria-labelledby={`${id}-title`} data-testid="share-dialog">
        <h2 id={`${id}-title`}>{t('share.title')}</h2>
        <label className="share-link">
          <span>{t('share.link')}</span>
          <input data-testid="share-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <p className="dialog-note">{t('share.linkNote', { n: link.length })}</p>
        <label className="check">
          <input type="checkbox" data-testid="share-at-step" checked={atStep} disabled={step === null} onChange={(e) => toggleStep(e.target.checked)} />
          {t('share.atStep', { n: step ?? '—' })}
        </label>
        <div className="dialog-buttons">
          <button type="button" className="primary" data-testid="share-copy" onClick={copy}>{copied ? t('share.copied') : t('share.copy')}</button>
        </div>
        <h3>{t('embed.code')}</h3>
        <div className="embed-choices">
          <label>
            <span>{t('embed.view')}</span>
            <select data-testid="embed-view" value={choice.view} onChange={(e) => pick({ view: e.target.value as EmbedView })}>
              {VIEWS.map((v) => <option key={v} value={v}>{t(`embed.view.${v}`)}</option>)}
            </select>
          </label>
          <label className="check"><input type="checkbox" data-testid="embed-readonly" checked={choice.readonly} onChange={(e) => pick({ readonly: e.target.checked })} />{t('embed.readonlyOption')}</label>
          <label className="check"><input type="checkbox" data-testid="embed-click" checked={choice.clickToLoad} onChange={(e) => pick({ clickToLoad: e.target.checked })} />{t('embed.clickToLoad')}</label>
        </div>
        <label>
          <span>{t('embed.iframe')}</span>
          <textarea readOnly data-testid="embed-iframe" value={iframe} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <label>
          <span>{t('embed.element')}</span>
          <textarea readOnly data-testid="embed-element" value={element} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <div className="dialog-buttons">
          <button type="button" data-testid="embed-copy" onClick={() => void navigator.clipboard?.writeText(iframe).then(() => setCodeCopied(true), () => setCodeCopied(false))}>{codeCopied ? t('share.copied') : t('embed.copy')}</button>
        </div>
        <h3>{t('picture.title')}</h3>
        <div className="dialog-buttons start">
          <button type="button" data-testid="picture-map-svg" onClick={() => void pictureOfMap('svg')}>{t('picture.mapSvg')}</button>
          <button type="button" data-testid="picture-map-png" onClick={() => void pictureOfMap('png')}>{t('picture.mapPng')}</button>
          <button type="button" data-testid="picture-trace" disabled={step === null} onClick={pictureOfTrace}>{t('picture.trace')}</button>
        </div>
        <h3>{t('share.file')}</h3>
        <div className="dialog-buttons start">
          <button type="button" data-testid="share-export" onClick={exportFile}>{t('share.export')}</button>
          <label className="file-button">
            <input type="file" accept=".json,application/json" data-testid="share-import" onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
            <span>{t('share.import')}</span>
          </label>
        </div>
        <p className="dialog-note">{t('share.dropHint')}</p>
        <p className={message?.ok === false ? 'dialog-error' : 'dialog-note'} role={message?.ok === false ? 'alert' : 'status'} data-testid="share-message">{message?.text ?? ''}</p>
        <div className="dialog-buttons">
          <button type="button" onClick={() => dialog.current?.close()}>{t('share.close')}</button>
        </div>
      </dialog>
    </>
  );
}
