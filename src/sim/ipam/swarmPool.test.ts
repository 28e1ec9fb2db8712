import { describe, expect, it } from 'vitest';
import { defaultGateway } from './cidr';
import { checkSwarmSubnet, defaultSwarmMaskLength, defaultSwarmPools, nextSwarmSubnet } from './swarmPool';

const next = (used: string[]) => nextSwarmSubnet(defaultSwarmPools, defaultSwarmMaskLength, used);

describe('nextSwarmSubnet', () => {
  it('gives ingress 10.0.0.0/24 (gw .1), then the first overlay 10.0.1.0/24 (profile 29)', () => {
    expect(next([])).toBe('10.0.0.0/24');
    expect(defaultGateway('10.0.0.0/24')).toBe('10.0.0.1');
    expect(next(['10.0.0.0/24'])).toBe('10.0.1.0/24');
    expect(defaultGateway('10.0.1.0/24')).toBe('10.0.1.1');
  });

  it("leaves 17.10's fixed ingress 10.255.0.0/16 alone: the first overlay is 10.0.0.0/24", () => {
    expect(checkSwarmSubnet('10.255.0.0/16', [])).toBeNull();
    expect(next(['10.255.0.0/16'])).toBe('10.0.0.0/24');
  });

  it('reuses freed blocks, lowest first', () => {
    expect(next(['10.0.0.0/24', '10.0.2.0/24', '10.0.4.0/24'])).toBe('10.0.1.0/24');
    expect(next(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24', '10.0.4.0/24'])).toBe('10.0.3.0/24');
  });

  it('skips blocks covered by a given subnet of another size', () => {
    expect(next(['10.0.0.0/16'])).toBe('10.1.0.0/24');
    expect(next(['10.0.0.0/24', '10.0.1.128/25'])).toBe('10.0.2.0/24');
  });

  it('uses --default-addr-pool and --default-addr-pool-mask-length, pools sorted by address', () => {
    expect(nextSwarmSubnet(['10.20.0.0/16'], 26, [])).toBe('10.20.0.0/26');
    expect(nextSwarmSubnet(['10.20.0.0/16'], 26, ['10.20.0.0/26'])).toBe('10.20.0.64/26');
    expect(nextSwarmSubnet(['192.168.0.0/24', '10.20.0.0/24'], 25, [])).toBe('10.20.0.0/25');
    expect(nextSwarmSubnet(['192.168.0.0/24', '10.20.0.0/24'], 25, ['10.20.0.0/24'])).toBe('192.168.0.0/25');
  });

  it('says so when the pools are used up', () => {
    expect(nextSwarmSubnet(['10.20.0.0/24'], 25, ['10.20.0.0/25', '10.20.0.128/25'])).toEqual({
      key: 'pools-exhausted',
      params: {},
    });
    expect(next(['10.0.0.0/8'])).toEqual({ key: 'pools-exhausted', params: {} });
  });
});

describe('checkSwarmSubnet', () => {
  it('flags an explicit subnet overlapping another swarm network', () => {
    expect(checkSwarmSubnet('10.0.0.0/16', ['10.0.1.0/24'])).toEqual({ key: 'pool-overlap', params: {} });
    expect(checkSwarmSubnet('10.0.9.0/24', ['10.0.0.0/24', '10.0.1.0/24'])).toBeNull();
  });
});
