import { describe, expect, it } from 'vitest';
import { EPHEMERAL_PORT_MAX, EPHEMERAL_PORT_MIN, flowHash, flowSourcePort, type FlowTuple } from './flowHash';

const flow: FlowTuple = { src: '10.0.1.3', dst: '10.0.1.4', protocol: 6, srcPort: 45678, dstPort: 80 };

describe('flowSourcePort', () => {
  it('is a pure function of the 5-tuple', () => {
    expect(flowSourcePort({ ...flow })).toBe(flowSourcePort(flow));
    expect(flowHash({ ...flow })).toBe(flowHash(flow));
  });

  it('changes when any part of the tuple changes', () => {
    const variants: FlowTuple[] = [
      { ...flow, src: '10.0.1.5' },
      { ...flow, dst: '10.0.1.5' },
      { ...flow, protocol: 17 },
      { ...flow, srcPort: 45679 },
      { ...flow, dstPort: 81 },
    ];
    for (const v of variants) expect(flowHash(v)).not.toBe(flowHash(flow));
  });

  it('stays in the ephemeral range and spreads flows across it', () => {
    const ports = new Set<number>();
    for (let p = 0; p < 2000; p++) {
      const port = flowSourcePort({ ...flow, srcPort: 32768 + p });
      expect(port).toBeGreaterThanOrEqual(EPHEMERAL_PORT_MIN);
      expect(port).toBeLessThan(EPHEMERAL_PORT_MAX);
      ports.add(port);
    }
    expect(ports.size).toBeGreaterThan(1900);
    const low = [...ports].filter((p) => p < (EPHEMERAL_PORT_MIN + EPHEMERAL_PORT_MAX) / 2).length;
    expect(low / ports.size).toBeGreaterThan(0.4);
    expect(low / ports.size).toBeLessThan(0.6);
  });

  it('scales into a configured range', () => {
    for (let p = 0; p < 100; p++) {
      const port = flowSourcePort({ ...flow, srcPort: p }, 50000, 50010);
      expect(port).toBeGreaterThanOrEqual(50000);
      expect(port).toBeLessThan(50010);
    }
  });
});
