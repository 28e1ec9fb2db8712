import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { harness } from '../../testing/harness';
import { golden } from '../../testing/golden';

const dir = join(__dirname, 'testdata');

test('redis, httpd, python and node run with their default commands and ports (profile 29)', () => {
  // Through the harness, so every change the script makes is checked against the world's invariants.
  const transcript = harness('three-node').run(readFileSync(join(dir, 'images.txt'), 'utf8'));
  expect(transcript).toBe(golden(join(dir, 'images-29.golden'), transcript));
});
