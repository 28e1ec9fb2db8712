import { FitAddon } from '@xterm/addon-fit';
import { Terminal, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import './terminal.css';
import { useEffect, useId, useRef } from 'react';
import { complete } from '../../shell/complete/complete';
import type { Playground } from '../../store/playground';
import { selectPrompt, selectTextPx } from '../../store/selectors';
import { terminalFontPx } from './terminalFontPx';
import { playgroundStore, usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import { drawInput, eraseInput } from './drawInput';
import { ghostHint } from './ghostHint';
import { questionLine } from './questionLine';
import { emptyLine, feed, typeLine, type LineState } from './lineEditor';
import { tabKey } from './tabKey';
import { TerminalSplitter } from './TerminalSplitter';
import { tabDomId, TerminalTabs } from './TerminalTabs';

const light: ITheme = { background: '#fbfbfc', foreground: '#1f2328', cursor: '#1f2328', selectionBackground: '#b6d4fe', brightBlack: '#656d76' };
const dark: ITheme = { background: '#14161a', foreground: '#e6e6e6', cursor: '#e6e6e6', selectionBackground: '#3b4a63', brightBlack: '#8b949e' };
/** How often a running command's output is streamed (real milliseconds). */
const TICK_MS = 100;

const selectActive = (s: Playground) => s.activeSession;

/**
 * The terminal: tabs (one shell session each), and xterm.js showing the active tab's transcript with
 * the prompt and the typed line drawn below it. Tab completes, Ctrl+Shift+C copies, paste runs lines.
 */
export default function TerminalPanel() {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const term = useRef<Terminal | null>(null);
  const panelId = useId();
  const hintId = useId();
  const active = usePlayground(selectActive);
  const fontPx = terminalFontPx(usePlayground(selectTextPx));
  const fitter = useRef<FitAddon | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    // An embed may force a theme on <html>; otherwise the system decides.
    const isDark = () => (document.documentElement.dataset.theme ?? (scheme.matches ? 'dark' : 'light')) === 'dark';
    const xterm = new Terminal({
      cursorBlink: true,
      convertEol: true,
      scrollback: 5000,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "D2Coding", monospace',
      fontSize: terminalFontPx(selectTextPx(playgroundStore.getState())),
      theme: isDark() ? dark : light,
    });
    term.current = xterm;
    const fit = new FitAddon();
    fitter.current = fit;
    xterm.loadAddon(fit);
    xterm.open(el);
    fit.fit();
    xterm.textarea?.setAttribute('aria-describedby', hintId);
    const onScheme = () => { xterm.options.theme = isDark() ? dark : light; };
    scheme.addEventListener('change', onScheme);

    let written = '';
    let shown = -1;
    let row = 0;
    let tab = playgroundStore.getState().activeSession;
    /** The typed line of every tab. */
    const lines = new Map<number, LineState>();
    let line: LineState = emptyLine(playgroundStore.getState().session.history);
    let tabbed = false;
    let escaped = false;
    let timer: number | undefined;

    const drawLine = (s: Playground) => {
      const p = selectPrompt(s) || questionLine(s);
      if (p === '') { row = 0; return; }
      const d = drawInput(p, line.buffer, line.cursor, row, xterm.cols);
      xterm.write(d.text + (line.buffer === '' ? ghostHint(s.model.log.length === 0 ? s.terminalHint : null, xterm.cols - p.length - 1) : ''));
      row = d.row;
    };
    const sync = (s: Playground) => {
      xterm.write(eraseInput(row));
      row = 0;
      // A question waiting for its answer is drawn with the input line (drawLine), not written here.
      const text = s.transcript.slice(0, s.transcript.length - questionLine(s).length);
      if (shown === s.activeSession && text.startsWith(written) && !(text === '' && written !== '')) {
        xterm.write(text.slice(written.length));
      } else {
        xterm.clear();
        xterm.write(text);
      }
      written = text;
      shown = s.activeSession;
      const anyRunning = s.sessions.some((x) => x.running);
      if (anyRunning && timer === undefined) {
        timer = window.setInterval(() => playgroundStore.getState().tick(TICK_MS), TICK_MS);
      } else if (!anyRunning && timer !== undefined) {
        window.clearInterval(timer);
        timer = undefined;
      }
      drawLine(s);
    };
    sync(playgroundStore.getState());
    const unsubscribe = playgroundStore.subscribe((s, prev) => {
      if (s.activeSession !== tab) {
        lines.set(tab, line);
        tab = s.activeSession;
        line = lines.get(tab) ?? emptyLine(s.session.history);
        for (const id of lines.keys()) {
          if (!s.sessions.some((x) => x.id === id)) lines.delete(id);
        }
        tabbed = false;
      } else if (s.model.log !== prev.model.log && s.model.log.length === 0) {
        // A (re)loaded scenario starts with an empty log: forget the typed lines.
        line = emptyLine(s.session.history);
        lines.clear();
      } else if (s.session.history !== prev.session.history) line = { ...line, index: s.session.history.length, draft: '' };
      if (s.terminalInput !== prev.terminalInput && s.terminalInput && !s.running) {
        // A clicked command: typed onto the line for the learner to read and run with Enter.
        line = typeLine(line, s.terminalInput.text);
        tabbed = false;
        drawLine(s);
        // As a typed key would: the learner sees the line even if the terminal was scrolled up (a resize reflows it).
        xterm.scrollToBottom();
        xterm.focus();
      } else if (s.terminalHint !== prev.terminalHint) drawLine(s);
      if (s.activeSession !== prev.activeSession || s.transcript !== prev.transcript || s.running !== prev.running || s.session !== prev.session || s.world !== prev.world) sync(s);
    });

    const onTab = () => {
      const s = playgroundStore.getState();
      const r = tabKey(line, complete(s.world, s.session, line.buffer, line.cursor), tabbed, xterm.cols);
      line = r.line;
      tabbed = true;
      if (r.listing !== null) s.listCandidates(line.buffer, r.listing);
      else drawLine(s);
    };
    // Shift+Tab, or Escape then Tab, leave the terminal; Ctrl+Shift+C copies; Ctrl+V and Ctrl+Shift+V paste.
    xterm.attachCustomKeyEventHandler((e) => {
      if (e.type !== 'keydown') return true;
      if (e.key === 'Tab' && (e.shiftKey || escaped)) { escaped = false; return false; }
      escaped = e.key === 'Escape';
      if (e.ctrlKey && e.shiftKey && e.code === 'KeyC') {
        const text = xterm.getSelection();
        if (text !== '') void navigator.clipboard?.writeText(text).catch(() => undefined);
        e.preventDefault();
        return false;
      }
      return !(e.ctrlKey && !e.altKey && e.code === 'KeyV');
    });
    const input = xterm.onData((data) => {
      const store = playgroundStore.getState();
      if (store.readonly) return;
      if (store.running) {
        if (data.includes('\x03')) store.interrupt('');
        return;
      }
      const r = feed(line, data, store.session.history);
      line = r.state;
      if (r.effects.some((e) => e.kind !== 'complete')) tabbed = false;
      for (const e of r.effects) {
        const s = playgroundStore.getState();
        // A pasted script stops at a command that keeps running: Ctrl+C flushes what was typed after it.
        if (s.running) break;
        if (e.kind === 'submit') s.runLine(e.line);
        else if (e.kind === 'interrupt') s.interrupt(e.typed);
        else if (e.kind === 'clear') { xterm.write(eraseInput(row)); row = 0; xterm.clear(); s.clearScreen(); }
        else onTab();
      }
      if (r.effects.length === 0) { tabbed = false; drawLine(playgroundStore.getState()); }
      else if (r.effects[r.effects.length - 1]?.kind === 'clear') drawLine(playgroundStore.getState());
    });
    const resize = new ResizeObserver(() => {
      fit.fit();
      sync(playgroundStore.getState());
    });
    resize.observe(el);
    xterm.focus();
    return () => {
      resize.disconnect();
      input.dispose();
      unsubscribe();
      scheme.removeEventListener('change', onScheme);
      if (timer !== undefined) window.clearInterval(timer);
      term.current = null;
      xterm.dispose();
    };
  }, [hintId]);
  useEffect(() => {
    if (!term.current || term.current.options.fontSize === fontPx) return;
    term.current.options.fontSize = fontPx;
    fitter.current?.fit();
  }, [fontPx]);
  return (
    <div className="terminal-stack">
      <TerminalSplitter />
      <TerminalTabs panelId={panelId} hintId={hintId} onChosen={() => term.current?.focus()} />
      <p id={hintId} className="visually-hidden">{t('terminal.keys')}</p>
      <div className="terminal-host" ref={host} id={panelId} role="tabpanel" aria-labelledby={tabDomId(active)} data-testid="xterm" />
    </div>
  );
}
