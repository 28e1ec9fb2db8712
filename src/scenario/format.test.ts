import { describe, expect, it } from 'vitest';
import { builtinScenarios, threeNode } from './builtins';
import { parseScenario, validateScenario } from './format';
import { loadScenario } from './load';

/** threeNode with some fields replaced (undefined removes a field). */
const withFields = (fields: Record<string, unknown>): unknown => {
  const s: Record<string, unknown> = JSON.parse(JSON.stringify(threeNode));
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) delete s[k];
    else s[k] = v;
  }
  return s;
};
const error = (value: unknown): string => {
  const r = validateScenario(value);
  if (r.ok) throw new Error('accepted');
  return r.error;
};
const machines3 = threeNode.machines;

describe('validateScenario', () => {
  it('accepts every built-in scenario, and each loads', () => {
    for (const s of Object.values(builtinScenarios)) expect(validateScenario(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, scenario: s });
    expect(loadScenario(threeNode).world.machines).toHaveLength(3);
  });

  it.each([
    ['a machine both manager and worker', { swarm: { managers: ['default'], workers: ['default', 'default-2'] } }, 'scenario: swarm.workers[0] "default" is already listed in swarm.managers'],
    ['a manager listed twice', { swarm: { managers: ['default', 'default'], workers: [] } }, 'scenario: swarm.managers[1] "default" is already listed in swarm.managers'],
    ['a worker listed twice', { swarm: { managers: ['default'], workers: ['default-2', 'default-2'] } }, 'scenario: swarm.workers[1] "default-2" is already listed in swarm.workers'],
    ['a swarm member that is no machine', { swarm: { managers: ['default'], workers: [7] } }, 'scenario: swarm.workers[0] 7 is not a machine'],
    ['a fractional seed', { seed: 1.5 }, 'scenario: "seed" must be a whole number from 0 to 9007199254740991, not 1.5'],
    ['an unsafe seed', { seed: 2 ** 53 }, 'scenario: "seed" must be a whole number from 0 to 9007199254740991, not 9007199254740992'],
    ['a negative seed', { seed: -1 }, 'scenario: "seed" must be a whole number from 0 to 9007199254740991, not -1'],
    ['a seed of NaN', { seed: NaN }, 'scenario: "seed" must be a whole number from 0 to 9007199254740991, not NaN'],
    ['a string seed', { seed: '7' }, 'scenario: "seed" must be a whole number from 0 to 9007199254740991, not "7"'],
    ['the end of JavaScript time', { start: '+275760-09-13T00:00:00.000Z' }, 'scenario: "start" must be an ISO 8601 time such as "2026-11-28T09:00:00Z"'],
    ['a year past 9999', { start: '9999-12-31T23:59:59.500Z' }, 'scenario: "start" must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z, not "9999-12-31T23:59:59.500Z"'],
    ['a time before 1970', { start: '1969-12-31T23:59:59Z' }, 'scenario: "start" must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z, not "1969-12-31T23:59:59Z"'],
    ['a date that is no ISO time', { start: 'Tue Mar 5 2024' }, 'scenario: "start" must be an ISO 8601 time such as "2026-11-28T09:00:00Z"'],
    ['an impossible date', { start: '2026-02-30T25:00:00Z' }, 'scenario: "start" must be an ISO 8601 time such as "2026-11-28T09:00:00Z"'],
    ['a negative cursor', { cursors: { vni: -1 } }, 'scenario: cursors.vni must be a whole number from 4096 to 16777215, not -1'],
    ['a fractional cursor', { cursors: { fwmark: 300.5 } }, 'scenario: cursors.fwmark must be a whole number from 256 to 4294967295, not 300.5'],
    ['a huge cursor', { cursors: { vni: 1e300 } }, 'scenario: cursors.vni must be a whole number from 4096 to 16777215, not 1e+300'],
    ['a VNI past 24 bits', { cursors: { vni: 2 ** 24 } }, 'scenario: cursors.vni must be a whole number from 4096 to 16777215, not 16777216'],
    ['an unknown cursor', { cursors: { vni: 4098, ports: 1 } }, 'scenario: unknown cursor "ports" (known: vni, fwmark)'],
    ['cursors that are no object', { cursors: [4098] }, 'scenario: "cursors" must be an object'],
    ['a layout x of Infinity', { layout: { a: { x: Infinity, y: 0 } } }, 'scenario: layout["a"].x must be a number from -1000000 to 1000000, not Infinity'],
    ['a layout y of NaN', { layout: { a: { x: 0, y: NaN } } }, 'scenario: layout["a"].y must be a number from -1000000 to 1000000, not NaN'],
    ['a huge layout value', { layout: { a: { x: 1e9, y: 0 } } }, 'scenario: layout["a"].x must be a number from -1000000 to 1000000, not 1000000000'],
    ['a layout value of the wrong type', { layout: { a: { x: '1', y: 0 } } }, 'scenario: layout["a"].x must be a number from -1000000 to 1000000, not "1"'],
    ['a layout entry that is no point', { layout: { a: [1, 2] } }, 'scenario: layout["a"] must be { "x": number, "y": number }'],
    ['a layout that is no object', { layout: 'left' }, 'scenario: "layout" must be an object'],
    ['too many commands', { commands: Array.from({ length: 10_001 }, () => 'ls') }, 'scenario: "commands" has 10001 lines (at most 10000)'],
    ['a command too long', { commands: ['x'.repeat(131_073)] }, 'scenario: commands[0] has 131073 characters (at most 131072)'],
    ['a command that is no string', { commands: ['ls', 3] }, 'scenario: commands[1] must be a string'],
    ['too many machines', { machines: Array.from({ length: 65 }, (_, i) => ({ name: `m${i}`, ip: `192.168.98.${i + 1}` })), swarm: null }, 'scenario: "machines" has 65 entries (at most 64)'],
    ['too many layout entries', { layout: Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`n${i}`, { x: 0, y: 0 }])) }, 'scenario: "layout" has 10001 entries (at most 10000)'],
    ['a future version', { version: 3 }, 'scenario: version 3 was made by a newer playground (this one reads versions 1 to 2)'],
    ['a version with a newline', { version: 'x\ny' }, 'scenario: unsupported version "x\\ny" (this playground reads versions 1 to 2)'],
  ])('rejects %s', (_what, fields, message) => {
    expect(error(withFields(fields))).toBe(message);
  });

  it.each([
    ['0.0.0.0', 'is in 0.0.0.0/8 ("this network")'],
    ['127.0.0.1', 'is a loopback address'],
    ['127.5.5.5', 'is a loopback address'],
    ['224.0.0.1', 'is a multicast address'],
    ['239.255.255.250', 'is a multicast address'],
    ['255.255.255.255', 'is a reserved or broadcast address'],
    ['10.0.0.5', "is inside the swarm's address pool 10.0.0.0/8 (ingress and the overlays)"],
    ['10.255.0.7', "is inside the swarm's address pool 10.0.0.0/8 (ingress and the overlays)"],
    ['172.17.0.2', 'is inside the bridge network 172.17.0.0/16'],
    ['172.18.0.9', 'is inside docker_gwbridge 172.18.0.0/16'],
    ['192.168.99.1', "is the laptop's address 192.168.99.1"],
    ['192.168.99.255', 'is a network or broadcast address of its /24'],
    ['192.168.099.5', 'must be an IPv4 address'],
    ['1.2.3', 'must be an IPv4 address'],
  ])('rejects a machine at %s', (ip, why) => {
    const machines = [machines3[0], { name: 'default-2', ip }, machines3[2]];
    expect(error(withFields({ machines }))).toBe(`scenario: machines[1].ip ${JSON.stringify(ip)} ${why}`);
  });

  it('rejects repeated machine names and addresses, naming which', () => {
    expect(error(withFields({ machines: [machines3[0], machines3[0]] }))).toBe('scenario: machines[1].name repeats "default"');
    expect(error(withFields({ machines: [machines3[0], { name: 'other', ip: '192.168.99.100' }], swarm: null }))).toBe('scenario: machines[1].ip repeats "192.168.99.100"');
  });

  it.each([
    ['at the top', '{"__proto__": {"polluted": 1}, "format": "swarm-playground/scenario"}', 'scenario: key "__proto__" is not allowed (at "__proto__")'],
    ['in the layout', `{"format":"swarm-playground/scenario","layout":{"constructor":{"x":0,"y":0}}}`, 'scenario: key "constructor" is not allowed (at "layout.constructor")'],
    ['in a machine', `{"machines":[{"name":"a","ip":"192.168.99.100","__proto__":{"ip":"127.0.0.1"}}]}`, 'scenario: key "__proto__" is not allowed (at "machines[0].__proto__")'],
    ['in cursors', `{"cursors":{"prototype":1}}`, 'scenario: key "prototype" is not allowed (at "cursors.prototype")'],
  ])('rejects a prototype key %s', (_where, text, message) => {
    expect(parseScenario(text)).toEqual({ ok: false, error: message });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports bad JSON and oversized text in one line', () => {
    const r = parseScenario('{"format":\n"swarm-playground/scenario",\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^scenario: not valid JSON \([^\n]+\)$/);
    expect(parseScenario(' '.repeat(8 * 1024 * 1024 + 1))).toEqual({ ok: false, error: 'scenario: 8388609 characters is too large (at most 8388608)' });
  });

  it('loads a scenario whose cursors and layout are at their limits', () => {
    const value = withFields({ seed: Number.MAX_SAFE_INTEGER, start: '9999-12-31T23:59:59Z', cursors: { vni: 16777215, fwmark: 4294967295 }, layout: { a: { x: -1_000_000, y: 1_000_000 } } });
    const r = validateScenario(value);
    expect(r.ok).toBe(true);
    if (r.ok) expect(loadScenario(r.scenario).world.now).toBe(Date.UTC(9999, 11, 31, 23, 59, 59));
  });
});
