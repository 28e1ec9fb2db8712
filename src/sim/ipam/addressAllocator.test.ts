import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateFirstFree, allocateSerial, defaultGateway } from './addressAllocator';
import { addressAt, broadcastAddress, contains, networkAddress, subnetSize } from './cidr';
import type { IpamError } from './errors';

/** Serially allocates `count` addresses, as a swarm network does, returning them in order. */
function serial(subnet: string, reserved: Set<string>, count: number, cursor: string | null = null): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = allocateSerial({ subnet, reserved, cursor });
    if ('key' in r) throw new Error(r.key);
    reserved.add(r.ip);
    cursor = r.cursor;
    out.push(r.ip);
  }
  return out;
}

describe('allocateSerial (SPEC §11, profile 29)', () => {
  it('ingress 10.0.0.0/24: gw .1, one ingress-sbox address per node .2-.4, then the VIP', () => {
    const reserved = new Set([defaultGateway('10.0.0.0/24')]);
    expect(serial('10.0.0.0/24', reserved, 4)).toEqual(['10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5']);
  });

  it('mynet 10.0.1.0/24: VIP .2, tasks .3-.5, lb-mynet from .6', () => {
    const reserved = new Set(['10.0.1.1']);
    expect(serial('10.0.1.0/24', reserved, 7)).toEqual([
      '10.0.1.2', '10.0.1.3', '10.0.1.4', '10.0.1.5', '10.0.1.6', '10.0.1.7', '10.0.1.8',
    ]);
  });

  it('17.10 ingress 10.255.0.0/16: gw 10.255.0.1, then .0.2 up', () => {
    const reserved = new Set([defaultGateway('10.255.0.0/16')]);
    expect(serial('10.255.0.0/16', reserved, 2)).toEqual(['10.255.0.2', '10.255.0.3']);
  });

  it('does not reuse a freed low address at once', () => {
    const reserved = new Set(['10.0.1.1']);
    const [first, , last] = serial('10.0.1.0/24', reserved, 3);
    reserved.delete(first ?? '');
    expect(allocateSerial({ subnet: '10.0.1.0/24', reserved, cursor: last ?? null })).toEqual({
      ip: '10.0.1.5',
      cursor: '10.0.1.5',
    });
  });

  it('wraps past the end to the lowest free address, skipping the broadcast address', () => {
    const reserved = new Set(['10.0.9.1']);
    serial('10.0.9.0/29', reserved, 5);
    reserved.delete('10.0.9.3');
    expect(allocateSerial({ subnet: '10.0.9.0/29', reserved, cursor: '10.0.9.6' })).toEqual({
      ip: '10.0.9.3',
      cursor: '10.0.9.3',
    });
    expect(allocateSerial({ subnet: '10.0.9.0/29', reserved, cursor: '10.0.9.5' })).toEqual({
      ip: '10.0.9.3',
      cursor: '10.0.9.3',
    });
  });

  it('starts at the first host address when the cursor is null or stale', () => {
    const reserved = new Set(['10.0.1.100']);
    expect(allocateSerial({ subnet: '10.0.1.0/24', reserved, cursor: null })).toEqual({ ip: '10.0.1.1', cursor: '10.0.1.1' });
    expect(allocateSerial({ subnet: '10.0.1.0/24', reserved, cursor: '10.9.9.9' })).toEqual({ ip: '10.0.1.1', cursor: '10.0.1.1' });
  });

  it('reports a full network in the manager allocator words', () => {
    const reserved = new Set(['10.0.9.1']);
    serial('10.0.9.0/29', reserved, 5);
    expect(allocateSerial({ subnet: '10.0.9.0/29', reserved, cursor: '10.0.9.4' })).toEqual({
      key: 'swarm-no-available-ip',
      params: { subnet: '10.0.9.0/29' },
    });
  });
});

