import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { harness } from '../../../testing/harness';
import { golden } from '../../../testing/golden';
import { parseCurlArgs } from './curlArgs';
import { writeOut } from './curlShow';

const dir = join(__dirname, 'testdata');

test('curl -I -i -o -w -H -X -d --connect-timeout -v print as curl does', () => {
  // Through the harness, so every change the script makes is checked against the world's invariants.
  const transcript = harness('three-node').run(readFileSync(join(dir, 'curl-flags.txt'), 'utf8'));
  expect(transcript).toBe(golden(join(dir, 'curl-flags.golden'), transcript));
});

test('short options group and take their values attached or apart', () => {
  const a = parseCurlArgs(['curl', '-sSo/dev/null', '-w', '%{http_code}', '-XPOST', '-H', 'A: b', 'http://x']);
  expect(a).toMatchObject({ silent: true, showError: true, output: '/dev/null', writeOut: '%{http_code}', method: 'POST', headers: [['A', 'b']], url: 'http://x' });
});

test('-w pads the code to three digits and warns where an unknown variable stands', () => {
  const t = { code: 0, ip: '10.0.0.2', port: 80, size: 0, url: 'http://x/', method: 'GET', contentType: '', total: 0.001 };
  expect(writeOut('%{http_code}|%{bad}|\\t%{time_total}\\n', t)).toEqual({ text: '000||\t0.001000\n', warnings: "curl: unknown --write-out variable: 'bad'\n", shown: "000|curl: unknown --write-out variable: 'bad'\n|\t0.001000\n" });
});
