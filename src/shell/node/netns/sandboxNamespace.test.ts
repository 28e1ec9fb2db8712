import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { harness } from '../../../testing/harness';
import { golden } from '../../../testing/golden';

const dir = join(__dirname, 'testdata');

test('ip addr, ip route and ip link inside ingress_sbox and an LB sandbox show each VIP as a /32 alias (29)', () => {
  // Through the harness, so every change the script makes is checked against the world's invariants.
  const transcript = harness('three-node').run(readFileSync(join(dir, 'sandbox-ns.txt'), 'utf8'));
  expect(transcript).toBe(golden(join(dir, 'sandbox-ns-29.golden'), transcript));
});
