import { FitAddon } from '@xterm/addon-fit';
import { Terminal, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import type { Playground } from '../../store/playground';
import { selectPrompt } from '../../store/selectors';
import { playgroundStore } from '../../store/usePlayground';
import { drawInput, eraseInput } from './drawInput';
import { emptyLine, feed, type LineState } from './lineEditor';

const light: ITheme = { background: '#fbfbfc', foreground: '#1f2328', cursor: '#1f2328', selectionBackground: '#b6d4fe' };
const dark: ITheme = { background: '#14161a', foreground: '#e6e6e6', cursor: '#e6e6e6', selectionBackground: '#3b4a63' };
/** How often a running command's output is streamed (real milliseconds). */
const TICK_MS = 100;

/** The terminal: xterm.js showing the store's transcript, with the prompt and the typed line drawn below it. */
export default function TerminalPanel() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const term = new Terminal({
      cursorBlink: true,
      convertEol: true,
      scrollback: 5000,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "D2Coding", monospace',
      fontSize: 13,
      theme: scheme.matches ? dark : light,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(el);
    fit.fit();
    const onScheme = () => { term.options.theme = scheme.matches ? dark : light; };
    scheme.addEventListener('change', onScheme);

    let written = '';
    let row = 0;
    let line: LineState = emptyLine(playgroundStore.getState().session.history);
    let started = 0;
    let timer: number | undefined;
    const elapsed = () => Math.round(performance.now() - started);

    const drawLine = (s: Playground) => {
      const p = selectPrompt(s);
      if (p === '') { row = 0; return; }
      const d = drawInput(p, line.buffer, line.cursor, row, term.cols);
      term.write(d.text);
      row = d.row;
    };
    const sync = (s: Playground) => {
      term.write(eraseInput(row));
      row = 0;
      if (s.transcript.startsWith(written) && !(s.transcript === '' && written !== '')) {
        term.write(s.transcript.slice(written.length));
      } else {
        term.clear();
        term.write(s.transcript);
      }
      written = s.transcript;
      if (s.running && timer === undefined) {
        started = performance.now();
        timer = window.setInterval(() => playgroundStore.getState().tick(elapsed()), TICK_MS);
      } else if (!s.running && timer !== undefined) {
        window.clearInterval(timer);
        timer = undefined;
      }
      drawLine(s);
    };
    sync(playgroundStore.getState());
    const unsubscribe = playgroundStore.subscribe((s, prev) => {
      // A (re)loaded scenario starts with no commands: forget the typed line.
      if (s.commands !== prev.commands && s.commands.length === 0) line = emptyLine(s.session.history);
      else if (s.session.history !== prev.session.history) line = { ...line, index: s.session.history.length, draft: '' };
      if (s.transcript !== prev.transcript || s.running !== prev.running || s.session !== prev.session || s.world !== prev.world) sync(s);
    });

    const input = term.onData((data) => {
      const store = playgroundStore.getState();
      if (store.running) {
        if (data.includes('\x03')) store.interrupt(elapsed(), '');
        return;
      }
      const r = feed(line, data, store.session.history);
      line = r.state;
      for (const e of r.effects) {
        const s = playgroundStore.getState();
        if (e.kind === 'submit') s.runLine(e.line);
        else if (e.kind === 'interrupt') s.interrupt(0, e.typed);
        else if (e.kind === 'clear') { term.write(eraseInput(row)); row = 0; term.clear(); s.clearScreen(); }
      }
      if (r.effects.length === 0 || r.effects[r.effects.length - 1]?.kind === 'clear') drawLine(playgroundStore.getState());
    });
    const resize = new ResizeObserver(() => {
      fit.fit();
      sync(playgroundStore.getState());
    });
    resize.observe(el);
    term.focus();
    return () => {
      resize.disconnect();
      input.dispose();
      unsubscribe();
      scheme.removeEventListener('change', onScheme);
      if (timer !== undefined) window.clearInterval(timer);
      term.dispose();
    };
  }, []);
  return <div className="terminal-host" ref={host} data-testid="xterm" />;
}
