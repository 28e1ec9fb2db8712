import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

const script = [
  'docker run -d --name who traefik/whoami',
  'docker exec -it who sh',
  'echo $?',
  'docker exec who cat /etc/hosts',
  'docker run -it --name bare --entrypoint sh traefik/whoami',
  'echo $?',
  'docker run -d --name args traefik/whoami sh',
  'docker run --rm alpine bash',
  'echo $?',
  "docker ps -a --format '{{.Names}} {{.Status}} {{.Command}}'",
  'docker start bare',
].join('\n');

describe('an image without a shell (traefik/whoami is one Go binary on scratch)', () => {
  it.each(['three-node', 'seed-2017'])('exec and run of a missing program fail in the runtime\'s words, with 126/127 (%s)', (scenario) => {
    const h = harness(scenario).onNode('default');
    const t = h.run(script);
    const bare = Object.values(h.world.containers).find((c) => c.name === 'bare');
    expect(bare?.state).toBe('created');
    expect(Object.values(h.world.containers).find((c) => c.name === 'args')?.command).toEqual(['/whoami', 'sh']);
    const text = Object.values(h.world.containers).reduce((acc, c) => acc.split(c.id).join(`<${c.name}>`).split(c.id.slice(0, 12)).join(`<${c.name}>`), t);
    expect(text).toBe(golden(file(`no-shell-${scenario}`), text));
  });
});
