import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { harness } from '../../../testing/harness';
import { golden } from '../../../testing/golden';

const dir = join(__dirname, 'testdata');

test("ip addr and ip route inside a task's and a container's namespace print their interfaces (29)", () => {
  // Through the harness, so every change the script makes is checked against the world's invariants.
  const transcript = harness('three-node').run(readFileSync(join(dir, 'task-ns.txt'), 'utf8'));
  expect(transcript).toBe(golden(join(dir, 'task-ns-29.golden'), transcript));
  expect(transcript).toContain('default via 172.18.0.1 dev eth1');
});
