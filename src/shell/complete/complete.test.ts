import { describe, expect, it } from 'vitest';
import { harness } from '../../testing/harness';
import { newSession, type Session } from '../session';
import { complete } from './complete';

// The seed after `docker network create` and `docker service create ... myservice`, shell on `default`.
const seed = harness('seed-2017').onNode('default');
seed.run(['docker network create -d overlay overnet', 'docker service create --name myservice --network overnet --replicas 3 ubuntu sleep infinity', '@wait 12s', 'docker run -d --name web nginx'].join('\n'));
const world = seed.world;
const onNode = seed.session;
const laptop = newSession();
const inContainer: Session = { ...onNode, stack: [...onNode.stack, { kind: 'container', machine: 'default', container: Object.keys(world.containers)[0]! }] };
const tab = (line: string, session: Session = onNode) => complete(world, session, line, line.length);
const localTasks = Object.values(world.containers).filter((c) => c.machine === 'default' && c.task !== null).map((c) => c.name);

describe('complete', () => {
  it('completes command names of the current shell kind', () => {
    expect(tab('docker-m', laptop)).toEqual({ replacement: 'docker-machine ', candidates: ['docker-machine'] });
    expect(tab('do', laptop)).toEqual({ replacement: 'docker-machine ', candidates: ['docker-machine'] });
    expect(tab('dock')).toEqual({ replacement: 'docker ', candidates: ['docker'] });
    expect(tab('apt-g', inContainer)).toEqual({ replacement: 'apt-get ', candidates: ['apt-get'] });
    expect(tab('ex', laptop).candidates).toContain('exit');
    expect(tab('zz')).toEqual({ replacement: 'zz', candidates: [] });
  });

  it('completes docker subcommands and management commands', () => {
    expect(tab('docker net')).toEqual({ replacement: 'docker network ', candidates: ['network'] });
    expect(tab('docker network c')).toEqual({ replacement: 'docker network c', candidates: ['connect', 'create'] });
    expect(tab('docker network cr').replacement).toBe('docker network create ');
    expect(tab('docker s')).toEqual({ replacement: 'docker s', candidates: ['service', 'start', 'stop', 'swarm', 'system'] });
    expect(tab('docker service ').candidates).toEqual(['create', 'inspect', 'logs', 'ls', 'ps', 'rm', 'scale', 'update']);
  });

  it('completes flags of the command at hand', () => {
    expect(tab('docker network create --dr')).toEqual({ replacement: 'docker network create --driver ', candidates: ['--driver'] });
    expect(tab('docker service create --rep')).toEqual({ replacement: 'docker service create --replicas ', candidates: ['--replicas'] });
    expect(tab('docker network ls -').candidates).toEqual(['--filter', '--format', '--help', '--no-trunc', '--quiet']);
  });

  it('completes node names for docker-machine, ssh and node commands', () => {
    expect(tab('docker-machine ssh ', laptop)).toEqual({ replacement: 'docker-machine ssh default', candidates: ['default', 'default-2', 'default-3'] });
    expect(tab('docker-machine ssh default-2', laptop)).toEqual({ replacement: 'docker-machine ssh default-2 ', candidates: ['default-2'] });
    expect(tab('docker-machine s', laptop).candidates).toEqual(['ssh', 'start', 'stop']);
    expect(tab('ssh docker@default-3', laptop).replacement).toBe('ssh docker@default-3 ');
    expect(tab('docker node inspect ').candidates).toEqual(['default', 'default-2', 'default-3']);
    expect(tab('docker node update --availability drain default-').replacement).toBe('docker node update --availability drain default-');
    expect(tab('docker node update --availability drain default-3').replacement).toBe('docker node update --availability drain default-3 ');
  });

  it('completes container names and ids for exec, rm, kill and inspect', () => {
    expect(localTasks.length).toBeGreaterThan(0);
    expect(tab('docker exec -it ').candidates).toEqual([...localTasks, 'web'].sort());
    expect(tab('docker rm -f w')).toEqual({ replacement: 'docker rm -f web ', candidates: ['web'] });
    expect(tab('docker kill we').replacement).toBe('docker kill web ');
    expect(tab('docker inspect my').candidates).toEqual(localTasks.sort());
    const web = Object.values(world.containers).find((c) => c.name === 'web')!;
    expect(tab(`docker exec ${web.id.slice(0, 5)}`)).toEqual({ replacement: `docker exec ${web.id.slice(0, 12)} `, candidates: [web.id.slice(0, 12)] });
    expect(tab('docker exec web ').candidates).toEqual([]);
  });

  it('completes network names after --network and for network inspect and rm', () => {
    expect(tab('docker service create --network ov')).toEqual({ replacement: 'docker service create --network overnet ', candidates: ['overnet'] });
    expect(tab('docker service create --network=ov').replacement).toBe('docker service create --network=overnet ');
    expect(tab('docker network inspect ').candidates).toEqual(['bridge', 'docker_gwbridge', 'host', 'ingress', 'none', 'overnet']);
    expect(tab('docker network rm overnet o').replacement).toBe('docker network rm overnet overnet ');
    expect(tab('docker network connect overnet w').replacement).toBe('docker network connect overnet web ');
  });

  it('completes service names for service ps, inspect, scale and rm', () => {
    expect(tab('docker service ps m')).toEqual({ replacement: 'docker service ps myservice ', candidates: ['myservice'] });
    expect(tab('docker service inspect --pretty my').replacement).toBe('docker service inspect --pretty myservice ');
    expect(tab('docker service rm m').replacement).toBe('docker service rm myservice ');
    expect(tab('docker service scale my')).toEqual({ replacement: 'docker service scale myservice=', candidates: ['myservice='] });
  });

  it('completes image names for run and service create, and only the image', () => {
    expect(tab('docker run -d --name x ng')).toEqual({ replacement: 'docker run -d --name x nginx ', candidates: ['nginx'] });
    expect(tab('docker service create --name a --replicas 2 u').replacement).toBe('docker service create --name a --replicas 2 ubuntu ');
    expect(tab('docker run ').candidates).toEqual(['alpine', 'busybox', 'debian', 'httpd', 'nginx', 'node', 'python', 'redis', 'traefik/whoami', 'ubuntu']);
    expect(tab('docker run ubuntu ').candidates).toEqual([]);
  });

  it('keeps the text after the cursor out of it, and completes after a pipe or $(', () => {
    const line = 'docker net ls';
    expect(complete(world, onNode, line, 10)).toEqual({ replacement: 'docker network ', candidates: ['network'] });
    expect(tab('docker exec -it $(docker p').replacement).toBe('docker exec -it $(docker ps ');
    expect(tab('echo hi | wc').replacement).toBe('echo hi | wc ');
  });
});
