import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtinScenarios } from '../../../scenario/builtins';
import { initialWorld } from '../../../scenario/load';
import { replayScript } from '../../../scenario/replay';
import { golden } from '../../../testing/golden';
import { newSession } from '../../session';

const dir = join(__dirname, 'testdata');

test('ip addr, ip route and ip link inside ingress_sbox and an LB sandbox show each VIP as a /32 alias (29)', () => {
  const script = readFileSync(join(dir, 'sandbox-ns.txt'), 'utf8');
  const transcript = replayScript(initialWorld(builtinScenarios['three-node']!), newSession(), script).transcript;
  expect(transcript).toBe(golden(join(dir, 'sandbox-ns-29.golden'), transcript));
});
