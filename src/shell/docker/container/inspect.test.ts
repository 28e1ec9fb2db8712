import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

describe('docker inspect', () => {
  it('shows a container as JSON and through -f', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable mynet\ndocker run -d --name web --network mynet --network-alias www -p 8080:80 nginx');
    const t = h.run(
      [
        'docker container inspect web',
        "docker inspect -f '{{.Name}} {{.State.Status}} {{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' web",
        'docker inspect -f "{{.Scope}} {{.Driver}}" mynet',
        'docker inspect --type node -f "{{.Description.Hostname}} {{.Spec.Role}}" default',
        'docker inspect nosuch',
        'docker container inspect nosuch',
        'docker inspect --type volume web',
        'docker inspect -f "{{.Nope}}" web',
      ].join('\n'),
    );
    expect(t).toBe(golden(file('inspect-29'), t));
  });

  it('finds services on a manager only', () => {
    const h = harness('three-node').onNode('default-2');
    expect(h.run('docker inspect ingress')).toContain('"Name": "ingress"');
    expect(h.run('docker inspect default')).toBe('docker@default-2:~$ docker inspect default\n[]\nError: No such object: default\n');
  });
});
