import { describe, expect, it } from 'vitest';
import { goPrefixError } from './goPrefixError';

// Expected texts follow Go's net/netip ParsePrefix and parseIPv4 (error messages quoted from its source).
describe('goPrefixError', () => {
  it.each([
    ['foo', "no '/'"],
    ['10.0.1.0', "no '/'"],
    ['', "no '/'"],
    ['foo/24', 'ParseAddr("foo"): unable to parse IP'],
    ['/24', 'ParseAddr(""): unable to parse IP'],
    ['10.0.1.300/24', 'ParseAddr("10.0.1.300"): IPv4 field has value >255'],
    ['10.0.01.0/24', 'ParseAddr("10.0.01.0"): IPv4 field has octet with leading zero'],
    ['10.0..0/24', 'ParseAddr("10.0..0"): IPv4 field must have at least one digit (at ".0")'],
    ['10.0.0./24', 'ParseAddr("10.0.0."): IPv4 field must have at least one digit (at ".")'],
    ['10.0.0.0.0/24', 'ParseAddr("10.0.0.0.0"): IPv4 address too long'],
    ['10.0.0/24', 'ParseAddr("10.0.0"): IPv4 address too short'],
    ['10.0.x.0/24', 'ParseAddr("10.0.x.0"): unexpected character (at "x.0")'],
    ['%eth0/24', 'ParseAddr("%eth0"): missing IPv6 address'],
    ['10.0.0.0/33', 'prefix length out of range'],
    ['10.0.0.0/024', 'bad bits after slash: "024"'],
    ['10.0.0.0/', 'bad bits after slash: ""'],
    ['10.0.0.0/+8', 'bad bits after slash: "+8"'],
    ['10.0.0.0/a', 'bad bits after slash: "a"'],
    ['10.0.0.0/1/24', 'ParseAddr("10.0.0.0/1"): unexpected character (at "/1")'],
  ])('%j -> %s', (input, reason) => {
    expect(goPrefixError(input)).toBe(reason);
  });

  it.each(['10.0.0.0/8', '10.0.1.5/24', '0.0.0.0/0', '255.255.255.255/32', 'fd00::/64'])('accepts %s', (input) => {
    expect(goPrefixError(input)).toBeNull();
  });
});
