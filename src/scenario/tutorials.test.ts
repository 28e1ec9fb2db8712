import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { golden } from '../testing/golden';
import { builtinScenarios } from './builtins';
import { initialWorld } from './load';
import { replayScript } from './replay';
import { newSession } from '../shell/session';

const dir = new URL('./testdata/tutorials/', import.meta.url).pathname;
const scripts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
/** The built-in scenario a script names in its header comment (`scenario: no-swarm`). */
const scenarioOf = (script: string): string => /^#.*\bscenario: ([a-z0-9-]+)/m.exec(script)?.[1] ?? 'three-node';

/** Docker's own tutorials, written out as replay scripts, against their golden transcripts. */
describe('Docker tutorials replay', () => {
  it('has the four tutorials', () => {
    expect(scripts).toEqual(['overlay-networking.txt', 'routing-mesh.txt', 'service-networks.txt', 'swarm-getting-started.txt']);
  });
  it.each(scripts)('%s matches its golden transcript', (file) => {
    const script = readFileSync(`${dir}${file}`, 'utf8');
    const scenario = builtinScenarios[scenarioOf(script)];
    expect(scenario).toBeDefined();
    const transcript = replayScript(initialWorld(scenario!), newSession(), script).transcript;
    expect(transcript).toBe(golden(`${dir}${file.replace(/\.txt$/, '.golden')}`, transcript));
    expect(transcript).not.toMatch(/unknown flag|command not found|: not found/);
  });
});
