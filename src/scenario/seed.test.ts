import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { golden } from '../testing/golden';
import { builtinScenarios } from './builtins';
import { initialWorld } from './load';
import { replayScript } from './replay';
import { newSession } from '../shell/session';

const script = readFileSync(new URL('../../scripts/seed-2017.txt', import.meta.url), 'utf8');
const transcript = replayScript(initialWorld(builtinScenarios['seed-2017']!), newSession(), script).transcript;

/** The lines of the seed's own transcripts that do not depend on ids, timings or peer names. */
const seedLines = [
  'NETWORK ID          NAME                DRIVER              SCOPE',
  '        "Created": "0001-01-01T00:00:00Z",',
  '            "Config": []',
  '        "Containers": null,',
  '            "com.docker.network.driver.overlay.vxlanid_list": "4098"',
  '        "Labels": null',
  'overall progress: 3 out of 3 tasks ',
  '1/3: running   [==================================================>] ',
  'verify: Service converged ',
  'ID                  NAME                MODE                REPLICAS            IMAGE               PORTS',
  '                    "Subnet": "10.0.0.0/24",',
  '                    "Gateway": "10.0.0.1"',
  '                "MacAddress": "02:42:0a:00:00:06",',
  '                "IPv4Address": "10.0.0.6/24",',
  '                "Name": "overnet-endpoint",',
  '                "IPv4Address": "10.0.0.3/24",',
  'PING 10.0.0.6 (10.0.0.6) 56(84) bytes of data.',
  'nameserver 127.0.0.11',
  'options ndots:0',
  'PING myservice (10.0.0.5) 56(84) bytes of data.',
  '                    "Addr": "10.0.0.5/24"',
];

describe('the seed walkthrough replays', () => {
  it('matches its golden transcript', () => {
    expect(transcript).toBe(golden(new URL('./testdata/seed-2017.golden', import.meta.url).pathname, transcript));
  });
  it.each(seedLines)('shows the seed line %j', (line) => {
    expect(transcript.split('\n')).toContain(line);
  });
  it('interrupts the ping after 8 replies, as the seed does', () => {
    expect(transcript).toMatch(/\n8 packets transmitted, 8 received, 0% packet loss, time \d+ms\n/);
  });
  it('places slot 1 on default-2, slot 2 on default, slot 3 on default-3', () => {
    const rows = transcript.split('\n').filter((l) => /myservice\.\d /.test(l));
    expect(rows.map((r) => r.split(/\s{2,}/).slice(1, 4).join(' '))).toEqual(expect.arrayContaining([
      'myservice.1 ubuntu:latest default-2',
      'myservice.2 ubuntu:latest default',
      'myservice.3 ubuntu:latest default-3',
    ]));
  });
});
