import { describe, expect, it } from 'vitest';
import { centredOn, fitKeepingInView, fitOptions, fitViewport, legibleZoom, outsideView } from './viewFit';

describe('view fitting', () => {
  it('never fits below the zoom that keeps 12 px text at the legible size', () => {
    expect(legibleZoom(14)).toBeCloseTo(1.1667, 3);
    expect(legibleZoom(18)).toBe(1.5);
  });

  it('fits between the legible zoom and half again', () => {
    expect(fitOptions(18)).toMatchObject({ minZoom: 1.5, maxZoom: 2.25 });
  });

  it('tells when a point has left the middle of the pane', () => {
    const v = { x: -100, y: 50, zoom: 2 };
    expect(outsideView({ x: 300, y: 200 }, v, 1000, 800)).toBe(false);
    expect(outsideView({ x: 40, y: 200 }, v, 1000, 800)).toBe(true);
    expect(outsideView({ x: 300, y: 400 }, v, 1000, 800)).toBe(true);
  });

  it('shows the whole map centred when it stays legible, else its top-left corner at the legible zoom', () => {
    const small = fitViewport({ x: 0, y: 0, width: 400, height: 200 }, 2000, 1000, 14);
    expect(small.zoom).toBeCloseTo(1.75, 5);
    expect(small.x).toBeCloseTo((2000 - 400 * 1.75) / 2, 5);
    const big = fitViewport({ x: -268, y: -170, width: 1300, height: 800 }, 1000, 500, 18);
    expect(big.zoom).toBe(1.5);
    expect(big.x).toBeCloseTo(1000 * 0.04 + 268 * 1.5, 5);
    expect(big.y).toBeCloseTo(500 * 0.06 + 170 * 1.5, 5);
  });

  it('a re-fit keeps the packet being followed in the middle of the pane, at the fitted zoom', () => {
    const fitted = { x: 40, y: 30, zoom: 1.5 };
    // In view after the fit: the fit stands.
    expect(fitKeepingInView(fitted, { x: 300, y: 200 }, 1000, 600)).toBe(fitted);
    // Not following: the fit stands.
    expect(fitKeepingInView(fitted, null, 1000, 600)).toBe(fitted);
    // Off to the right after the fit: centred on the packet, same zoom.
    const moved = fitKeepingInView(fitted, { x: 1200, y: 200 }, 1000, 600);
    expect(moved).toEqual(centredOn({ x: 1200, y: 200 }, 1.5, 1000, 600));
    expect(moved).toEqual({ x: 500 - 1200 * 1.5, y: 300 - 200 * 1.5, zoom: 1.5 });
    expect(outsideView({ x: 1200, y: 200 }, moved, 1000, 600)).toBe(false);
  });
});
