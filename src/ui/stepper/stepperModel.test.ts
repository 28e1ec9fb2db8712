import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../../store/createPlaygroundStore';
import { move, stepAt } from './stepperModel';

function curlWorld() {
  const store = createPlaygroundStore();
  for (const l of [
    'docker-machine ssh default',
    'docker network create -d overlay --attachable mynet',
    'docker service create --name web --replicas 2 --network mynet nginx',
    'docker run -dit --name c1 --network mynet alpine',
    'docker exec -it c1 sh',
    'wget -qO- web',
  ]) store.getState().runLine(l);
  return store.getState();
}

describe('stepper model', () => {
  const s = curlWorld();
  const c = s.cursor;

  it('walks every hop of every packet of one trace, and stops at both ends', () => {
    expect(c).toEqual({ trace: 0, packet: 0, hop: 0 });
    if (!c) return;
    const total = stepAt(s.traces, c)?.total ?? 0;
    expect(total).toBe(s.traces[0]?.packets.reduce((n, p) => n + p.hops.length, 0));
    const walked = [];
    let here = c;
    for (let i = 0; i < total + 2; i += 1) {
      walked.push(stepAt(s.traces, here)?.hop.action);
      here = move(s.traces, here, 1);
    }
    expect(walked.slice(0, 3)).toEqual(['dns-query', 'dns-answer', 'deliver']);
    expect(walked.slice(-3)).toEqual(['deliver', 'deliver', 'deliver']);
    expect(stepAt(s.traces, here)?.index).toBe(total - 1);
    expect(move(s.traces, c, -1)).toEqual(c);
    expect(stepAt(s.traces, { trace: 0, packet: 99, hop: 0 })).toBeNull();
  });

});
