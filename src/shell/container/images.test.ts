import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtinScenarios } from '../../scenario/builtins';
import { initialWorld } from '../../scenario/load';
import { replayScript } from '../../scenario/replay';
import { golden } from '../../testing/golden';
import { newSession } from '../session';

const dir = join(__dirname, 'testdata');

test('redis, httpd, python and node run with their default commands and ports (profile 29)', () => {
  const script = readFileSync(join(dir, 'images.txt'), 'utf8');
  const transcript = replayScript(initialWorld(builtinScenarios['three-node']!), newSession(), script).transcript;
  expect(transcript).toBe(golden(join(dir, 'images-29.golden'), transcript));
});
