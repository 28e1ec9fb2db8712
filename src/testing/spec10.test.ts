import { describe, expect, it } from 'vitest';
import { golden } from './golden';
import { harness } from './harness';

/** Every row of SPEC §10, typed into a terminal as a learner would, with the whole transcript golden. */
const cases: [title: string, scenario: string, machine: string, script: string][] = [
  ['duplicate network', 'three-node', 'default', 'docker network create -d overlay mynet\ndocker network create -d overlay mynet'],
  ['overlay without swarm', 'no-swarm', 'default', 'docker network create -d overlay mynet\ndocker service ls'],
  ['cluster command on a worker', 'three-node', 'default-2', 'docker service ls\ndocker network create -d overlay x\ndocker node ls'],
  ['swarm init twice', 'three-node', 'default', 'docker swarm init'],
  ['service on a missing network', 'three-node', 'default', 'docker service create --name web --network nosuch nginx'],
  ['service on a local bridge', 'three-node', 'default', 'docker network create mybr\ndocker service create --name web --network mybr nginx'],
  ['rm of a network in use', 'three-node', 'default', 'docker network create -d overlay mynet\ndocker service create -d --name web --network mynet nginx\ndocker network rm mynet'],
  ['rm of a predefined network', 'three-node', 'default', 'docker network rm bridge'],
  ['overlapping subnet', 'three-node', 'default', 'docker network create mybr\ndocker network create --subnet 172.18.0.0/16 other'],
  ['subnet with host bits', 'three-node', 'default', 'docker network create --subnet 10.0.1.5/24 x'],
  ['gateway outside subnet', 'three-node', 'default', 'docker network create --subnet 10.0.1.0/24 --gateway 10.1.0.1 x'],
  ['duplicate service', 'three-node', 'default', 'docker service create -d --name web nginx\ndocker service create -d --name web nginx'],
  ['port taken', 'three-node', 'default', 'docker service create -d --name web -p 8080:80 nginx\ndocker service create -d --name api -p 8080:80 nginx'],
  ['dnsrr with an ingress port', 'three-node', 'default', 'docker service create -d --name web --endpoint-mode dnsrr -p 8080:80 nginx'],
  ['run on a non-attachable overlay', 'three-node', 'default', 'docker network create -d overlay mynet\ndocker run -d --network mynet alpine sleep 1d'],
  ['inspect of missing objects', 'three-node', 'default', 'docker network inspect nosuch\ndocker service inspect nosuch'],
  ['unknown flag', 'three-node', 'default', 'docker service create --foo nginx'],
  ['unschedulable', 'three-node', 'default', 'docker service create -d --name web --constraint node.hostname==nope nginx\ndocker service ps --no-trunc web'],
  ['unknown command in a shell', 'three-node', 'default', 'foo\ndocker run -it alpine\nfoo\nexit\ndocker run -it ubuntu\nfoo'],
];

describe('SPEC §10 errors, exactly as Docker words them', () => {
  it.each(cases)('%s', (title, scenario, machine, script) => {
    const transcript = harness(scenario).onNode(machine).run(script);
    const file = new URL(`./testdata/spec10-${title.replace(/\W+/g, '-')}.golden`, import.meta.url).pathname;
    expect(transcript).toBe(golden(file, transcript));
  });
});
