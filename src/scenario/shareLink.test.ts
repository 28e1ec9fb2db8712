import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinScenarios } from './builtins';
import { readShareFragment, shareFragment } from './shareLink';
import { replayScript } from './replay';
import { initialWorld } from './load';
import { newSession } from '../shell/session';

/** Links as each format version wrote them: they must keep opening. */
const LINKS = {
  1: 's=1.N4IgZg9gTgtghgFxALhAZwO51gWgA4A2cAngOZQQCuAdgCYD0aAxgKbXYCWEIANCAG4soaLtRQBGPuxgsUIAh2oBrFrV4g8FMBwKzUAJgCc6tC1Up9ABn0A2ceP0AOPmgTYkB6zZz2cTgCqWhsiWliGWAFrq8EwAFoosaCgA2qDSeiC0LGBwlARIfBx4cuKG+gB04jaO5YaGlaEgAL48aXAyclk5eQh+6kUlZZXVtfXiluLNALouWLAooPDspEJJyMmZ2bn5IDMgGNAqwimb3fl9Uy0gTBAwS7RrG7QQTEc4MfHULAAEaGix3y62wKmReR2+XwQBygSm+TCgLEQPxwtG+EEEUCIxG+MGIkN2TSAA',
  2: 's=2.N4IgZg9gTgtghgFxALhAZwO51gWgA4A2cAngOZQQCuAdgCYD0aAxgKbXYCWEIANCAG4soaLtRQAmPuxgsUIAh2oBrFrV4g8FMBwKzU4gJzq0LVRIAM4gGwBGG+IAcfNAmxJ9lqzjs5HAFXMDZHNzYPMALXV4JgALRRY0FABtUGk9EFoWMDhKAiQ+Djw5GwNxADobKwcygwMKkJAAXx5UuBk5TOzchF91QuLSiqqauptzGyaAXWcsWBRQeHZSIUTkJIysnLyQaZAMaBVhZI2uvN7J5pAmCBhF2lX12ggmQ5xouOoWAAI0NBivzpbfIZZ6HL6fBD7KBKL5MKAsRDfHC0L4QQRQIjEL4wYgQnZ8AgQUjJUAQIqoBDEPCyPiuABGKHMBPiHVBQh+Qn4HFYsPhiK+yIFODSXwwLDpQohUJhOIhQvhhG5cDQX3E4NIigAHk0WiAyXJKdT1PTGczPqyXuyoDQBbQOAhJW1vkwbF84AQ8CzmqTyXrqWJvX6DVSaSATcgbGb0p7qKQBUwvq6SuVKtVavUJo1dlyWBh5ldKMJoPmEFA4KxTRpyyp3EyQDF9chxJddNRViAaJkMSR1Dm86h4EVaXAGRHGo0gA',
};

describe('share links', () => {
  it('opens a link of every format version, migrated to the current one', () => {
    const v1 = readShareFragment(`#${LINKS[1]}`);
    expect(v1).toMatchObject({ ok: true, step: null, scenario: { version: 2, name: 'linked', commands: ['docker-machine ssh default', 'docker network create -d overlay mynet'] } });
    const v2 = readShareFragment(`${LINKS[2]}&step=7`);
    expect(v2).toMatchObject({ ok: true, step: 7, scenario: { version: 2, view: { lens: 'underlay', tab: 1 } } });
    if (!v2?.ok) throw new Error('v2 link did not open');
    expect(v2.scenario.log).toHaveLength(4);
  });

  it('round-trips a session; the seed walkthrough fits in 2,000 characters', () => {
    const seed = builtinScenarios['seed-2017']!;
    const script = readFileSync('scripts/seed-2017.txt', 'utf8').replace(/\n$/, '');
    const { model } = replayScript(initialWorld(seed), newSession(), script);
    const scenario = { ...seed, log: model.log, view: { cursor: { trace: 0, packet: 2, hop: 3 }, lens: 'overlay' as const, view: 'map' as const, tab: 0 } };
    const fragment = shareFragment(scenario, 7);
    const url = `https://example.github.io/swarm-playground/#${fragment}`;
    expect(url.length).toBeLessThanOrEqual(2000);
    expect(readShareFragment(fragment)).toEqual({ ok: true, scenario, step: 7 });
  });

  it('refuses damaged, foreign and newer links with one line, and ignores fragments without a session', () => {
    expect(readShareFragment('#lesson=1')).toBeNull();
    expect(readShareFragment(`#${LINKS[2].slice(0, 120)}`)).toEqual({ ok: false, error: 'link: the session in it is damaged (it may have been cut short)' });
    expect(readShareFragment('#s=hello')).toEqual({ ok: false, error: 'link: not a playground link (no format version)' });
    expect(readShareFragment('#s=3.abc')).toEqual({ ok: false, error: 'link: made by a newer playground (format 3; this one reads 1 to 2)' });
    expect(readShareFragment(`#s=2.${'A'.repeat(200_001)}`)).toEqual({ ok: false, error: 'link: too long to be a playground link' });
    const notScenario = shareFragment({ ...builtinScenarios['three-node']!, machines: [] });
    expect(readShareFragment(notScenario)).toEqual({ ok: false, error: 'link: scenario: "machines" must be a non-empty array' });
  });
});
