import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

describe('docker network rm of the routing-mesh network', () => {
  it('asks first; only y goes on, and the daemon still refuses while a service publishes a port', () => {
    const h = harness('three-node').onNode('default');
    const transcript = h.run(
      [
        'docker service create --name web --publish 8080:80 nginx',
        'docker network rm ingress; echo "exit $?"',
        '',
        'echo yes | docker network rm ingress; echo "exit $?"',
        'echo y | docker network rm ingress; echo "exit $?"',
        'docker service rm web',
        'echo Y | docker network rm ingress; echo "exit $?"',
        'docker network ls --filter driver=overlay',
        'docker network create --driver overlay --ingress --subnet=10.11.0.0/16 --gateway=10.11.0.2 --opt com.docker.network.driver.mtu=1200 my-ingress',
        'docker network inspect -f "{{.Ingress}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}} {{.Options}}" my-ingress',
        'echo n | docker network rm my-ingress; echo "exit $?"',
      ].join('\n'),
    );
    expect(transcript).toBe(golden(file('ingress-rm-29'), transcript));
  });
});