describe('allocateFirstFree', () => {
  it('docker_gwbridge 172.18.0.0/16: ingress-sbox 172.18.0.2, then task containers from .3', () => {
    const reserved = new Set([defaultGateway('172.18.0.0/16')]);
    const got: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = allocateFirstFree({ subnet: '172.18.0.0/16', reserved });
      if ('key' in r) throw new Error(r.key);
      reserved.add(r.ip);
      got.push(r.ip);
    }
    expect(got).toEqual(['172.18.0.2', '172.18.0.3', '172.18.0.4']);
  });

  it('reuses a freed low address at once', () => {
    const reserved = new Set(['172.17.0.1', '172.17.0.3', '172.17.0.4']);
    expect(allocateFirstFree({ subnet: '172.17.0.0/16', reserved })).toEqual({ ip: '172.17.0.2' });
  });

  it('reports a full network in libnetwork endpoint words', () => {
    const reserved = new Set(['192.168.5.1', '192.168.5.2']);
    expect(allocateFirstFree({ subnet: '192.168.5.0/30', reserved })).toEqual({
      key: 'no-available-ips',
      params: { subnet: '192.168.5.0/30' },
    });
  });

  it('hands out both addresses of a /31 and the one of a /32', () => {
    expect(allocateFirstFree({ subnet: '10.1.0.0/31', reserved: new Set() })).toEqual({ ip: '10.1.0.0' });
    expect(allocateFirstFree({ subnet: '10.1.0.0/31', reserved: new Set(['10.1.0.0']) })).toEqual({ ip: '10.1.0.1' });
    expect(allocateFirstFree({ subnet: '10.1.0.7/32', reserved: new Set() })).toEqual({ ip: '10.1.0.7' });
  });
});

describe('properties', () => {
  const subnetArb = fc
    .record({ octets: fc.tuple(fc.integer({ min: 1, max: 223 }), fc.nat(255), fc.nat(255)), prefix: fc.integer({ min: 24, max: 30 }) })
    .map(({ octets, prefix }) => {
      const base = `${octets.join('.')}.0/${prefix}`;
      return `${networkAddress(base)}/${prefix}`;
    });

  it('allocated addresses are distinct, inside the subnet, never network, broadcast or gateway', () => {
    fc.assert(
      fc.property(subnetArb, fc.boolean(), fc.array(fc.nat(), { maxLength: 40 }), (subnet, useSerial, releases) => {
        const gateway = defaultGateway(subnet);
        const reserved = new Set([gateway]);
        const live: string[] = [];
        let cursor: string | null = null;
        for (const pick of releases) {
          const r: { ip: string; cursor?: string } | IpamError = useSerial
            ? allocateSerial({ subnet, reserved, cursor })
            : allocateFirstFree({ subnet, reserved });
          if ('key' in r) {
            // Full: the live set plus the gateway is every usable address.
            expect(live.length + 1).toBe(subnetSize(subnet) - 2);
          } else {
            expect(live).not.toContain(r.ip);
            expect(contains(subnet, r.ip)).toBe(true);
            expect([networkAddress(subnet), broadcastAddress(subnet), gateway]).not.toContain(r.ip);
            if (r.cursor !== undefined) cursor = r.cursor;
            reserved.add(r.ip);
            live.push(r.ip);
          }
          if (pick % 3 === 0 && live.length > 0) {
            const [gone] = live.splice(pick % live.length, 1);
            reserved.delete(gone ?? '');
          }
        }
      }),
    );
  });

  it('serial allocation hands out every free address once before wrapping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 26, max: 30 }), fc.nat(), (prefix, seed) => {
        const subnet = `10.0.0.0/${prefix}`;
        const usable = 2 ** (32 - prefix) - 2;
        const start = addressAt(subnet, 1 + (seed % usable));
        const got = serial(subnet, new Set(), usable, start);
        expect(new Set(got).size).toBe(usable);
        expect(got[got.length - 1]).toBe(start);
      }),
    );
  });
});

describe('performance', () => {
  it('allocates 1,000 addresses in a /16 quickly, both ways', () => {
    const t0 = performance.now();
    const got = serial('10.10.0.0/16', new Set(['10.10.0.1']), 1000);
    const reserved = new Set(['172.20.0.1']);
    for (let i = 0; i < 1000; i++) {
      const r = allocateFirstFree({ subnet: '172.20.0.0/16', reserved });
      if ('key' in r) throw new Error(r.key);
      reserved.add(r.ip);
    }
    const ms = performance.now() - t0;
    expect(got[999]).toBe('10.10.3.233');
    expect(reserved.has('172.20.3.233')).toBe(true);
    expect(ms).toBeLessThan(500);
  });
});
