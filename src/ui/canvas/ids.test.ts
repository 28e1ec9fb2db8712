import { describe, expect, it } from 'vitest';
import { elementId, parseElementId, type ElementRef } from './ids';

describe('element ids', () => {
  it('round-trip every kind', () => {
    const refs: ElementRef[] = [
      { kind: 'host', machine: 'default-2' },
      { kind: 'container', container: 'fb057acbf8fa' },
      { kind: 'lb', machine: 'default', network: 'abc123' },
      { kind: 'sbox', machine: 'default-3' },
      { kind: 'ns', machine: 'default-2', network: 'abc123' },
      { kind: 'network', network: 'abc123' },
      { kind: 'underlay' },
    ];
    expect(refs.map(elementId)).toEqual(['host:default-2', 'container:fb057acbf8fa', 'lb:default:abc123', 'sbox:default-3', 'ns:default-2:abc123', 'network:abc123', 'underlay']);
    expect(refs.map((r) => parseElementId(elementId(r)))).toEqual(refs);
  });

  it('rejects edge ids and junk', () => {
    expect([parseElementId('edge:abc'), parseElementId('lb:default'), parseElementId('ns:default'), parseElementId('host:'), parseElementId('')]).toEqual([null, null, null, null, null]);
  });
});
