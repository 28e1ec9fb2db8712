import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from './createPlaygroundStore';
import { NO_FILTERS, selectStepperActions } from './traceSlice';

describe('trace slice', () => {
  it('keeps filters, play state and speed; a filter change keeps the other filters', () => {
    const store = createPlaygroundStore();
    const s = store.getState();
    expect([s.filters, s.playing, s.speed]).toEqual([NO_FILTERS, false, 1]);
    const a = selectStepperActions(s);
    a.setFilters({ protocol: 'icmp' });
    a.setFilters({ node: 'default-2' });
    a.setPlaying(true);
    a.setSpeed(4);
    const after = store.getState();
    expect([after.filters, after.playing, after.speed]).toEqual([{ ...NO_FILTERS, protocol: 'icmp', node: 'default-2' }, true, 4]);
    expect(selectStepperActions(after)).toEqual(a);
  });
});
