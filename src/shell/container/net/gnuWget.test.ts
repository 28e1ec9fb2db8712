import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { harness } from '../../../testing/harness';
import { golden } from '../../../testing/golden';

const dir = join(__dirname, 'testdata');

test('GNU wget in Debian-based images, BusyBox wget in alpine', () => {
  // Through the harness, so every change the script makes is checked against the world's invariants.
  const transcript = harness('three-node').run(readFileSync(join(dir, 'gnu-wget.txt'), 'utf8'));
  expect(transcript).toBe(golden(join(dir, 'gnu-wget.golden'), transcript));
  expect(transcript).not.toContain('BusyBox v');
});
