import { describe, expect, test } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const dir = `${__dirname}/testdata`;
const profiles = [['29', 'three-node'], ['17.10', 'seed-2017']] as const;

describe.each(profiles)('host-mode published ports (profile %s)', (profile, scenario) => {
  test('a global service publishing in host mode starts on every node; a second one on the same port and protocol waits', () => {
    const h = harness(scenario).onNode('default');
    const out = h.run([
      'docker service create -d --name dns-cache --mode global --publish published=53,target=53,protocol=udp,mode=host busybox sleep 1d',
      'docker service create -d --name dns-tcp --mode global --publish published=53,target=53,protocol=tcp,mode=host busybox sleep 1d',
      'docker service create -d --name dns-again --mode global --publish published=53,target=53,protocol=udp,mode=host busybox sleep 1d',
      'docker service create -d --name web --replicas 4 --publish published=8080,target=80,mode=host nginx',
      'docker service ls',
      'docker service ps --no-trunc dns-cache dns-tcp dns-again web',
    ].join('\n'));
    expect(out).toBe(golden(`${dir}/host-publish-global-${profile}.golden`, out));
  });

  test('a replicated service publishing in host mode with no network answers the laptop on its node only', () => {
    const h = harness(scenario).onNode('default');
    const out = h.run([
      'docker service create -d --name my-web --publish published=8080,target=80,mode=host nginx',
      'docker service ps my-web',
      'exit',
      'curl 192.168.99.100:8080 | head -4',
      'curl 192.168.99.101:8080 | head -4',
      'curl 192.168.99.102:8080 | head -4',
    ].join('\n'));
    expect(out).toBe(golden(`${dir}/host-publish-replicated-${profile}.golden`, out));
    expect(out.match(/<title>Welcome to nginx!<\/title>/g)).toHaveLength(1);
    expect(out.match(/Failed to connect/g)).toHaveLength(2);
  });
});
