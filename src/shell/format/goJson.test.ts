import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marshalCompact, marshalIndent, quoteGoJson, type GoJsonValue } from './goJson';

const golden = (name: string): string => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

// `docker network inspect` prints the array, then a newline.
const inspect = (value: GoJsonValue): string => marshalIndent([value]) + '\n';

describe('marshalIndent', () => {
  it('rebuilds the seed inspect of overnet once a task is attached (Docker 17.10 field order)', () => {
    const endpoint = (name: string, id: string, last: number) => ({
      Name: name,
      EndpointID: id,
      MacAddress: `02:42:0a:00:00:0${last}`,
      IPv4Address: `10.0.0.${last}/24`,
      IPv6Address: '',
    });
    const overnet = {
      Name: 'overnet',
      Id: 'fvyh0us5pkb50dd0qbk4z8537',
      Created: '2017-11-09T08:14:08.731645101Z',
      Scope: 'swarm',
      Driver: 'overlay',
      EnableIPv6: false,
      IPAM: { Driver: 'default', Options: null, Config: [{ Subnet: '10.0.0.0/24', Gateway: '10.0.0.1' }] },
      Internal: false,
      Attachable: false,
      Ingress: false,
      ConfigFrom: { Network: '' },
      ConfigOnly: false,
      // A Go map: keys come out sorted whatever the insertion order.
      Containers: new Map([
        ['overnet-sbox', endpoint('overnet-endpoint', 'aeea6fa5e54ec37d640ffcbe81d3206550dc972382265de9b5592e9b2bd1a3f2', 3)],
        [
          '40c48c6eb4e56fab5f6f222c31bfe55915126033dcb416267d78ff197c712583',
          endpoint('myservice.1.7u0odxhvmqam2s6zcx722bfvx', 'a5d198bb2f1f31cb01e0368e8095d222288d0844ef56bcc5789e6f081425093d', 6),
        ],
      ]),
      Options: new Map([['com.docker.network.driver.overlay.vxlanid_list', '4098']]),
      Labels: new Map(),
      Peers: [
        { Name: '99176f06426d', IP: '192.168.99.101' },
        { Name: 'ac69cf321f95', IP: '192.168.99.102' },
        { Name: '8c65bb22c846', IP: '192.168.99.100' },
      ],
    };
    expect(inspect(overnet)).toBe(golden('network-inspect-overnet-17.10.golden'));
  });

  it('rebuilds the seed inspect of overnet before any task (nulls, empty array, no Peers)', () => {
    const overnet = {
      Name: 'overnet',
      Id: 'fvyh0us5pkb50dd0qbk4z8537',
      Created: '0001-01-01T00:00:00Z',
      Scope: 'swarm',
      Driver: 'overlay',
      EnableIPv6: false,
      IPAM: { Driver: 'default', Options: null, Config: [] },
      Internal: false,
      Attachable: false,
      Ingress: false,
      ConfigFrom: { Network: '' },
      ConfigOnly: false,
      Containers: null,
      Options: { 'com.docker.network.driver.overlay.vxlanid_list': '4098' },
      Labels: null,
      Peers: undefined,
    };
    expect(inspect(overnet)).toBe(golden('network-inspect-overnet-unattached-17.10.golden'));
  });

  it('prints empty containers compactly and an empty top-level array as []', () => {
    expect(marshalIndent([])).toBe('[]');
    expect(marshalIndent({ a: {}, b: [], c: new Map(), d: [1, 2.5, -3, 1e21, 1e-7, 12345678901234567890n] })).toBe(
      '{\n    "a": {},\n    "b": [],\n    "c": {},\n    "d": [\n        1,\n        2.5,\n        -3,\n        1e+21,\n        1e-7,\n        12345678901234567890\n    ]\n}',
    );
    expect(marshalIndent({ x: [true] }, '\t')).toBe('{\n\t"x": [\n\t\ttrue\n\t]\n}');
  });
});

describe('quoteGoJson', () => {
  it('escapes like Go encoding/json (Go 1.22+ short forms for \\b and \\f)', () => {
    expect(quoteGoJson('a"b\\c\n\r\t\b\f\u0001\u001f\u007f')).toBe('"a\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\u007f"');
    expect(quoteGoJson('<a href="x">&</a>')).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"');
    expect(quoteGoJson('<&>', false)).toBe('"<&>"');
    expect(quoteGoJson('line\u2028para\u2029', false)).toBe('"line\\u2028para\\u2029"');
    expect(quoteGoJson('한글 é 🐳')).toBe('"한글 é 🐳"');
    expect(quoteGoJson('bad\ud800x\udc00')).toBe('"bad\\ufffdx\\ufffd"');
  });

  it('escapes map keys too, and compact output has no spaces', () => {
    expect(marshalCompact(new Map([['b<', 1], ['a', null]]))).toBe('{"a":null,"b\\u003c":1}');
    expect(marshalCompact({ z: ['<'], y: undefined }, false)).toBe('{"z":["<"]}');
  });
});
