import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';
import { applyChange } from '../../../sim/apply';
import type { World } from '../../../sim/world';
import { ping } from './ping';
import { curl } from './curl';

const dir = `${__dirname}/testdata`;
const setup = `docker network create -d overlay mynet
docker service create --name web --replicas 3 --network mynet -p 8080:80 traefik/whoami
docker service create --name cli --mode global --network mynet ubuntu sleep infinity
docker service create --name box --mode global --network mynet alpine sleep 1d`;

function ubuntuShell() {
  const h = harness('three-node').onNode('default');
  h.run(setup);
  h.run('docker exec -it $(docker ps -q -f name=cli) bash\napt-get update\napt-get install -y iputils-ping curl');
  return h;
}

describe('iputils ping and curl in an Ubuntu task (profile 29)', () => {
  const h = ubuntuShell();
  it('pings the VIP, tasks.web, a task until Ctrl+C, the internet; names and MTU errors', () => {
    const out = h.run(`ping -c 3 web
ping -c 2 tasks.web
ping 10.0.1.4
@wait 3.5s
^C
ping nope
ping -M do -s 1423 -c 1 10.0.1.5
ping -M do -s 1422 -c 1 10.0.1.5
ping -c 2 8.8.8.8`);
    expect(out).toBe(golden(`${dir}/ping-iputils-29.golden`, out));
  });
  it('curl to the VIP three times: round robin over the three whoami tasks, seen from the LB address', () => {
    const out = h.run('curl web\ncurl web\ncurl web\ncurl web:81\ncurl -s nope\ncurl nope');
    expect(out).toBe(golden(`${dir}/curl-whoami-rr.golden`, out));
    const hosts = [...out.matchAll(/^Hostname: (\w+)$/gm)].map((m) => m[1]);
    expect(new Set(hosts).size).toBe(3);
  });
  it('curl from nginx serves the welcome page', () => {
    const n = harness('three-node').onNode('default');
    n.run('docker network create -d overlay mynet\ndocker service create --name ng --replicas 1 --network mynet nginx');
    const out = n.run('docker exec -it $(docker ps -q -f name=ng) bash\ncurl ng\ncurl -s example.com');
    expect(out).toBe(golden(`${dir}/curl-nginx.golden`, out));
  });
});

describe('BusyBox ping and wget in an Alpine task', () => {
  it('prints BusyBox formats and errors', () => {
    const h = harness('three-node').onNode('default');
    h.run(setup);
    const out = h.run(`docker exec -it $(docker ps -q -f name=box) sh
ping -c 2 web
ping -c 1 tasks.web
ping nope
wget -qO- web
wget -qO- web:81
wget -qO- nope
ping 10.0.1.3
@wait 2.2s
^C`);
    expect(out).toBe(golden(`${dir}/busybox-29.golden`, out));
  });
});

describe('timeouts when a node is down', () => {
  it('ping gets no reply and curl gives up', () => {
    const h = ubuntuShell();
    const frame = h.session.stack[h.session.stack.length - 1];
    if (frame?.kind !== 'container') throw new Error('not in a container');
    const r = applyChange(h.world, { type: 'machine/stop', machine: 'default-2' });
    const world = (r.ok ? r.world : h.world) as World;
    const ctx = { world, frame, stdin: '', tty: true };
    const target = Object.values(world.endpoints).find((e) => e.ip === '10.0.1.5') ? '10.0.1.5' : '';
    const p = ping(['ping', '-c', '2', target], ctx);
    const c = curl(['curl', `http://${target}/`], ctx);
    const out = `${p.stdout}${p.stderr}exit ${p.exitCode}\n${c.stdout}${c.stderr}exit ${c.exitCode}\n`;
    expect(out).toBe(golden(`${dir}/timeouts.golden`, out));
  });
});

describe('the seed (17.10)', () => {
  it('replays the seed pings: 8 replies ~0.5-0.8 ms across nodes, the VIP answered locally in ~0.05 ms', () => {
    const h = harness('seed-2017');
    const script = readFileSync(`${__dirname}/../../../../scripts/seed-2017.txt`, 'utf8').replace(/\n$/, '');
    const all = h.run(script);
    const start = all.search(/^root@\w+:\/# ping 10\.0\.0\.6$/m);
    const part = all.slice(start, all.indexOf('# exit\n', start) + '# exit\n'.length);
    expect(part).toBe(golden(`${dir}/seed-pings-17.10.golden`, part));
    expect(part).toContain('8 packets transmitted, 8 received, 0% packet loss');
    expect(part).toContain('PING myservice (10.0.0.5) 56(84) bytes of data.');
  });
});

describe('dnsrr and the 17.10 VIP: no SNAT, the backend sees the client itself', () => {
  it('dnsrr: DNS gives task addresses and curl goes straight to one', () => {
    const h = harness('three-node').onNode('default');
    h.run(`${setup}\ndocker service create --name rr --endpoint-mode dnsrr --replicas 2 --network mynet traefik/whoami`);
    const out = h.run('docker exec -it $(docker ps -q -f name=box) sh\nwget -qO- rr\nwget -qO- tasks.rr');
    expect(out).toBe(golden(`${dir}/dnsrr.golden`, out));
    const box = out.match(/^\/ # /m) ? [...out.matchAll(/^RemoteAddr: ([\d.]+):/gm)].map((m) => m[1]) : [];
    expect(new Set(box).size).toBe(1);
    expect(box[0]).toMatch(/^10\.0\.1\.\d+$/);
    expect(out).not.toContain('RemoteAddr: 10.0.1.6:');
  });
  it('17.10: curl to the VIP is balanced in the client, RemoteAddr is the client address', () => {
    const h = harness('seed-2017').onNode('default');
    h.run('docker network create -d overlay overnet\ndocker service create --name web --replicas 3 --network overnet traefik/whoami\ndocker service create --name box --mode global --network overnet alpine sleep 1d');
    const out = h.run('docker exec -it $(docker ps -q -f name=box) sh\nwget -qO- web\nwget -qO- web\nhostname -i');
    expect(out).toBe(golden(`${dir}/vip-17.10-wget.golden`, out));
    const own = out.trim().split('\n').at(-1) ?? '';
    expect([...out.matchAll(/^RemoteAddr: ([\d.]+):/gm)].map((m) => m[1])).toEqual([own, own]);
  });
});
