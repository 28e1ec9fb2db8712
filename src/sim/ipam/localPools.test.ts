import { describe, expect, it } from 'vitest';
import { checkLocalSubnet, nextLocalSubnet } from './localPools';

/** Calls nextLocalSubnet until it fails, adding each answer to `used`. */
function drain(used: string[]): string[] {
  const got: string[] = [];
  for (;;) {
    const next = nextLocalSubnet([...used, ...got]);
    if (typeof next !== 'string') return got;
    got.push(next);
  }
}

describe('nextLocalSubnet', () => {
  it('gives bridge 172.17.0.0/16, then docker_gwbridge 172.18.0.0/16', () => {
    expect(nextLocalSubnet([])).toBe('172.17.0.0/16');
    expect(nextLocalSubnet(['172.17.0.0/16'])).toBe('172.18.0.0/16');
    expect(nextLocalSubnet(['172.17.0.0/16', '172.18.0.0/16'])).toBe('172.19.0.0/16');
  });

  it('walks every default pool in order, then fails', () => {
    expect(drain([])).toEqual([
      '172.17.0.0/16', '172.18.0.0/16', '172.19.0.0/16',
      '172.20.0.0/16', '172.21.0.0/16', '172.22.0.0/16', '172.23.0.0/16',
      '172.24.0.0/16', '172.25.0.0/16', '172.26.0.0/16', '172.27.0.0/16',
      '172.28.0.0/16', '172.29.0.0/16', '172.30.0.0/16', '172.31.0.0/16',
      '192.168.0.0/20', '192.168.16.0/20', '192.168.32.0/20', '192.168.48.0/20',
      '192.168.64.0/20', '192.168.80.0/20', '192.168.96.0/20', '192.168.112.0/20',
      '192.168.128.0/20', '192.168.144.0/20', '192.168.160.0/20', '192.168.176.0/20',
      '192.168.192.0/20', '192.168.208.0/20', '192.168.224.0/20', '192.168.240.0/20',
    ]);
  });

  it('reuses a freed subnet first', () => {
    expect(nextLocalSubnet(['172.17.0.0/16', '172.19.0.0/16'])).toBe('172.18.0.0/16');
  });

  it('skips blocks overlapping a used subnet of another size', () => {
    expect(nextLocalSubnet(['172.16.0.0/12', '192.168.1.0/24'])).toBe('192.168.16.0/20');
    expect(nextLocalSubnet(['172.17.5.0/24'])).toBe('172.18.0.0/16');
    expect(drain(['172.16.0.0/12', '192.168.99.0/24'])).toHaveLength(15);
  });

  it('says so when every pool is used', () => {
    expect(nextLocalSubnet(['172.16.0.0/12', '192.168.0.0/16'])).toEqual({ key: 'pools-exhausted', params: {} });
  });
});

describe('checkLocalSubnet', () => {
  it('is the overlap check', () => {
    expect(checkLocalSubnet('172.17.0.0/16', ['172.17.0.0/16'])).toEqual({ key: 'pool-overlap', params: {} });
    expect(checkLocalSubnet('10.1.0.0/16', ['172.17.0.0/16'])).toBeNull();
  });
});
