import { describe, expect, test } from 'vitest';
import { golden } from './golden';
import { harness } from './harness';

const dir = `${__dirname}/testdata`;
const profiles = [['29', 'three-node'], ['17.10', 'seed-2017']] as const;
const long = 'a'.repeat(64);

describe.each(profiles)('names Docker refuses (profile %s)', (profile, scenario) => {
  test('services and networks must be DNS labels of at most 63 characters; containers follow the daemon pattern', () => {
    const h = harness(scenario).onNode('default');
    const out = h.run([
      'docker service create -d --name my.web nginx',
      'docker service create -d --name web_1 nginx',
      'docker service create -d --name -web nginx',
      `docker service create -d --name ${long} nginx`,
      `docker service create -d --name ${long.slice(1)} nginx`,
      'docker network create -d overlay my.net',
      'docker network create -d overlay "my net"',
      `docker network create -d overlay ${long}`,
      'docker network create -d overlay net-1',
      'docker run -d --name "a b" alpine sleep 1d',
      'docker run -d --name x alpine sleep 1d',
      'docker run -d --name /slash alpine sleep 1d',
      'docker run -d --name _under alpine sleep 1d',
      'docker run -d --name ok.name-1_2 alpine sleep 1d',
      'docker ps --format "{{.Names}}"',
      'docker service ls --format "{{.Name}}"',
    ].join('\n'));
    expect(out).toBe(golden(`${dir}/object-names-${profile}.golden`, out));
  });
});
