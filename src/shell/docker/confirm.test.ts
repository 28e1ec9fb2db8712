import { expect, it } from 'vitest';
import { confirm, question } from './confirm';

it("takes only y or Y as yes, as docker/cli's prompt does, and answers no when nothing is piped", () => {
  const asked = question('WARNING! x');
  expect(asked).toBe('WARNING! x\nAre you sure you want to continue? [y/N] ');
  expect(confirm('y\n', asked)).toEqual({ yes: true, printed: asked });
  expect(confirm(' Y \nmore', asked).yes).toBe(true);
  expect(confirm('yes\n', asked).yes).toBe(false);
  expect(confirm('n\n', asked)).toEqual({ yes: false, printed: asked });
  expect(confirm('', asked)).toEqual({ yes: false, printed: `${asked}\n` });
});
