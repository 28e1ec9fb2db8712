import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyPress } from './stepperKeys';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({ key, modifier: false, tag: 'div', editable: false, inTerminal: false, ...over });

describe('stepper keys', () => {
  it('arrows step and Space plays outside the terminal', () => {
    expect(['ArrowRight', 'ArrowLeft', ' ', 'Enter', 'ArrowUp'].map((k) => keyCommand(press(k)))).toEqual(['next', 'prev', 'toggle', null, null]);
    expect(keyCommand(press('ArrowRight', { tag: 'button' }))).toBe('next');
  });

  it('leaves keys alone in the terminal, text fields, pickers, with modifiers, and Space on buttons', () => {
    expect(keyCommand(press('ArrowRight', { inTerminal: true, tag: 'textarea' }))).toBeNull();
    expect(keyCommand(press(' ', { inTerminal: true }))).toBeNull();
    expect(keyCommand(press('ArrowLeft', { tag: 'input' }))).toBeNull();
    expect(keyCommand(press('ArrowLeft', { tag: 'select' }))).toBeNull();
    expect(keyCommand(press(' ', { editable: true }))).toBeNull();
    expect(keyCommand(press('ArrowRight', { modifier: true }))).toBeNull();
    expect(keyCommand(press(' ', { tag: 'button' }))).toBeNull();
  });

  it('Shift+arrows jump between interesting hops; other Shift keys do nothing', () => {
    expect(['ArrowRight', 'ArrowLeft', ' ', 'ArrowUp'].map((k) => keyCommand(press(k, { shift: true })))).toEqual(['nextInteresting', 'prevInteresting', null, null]);
    expect(keyCommand(press('ArrowRight', { shift: true, inTerminal: true }))).toBeNull();
    expect(keyCommand(press('ArrowRight', { shift: true, modifier: true }))).toBeNull();
  });

  it('steps with a presenter remote: PageDown forward, PageUp back', () => {
    expect([keyCommand(press('PageDown')), keyCommand(press('PageUp'))]).toEqual(['next', 'prev']);
  });
});
