import { describe, expect, it } from 'vitest';
import {
  addressAt,
  broadcastAddress,
  checkCliGateway,
  checkGateway,
  checkLocalSubnet,
  checkSubnet,
  contains,
  defaultGateway,
  hostIndex,
  macFor,
  networkAddress,
  overlaps,
  parseSubnet,
  subnetSize,
} from './cidr';

describe('parseSubnet / checkSubnet', () => {
  it('masks the given subnet and keeps the text', () => {
    expect(parseSubnet('10.0.1.5/24')).toEqual({ cidr: '10.0.1.0/24', given: '10.0.1.5/24', prefix: 24 });
  });

  it('accepts a canonical subnet', () => {
    expect(checkSubnet('10.0.1.0/24')).toBeNull();
    expect(checkSubnet('10.255.0.0/16')).toBeNull();
  });

  it('rejects host bits with the masked form', () => {
    expect(checkSubnet('10.0.1.5/24')).toEqual({
      key: 'invalid-subnet-host-bits',
      params: { subnet: '10.0.1.5/24', masked: '10.0.1.0/24' },
    });
  });

  it("rejects text Go's netip cannot parse, with Go's reason", () => {
    expect(checkSubnet('foo')).toEqual({ key: 'invalid-cidr', params: { subnet: 'foo', reason: "no '/'" } });
    expect(checkSubnet('10.0.0.0/33')).toEqual({
      key: 'invalid-cidr',
      params: { subnet: '10.0.0.0/33', reason: 'prefix length out of range' },
    });
  });

  it('says IPv6 is not simulated', () => {
    expect(checkSubnet('fd00::/64')).toEqual({ key: 'ipv6-not-simulated', params: { subnet: 'fd00::/64' } });
  });
});

describe('gateway checks', () => {
  it('accepts a gateway inside the subnet', () => {
    expect(checkGateway('10.0.1.0/24', '10.0.1.254')).toBeNull();
    expect(checkCliGateway('10.0.1.0/24', '10.0.1.1')).toBeNull();
  });

  it("gives the daemon's words with the subnet as given", () => {
    expect(checkGateway('10.0.1.0/24', '10.1.0.1')).toEqual({
      key: 'invalid-gateway-outside-subnet',
      params: { gateway: '10.1.0.1', subnet: '10.0.1.0/24' },
    });
    expect(checkGateway('10.0.1.5/24', '10.0.2.1')?.params).toEqual({ gateway: '10.0.2.1', subnet: '10.0.1.5/24' });
  });

  it("gives the CLI's words", () => {
    expect(checkCliGateway('10.0.1.0/24', '10.1.0.1')).toEqual({
      key: 'gateway-no-matching-subnet',
      params: { gateway: '10.1.0.1' },
    });
  });
});

describe('checkLocalSubnet', () => {
  it('rejects a subnet overlapping one in use, in either direction', () => {
    const overlap = { key: 'pool-overlap', params: {} };
    expect(checkLocalSubnet('172.18.0.0/16', ['172.17.0.0/16', '172.18.0.0/16'])).toEqual(overlap);
    expect(checkLocalSubnet('172.18.5.0/24', ['172.18.0.0/16'])).toEqual(overlap);
    expect(checkLocalSubnet('172.16.0.0/12', ['172.18.0.0/16'])).toEqual(overlap);
  });

  it('accepts a disjoint subnet', () => {
    expect(checkLocalSubnet('172.19.0.0/16', ['172.17.0.0/16', '172.18.0.0/16'])).toBeNull();
  });
});

describe('address math', () => {
  it('overlaps', () => {
    expect(overlaps('10.0.0.0/8', '10.0.1.0/24')).toBe(true);
    expect(overlaps('10.0.1.0/24', '10.0.1.0/24')).toBe(true);
    expect(overlaps('10.0.0.0/24', '10.0.1.0/24')).toBe(false);
    expect(overlaps('10.255.0.0/16', '10.0.0.0/24')).toBe(false);
  });

  it('contains, edges included', () => {
    expect(contains('10.0.0.0/24', '10.0.0.0')).toBe(true);
    expect(contains('10.0.0.0/24', '10.0.0.255')).toBe(true);
    expect(contains('10.0.0.0/24', '10.0.1.0')).toBe(false);
    expect(contains('0.0.0.0/0', '255.255.255.255')).toBe(true);
  });

  it('hostIndex and addressAt are inverses', () => {
    expect(hostIndex('10.0.0.0/24', '10.0.0.6')).toBe(6);
    expect(addressAt('10.0.1.0/24', 2)).toBe('10.0.1.2');
    expect(addressAt('172.18.0.0/16', 258)).toBe('172.18.1.2');
    expect(hostIndex('172.18.0.0/16', '172.18.1.2')).toBe(258);
    expect(() => addressAt('10.0.1.0/24', 256)).toThrow(RangeError);
  });

  it('network, broadcast, size and default gateway', () => {
    expect(networkAddress('10.0.1.5/24')).toBe('10.0.1.0');
    expect(broadcastAddress('10.0.1.0/24')).toBe('10.0.1.255');
    expect(broadcastAddress('10.255.0.0/16')).toBe('10.255.255.255');
    expect(subnetSize('10.0.0.0/24')).toBe(256);
    expect(defaultGateway('10.0.0.0/24')).toBe('10.0.0.1');
    expect(defaultGateway('10.255.0.0/16')).toBe('10.255.0.1');
    expect(defaultGateway('172.18.0.0/16')).toBe('172.18.0.1');
  });

  it('macFor', () => {
    expect(macFor('10.0.0.6')).toBe('02:42:0a:00:00:06');
    expect(macFor('172.18.0.2')).toBe('02:42:ac:12:00:02');
    expect(macFor('255.255.255.255')).toBe('02:42:ff:ff:ff:ff');
  });
});
