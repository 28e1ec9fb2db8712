import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { canonical, overlay, service, taskContainer, world } from '../../sim/dns/fixtures';
import { golden } from '../../testing/golden';
import { containerTranscript } from '../../testing/containerTranscript';


const dir = join(__dirname, 'testdata');
const check = (name: string, actual: string) => expect(actual).toBe(golden(join(dir, `${name}.golden`), actual));

describe('ubuntu task container (profile 29)', () => {
  const w = world('three-node', [...canonical, service('shell', { image: 'ubuntu', args: ['sleep', 'infinity'], mode: { kind: 'replicated', replicas: 1 } })]);
  const w2 = world('three-node', [...canonical, service('shell', { image: 'ubuntu', args: ['sleep', 'infinity'], mode: { kind: 'replicated', replicas: 1 } }), { type: 'clock/advance', ms: 5000 }]);
  void w;
  const c = taskContainer(w2, 'shell');

  test('files, hostname, missing tools, apt-get, nslookup, dig, ip', () => {
    check('ubuntu-29', containerTranscript(w2, c, [
      'cat /etc/resolv.conf',
      'cat /etc/hosts /etc/nope',
      'hostname',
      'hostname -i',
      'nslookup web',
      'ip addr',
      'apt-get install -y iputils-ping',
      'apt-get update',
      'apt-get install iputils-ping',
      'apt-get install -y dnsutils iproute2',
      'nslookup web',
      'nslookup tasks.web',
      'nslookup nosuch',
      'nslookup google.com',
      'dig web',
      'dig +short tasks.web',
      'dig google.com',
      'dig -x 10.0.1.3',
      'ip addr',
      'ip route',
      'apk add curl',
    ]));
  });
});

describe('alpine task container (profile 29)', () => {
  const w = world('three-node', [...canonical, service('box', { image: 'alpine', args: ['sleep', '1d'], mode: { kind: 'replicated', replicas: 1 } }), { type: 'clock/advance', ms: 5000 }]);
  const c = taskContainer(w, 'box');

  test('BusyBox tools, apk add', () => {
    check('alpine-29', containerTranscript(w, c, [
      'cat /etc/resolv.conf',
      'hostname -i',
      'nslookup web',
      'nslookup tasks.web',
      'nslookup nosuch',
      'nslookup 10.0.1.3',
      'ip a',
      'ip r',
      'dig web',
      'apt-get update',
      'apk add curl bind-tools',
      'nslookup web',
      'dig +short web',
    ]));
  });
});

describe('seed container (profile 17.10)', () => {
  const w = world('seed-2017', [
    overlay('overnet'),
    service('myservice', { image: 'ubuntu', args: ['sleep', 'infinity'], networks: [{ network: 'overnet', aliases: [] }] }),
    { type: 'clock/advance', ms: 10_000 },
  ]);
  const c = taskContainer(w, 'myservice', 2);

  test('resolv.conf, hosts and ip as the seed era printed them', () => {
    check('ubuntu-17.10', containerTranscript(w, c, ['cat /etc/resolv.conf', 'cat /etc/hosts', 'ping myservice', 'apt-get update && apt-get install -y dnsutils', 'nslookup myservice', 'ls /']));
  });
});
