import { useEffect, useRef } from 'react';
import { keyCommand, type KeyCommand } from './stepperKeys';

/** Listens on the window for the stepper's keys (see keyCommand) and calls `act` with the command. */
export function useStepperKeys(act: (c: KeyCommand) => void) {
  const latest = useRef(act);
  useEffect(() => {
    latest.current = act;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Not checking defaultPrevented: React Flow prevents Space (its pan key) on the whole document.
      const el = e.target instanceof HTMLElement ? e.target : null;
      const command = keyCommand({
        key: e.key,
        modifier: e.ctrlKey || e.altKey || e.metaKey,
        shift: e.shiftKey,
        tag: el?.tagName.toLowerCase() ?? '',
        editable: el?.isContentEditable ?? false,
        inTerminal: el?.closest('.xterm, [data-testid="terminal"]') != null,
      });
      if (!command) return;
      e.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
