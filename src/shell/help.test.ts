import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/t';
import { golden } from '../testing/golden';
import { harness } from '../testing/harness';
import { commandsFor } from './registry';
import { currentFrame } from './session';
import type { CommandContext } from './types';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

/** `help` where the harness's session stands, in a language (the terminal passes the page's locale). */
function helpThere(h: ReturnType<typeof harness>, locale?: Locale): string {
  const frame = currentFrame(h.session);
  const ctx: CommandContext = { world: h.world, frame, stdin: '', tty: true, ...(locale ? { locale } : {}) };
  const r = commandsFor(frame.kind).get('help')?.(['help'], ctx);
  if (!r) throw new Error('no help');
  expect([r.stderr, r.exitCode]).toEqual(['', 0]);
  return r.stdout;
}

/** One golden per shell: English, then Korean. */
const both = (h: ReturnType<typeof harness>) => `${helpThere(h, 'en')}----\n${helpThere(h, 'ko')}`;

describe('help', () => {
  it('on the laptop: docker-machine, ssh, ping and curl', () => {
    const h = harness('three-node');
    const text = both(h);
    expect(text).toBe(golden(file('help-laptop'), text));
  });

  it('speaks English when no locale is given', () => {
    const h = harness('three-node');
    expect(helpThere(h)).toBe(helpThere(h, 'en'));
    expect(h.out('help')).toBe(helpThere(h, 'en'));
  });

  it('on a node: the docker commands of networks, services and containers', () => {
    const h = harness('three-node').onNode('default-2');
    const text = both(h);
    expect(text).toBe(golden(file('help-node'), text));
  });

  it('in an ubuntu container: says which tools are missing and how to install them, until they are', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable mynet\ndocker run -dit --name u1 --network mynet ubuntu\ndocker exec -it u1 bash');
    const before = both(h);
    expect(before).toBe(golden(file('help-container-ubuntu'), before));
    h.run('apt-get update\napt-get install -y iputils-ping dnsutils');
    const after = helpThere(h, 'en');
    expect(after).toContain('  ping NAME              send echo requests to a name or an address\n');
    expect(after).toContain('  dig NAME               the same question, with the whole DNS answer\n');
    expect(after).not.toContain('iputils-ping');
    expect(after).toContain('  curl http://NAME       fetch a web page from a service (not installed, package curl)\n');
  });

  it('in an alpine container: BusyBox tools, apk for the rest', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable mynet\ndocker run -dit --name c1 --network mynet alpine\ndocker exec -it c1 sh');
    const text = both(h);
    expect(text).toBe(golden(file('help-container-alpine'), text));
  });
});
