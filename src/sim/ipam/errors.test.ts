import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allocateFirstFree, allocateSerial } from './addressAllocator';
import { checkCliGateway, checkGateway, checkSubnet } from './cidr';
import { ipamErrorKeys, isIpamError, type IpamError, type IpamErrorKey } from './errors';
import { checkLocalSubnet, nextLocalSubnet } from './localPools';
import { checkSwarmSubnet, nextSwarmSubnet } from './swarmPool';

const full = new Set(['10.9.0.1', '10.9.0.2']);

/** One real call per key. */
const produced: Record<IpamErrorKey, unknown> = {
  'invalid-cidr': checkSubnet('foo'),
  'invalid-subnet-host-bits': checkSubnet('10.0.1.5/24'),
  'invalid-gateway-outside-subnet': checkGateway('10.0.1.0/24', '10.1.0.1'),
  'gateway-no-matching-subnet': checkCliGateway('10.0.1.0/24', '10.1.0.1'),
  'pool-overlap': checkLocalSubnet('10.0.0.0/16', ['10.0.1.0/24']) ?? checkSwarmSubnet('10.0.0.0/16', ['10.0.1.0/24']),
  'pools-exhausted': nextLocalSubnet(['172.16.0.0/12', '192.168.0.0/16']),
  'no-available-ips': allocateFirstFree({ subnet: '10.9.0.0/30', reserved: full }),
  'swarm-no-available-ip': allocateSerial({ subnet: '10.9.0.0/30', reserved: full, cursor: null }),
  'swarm-no-available-vip': allocateSerial({ subnet: '10.9.0.0/30', reserved: full, cursor: null, vip: true }),
  'ipv6-not-simulated': checkSubnet('fd00::/64'),
};

describe('IPAM error keys', () => {
  it.each(Object.entries(produced))('%s is returned by a real call', (key, value) => {
    expect(isIpamError(value)).toBe(true);
    expect((value as IpamError).key).toBe(key);
  });

  it('swarm pools run out with the same key', () => {
    expect(nextSwarmSubnet(['10.0.0.0/24'], 24, ['10.0.0.0/24'])).toEqual({ key: 'pools-exhausted', params: {} });
  });

  it('every key has a row in the wording table at the top of errors.ts', () => {
    const source = readFileSync(new URL('./errors.ts', import.meta.url), 'utf8');
    const rows = source.split('\n').filter((line) => line.startsWith(' * | '));
    const listed = rows.map((line) => line.split('|')[1]?.trim()).filter((k) => k && k !== 'key' && !k.startsWith('-'));
    expect(listed).toEqual([...ipamErrorKeys]);
  });
});
