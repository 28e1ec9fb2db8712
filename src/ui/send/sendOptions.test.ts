import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../../store/createPlaygroundStore';
import { sendSources, sendTargets } from './sendOptions';

describe('send options', () => {
  it('offers the laptop and running containers by node, and services, containers and nodes as targets', () => {
    const s = createPlaygroundStore('three-node');
    for (const line of ['docker-machine ssh default', 'docker network create -d overlay --attachable mynet', 'docker service create -d --name web --network mynet --replicas 2 traefik/whoami', 'docker run -dit --name c1 --network mynet alpine']) s.getState().runLine(line);
    const w = s.getState().world;
    expect(sendSources(w).map((x) => `${x.name}@${x.machine}`)).toEqual([
      'laptop@192.168.99.1',
      'c1@default',
      expect.stringMatching(/^web\.1\.\w{25}@default-2$/),
      expect.stringMatching(/^web\.2\.\w{25}@default-3$/),
    ]);
    expect(sendTargets(w)).toEqual(['web', 'c1', '192.168.99.100', '192.168.99.101', '192.168.99.102']);
  });
});
