import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtinScenarios } from '../../../scenario/builtins';
import { initialWorld } from '../../../scenario/load';
import { replayScript } from '../../../scenario/replay';
import { golden } from '../../../testing/golden';
import { newSession } from '../../session';

const dir = join(__dirname, 'testdata');

test('GNU wget in Debian-based images, BusyBox wget in alpine', () => {
  const script = readFileSync(join(dir, 'gnu-wget.txt'), 'utf8');
  const transcript = replayScript(initialWorld(builtinScenarios['three-node']!), newSession(), script).transcript;
  expect(transcript).toBe(golden(join(dir, 'gnu-wget.golden'), transcript));
  expect(transcript).not.toContain('BusyBox v');
});
