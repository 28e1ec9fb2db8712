import { expect, it } from 'vitest';
import { confirm, question } from './confirm';

it("takes only y or Y as yes, as docker/cli's prompt does, from stdin or else from the line typed at the terminal", () => {
  const asked = question('WARNING! x');
  expect(asked).toBe('WARNING! x\nAre you sure you want to continue? [y/N] ');
  expect(confirm('y\n', asked)).toEqual({ yes: true, printed: asked });
  expect(confirm(' Y \nmore', asked).yes).toBe(true);
  expect(confirm('yes\n', asked).yes).toBe(false);
  expect(confirm('n\n', asked)).toEqual({ yes: false, printed: asked });
  // Piped stdin wins over a terminal answer.
  expect(confirm('n\n', asked, 'y')).toEqual({ yes: false, printed: asked });
  expect(confirm('', asked)).toEqual({ yes: false, printed: asked, asks: 'waiting' });
  expect(confirm('', asked, 'Y')).toEqual({ yes: true, printed: asked, asks: 'answered' });
  expect(confirm('', asked, '')).toEqual({ yes: false, printed: asked, asks: 'answered' });
  expect(confirm('', asked, 'yes')).toEqual({ yes: false, printed: asked, asks: 'answered' });
});
