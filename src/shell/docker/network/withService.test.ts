import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';
import { serviceSpec, testSession } from './testSession';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;
const check = (name: string, transcript: string): void => expect(transcript).toBe(golden(file(name), transcript));

describe('docker network with a running service (profile 29)', () => {
  const t = testSession(harness('three-node').world);
  t.run('default', 'docker network create -d overlay mynet');
  t.apply({ type: 'service/create', on: 'default', spec: serviceSpec('web', 'mynet', 3, 'nginx', []) });
  t.apply({ type: 'clock/advance', ms: 25_000 });

  it('shows the overlay on a worker once a task runs there, with local endpoints keyed by container id and lb-mynet', () => {
    check('service-worker-29', t.run('default-2', 'docker network ls\ndocker network inspect mynet'));
  });

  it('lists the service and its tasks with -v, and refuses to remove a network in use', () => {
    check('service-verbose-rm-29', t.run('default', 'docker network inspect -v -f "{{json .Services}}" mynet\ndocker network rm mynet; echo "exit $?"'));
  });
});

describe('docker network with a running service (profile 17.10)', () => {
  it('lists services with -v', () => {
    const t = testSession(harness('seed-2017').world);
    t.run('default', 'docker network create -d overlay overnet');
    t.apply({ type: 'service/create', on: 'default', spec: serviceSpec('myservice', 'overnet', 3) });
    t.apply({ type: 'clock/advance', ms: 25_000 });
    check('service-verbose-17.10', t.run('default-3', 'docker network inspect --verbose overnet'));
  });
});
