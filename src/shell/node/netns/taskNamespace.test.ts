import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtinScenarios } from '../../../scenario/builtins';
import { initialWorld } from '../../../scenario/load';
import { replayScript } from '../../../scenario/replay';
import { golden } from '../../../testing/golden';
import { newSession } from '../../session';

const dir = join(__dirname, 'testdata');

test("ip addr and ip route inside a task's and a container's namespace print their interfaces (29)", () => {
  const script = readFileSync(join(dir, 'task-ns.txt'), 'utf8');
  const transcript = replayScript(initialWorld(builtinScenarios['three-node']!), newSession(), script).transcript;
  expect(transcript).toBe(golden(join(dir, 'task-ns-29.golden'), transcript));
  expect(transcript).toContain('default via 172.18.0.1 dev eth1');
});
