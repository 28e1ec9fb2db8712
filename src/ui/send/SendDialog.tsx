import { useId, useRef, useState, type FormEvent } from 'react';
import type { Playground } from '../../store/playground';
import { playgroundStore, usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import { isIpv4 } from '../../shell/container/net/resolveHost';
import { sendLine, type SendProtocol, type SendRequest } from '../../terminal/sendRequest';
import { sendSources, sendTargets, type SendSource } from './sendOptions';
import './send.css';

const selectSend = (s: Playground) => s.send;
const PROTOCOLS: readonly SendProtocol[] = ['icmp', 'tcp', 'udp'];
const DEFAULT_PORT: Readonly<Record<SendProtocol, number>> = { icmp: 0, tcp: 80, udp: 53 };

/** A button opening a modal dialog: from, to, protocol, port; sending puts the trace in the stepper. */
export function SendDialog() {
  const t = useT();
  const send = usePlayground(selectSend);
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [sources, setSources] = useState<readonly SendSource[]>([]);
  const [targets, setTargets] = useState<readonly string[]>([]);
  const [req, setReq] = useState<SendRequest>({ from: '', to: '', protocol: 'icmp', port: 0 });
  const [isOpen, setOpen] = useState(false);
  const open = () => {
    // The world is read when the dialog opens, so typing in the terminal does not re-render it.
    const world = playgroundStore.getState().world;
    const from = sendSources(world);
    setSources(from);
    setTargets(sendTargets(world));
    // At first from a container when there is one (the laptop cannot resolve Docker's names); then as chosen.
    const fallback = from.find((s) => s.value !== 'laptop')?.value ?? 'laptop';
    setReq((r) => (from.some((s) => s.value === r.from) ? r : { ...r, from: fallback }));
    setOpen(true);
    dialog.current?.showModal();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send(req);
    dialog.current?.close();
  };
  const update = (patch: Partial<SendRequest>) => {
    setReq((r) => ({ ...r, ...patch }));
  };
  const line = isOpen ? sendLine(playgroundStore.getState().world, req) : null;
  const label = (s: SendSource) => (s.value === 'laptop' ? t('send.laptop', { ip: s.machine }) : t('send.container', { name: s.name, machine: s.machine }));
  return (
    <>
      <button type="button" data-testid="send-open" onClick={open}>{t('send.open')}</button>
      <dialog ref={dialog} className="send-dialog" aria-labelledby={`${id}-title`} data-testid="send-dialog" onClose={() => setOpen(false)}>
        <form onSubmit={submit}>
          <h2 id={`${id}-title`}>{t('send.title')}</h2>
          <label>
            <span>{t('send.from')}</span>
            <select data-testid="send-from" value={req.from} onChange={(e) => update({ from: e.target.value })}>
              {sources.map((s) => <option key={s.value} value={s.value}>{label(s)}</option>)}
            </select>
          </label>
          <label>
            <span>{t('send.to')}</span>
            <input data-testid="send-to" list={`${id}-targets`} value={req.to} required autoComplete="off" spellCheck={false} onChange={(e) => update({ to: e.target.value })} />
            <datalist id={`${id}-targets`}>{targets.map((x) => <option key={x} value={x} />)}</datalist>
          </label>
          <fieldset>
            <legend>{t('send.protocol')}</legend>
            {PROTOCOLS.map((p) => (
              <label key={p} className="radio">
                <input type="radio" name={`${id}-protocol`} value={p} data-testid={`send-${p}`} checked={req.protocol === p} onChange={() => update({ protocol: p, port: req.protocol === p ? req.port : DEFAULT_PORT[p] })} />
                {p.toUpperCase()}
              </label>
            ))}
          </fieldset>
          <label>
            <span>{t('send.port')}</span>
            <input data-testid="send-port" type="number" min={1} max={65535} required={req.protocol !== 'icmp'} disabled={req.protocol === 'icmp'} value={req.protocol === 'icmp' ? '' : req.port} onChange={(e) => update({ port: Number(e.target.value) })} />
          </label>
          <p className="send-note" data-testid="send-note" aria-live="polite">
            {req.to.trim() === '' ? '' : req.from === 'laptop' && !isIpv4(req.to.trim()) ? t('send.impossible') : line ? t('send.runs', { line: line.line }) : t('send.engine')}
          </p>
          <div className="send-buttons">
            <button type="button" onClick={() => dialog.current?.close()}>{t('send.cancel')}</button>
            <button type="submit" data-testid="send-submit" className="primary">{t('send.submit')}</button>
          </div>
        </form>
      </dialog>
    </>
  );
}
