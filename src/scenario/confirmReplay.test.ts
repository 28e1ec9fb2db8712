import { describe, expect, it } from 'vitest';
import { golden } from '../testing/golden';
import { builtinScenarios } from './builtins';
import { initialWorld } from './load';
import { replayScript } from './replay';
import { newSession } from '../shell/session';

/** A tutorial script answers docker's `[y/N]` questions as a person types them: the line after the question. */
const script = [
  'docker-machine ssh default',
  'docker network create -d overlay spare',
  'docker network prune',
  'n',
  'docker network rm ingress',
  '',
  'echo $?',
  'docker network rm ingress',
  'y',
  'docker network prune',
  'Y',
  'docker network ls',
  'echo y | docker network rm ingress',
].join('\n');

describe('a script answers the CLI\'s confirmation questions', () => {
  for (const name of ['three-node', 'seed-2017']) {
    it(`${name}: Enter refuses, y goes on, and the answer is echoed after the question`, () => {
      const r = replayScript(initialWorld(builtinScenarios[name]!), newSession(), script);
      expect(r.transcript).toBe(golden(new URL(`./testdata/confirm-${name}.golden`, import.meta.url).pathname, r.transcript));
      expect(Object.values(r.world.networks).some((n) => n.ingress)).toBe(false);
      expect(r.model.log.filter((o) => o.op === 'type')).toHaveLength(script.split('\n').length);
    });
  }
});
