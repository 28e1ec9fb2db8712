import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { overlay, service, taskContainer, world } from '../../../sim/dns/fixtures';
import { golden } from '../../../testing/golden';
import { containerTranscript } from '../../../testing/containerTranscript';


/** A one-task service of `image` on an overlay, in the profile's scenario; its container's transcript. */
function run(profile: '29' | '17.10', image: string, lines: readonly string[], internal = false): string {
  const w = world(profile === '29' ? 'three-node' : 'seed-2017', [
    overlay('apt-net', { internal }),
    service('box', { image, args: ['sleep', 'infinity'], networks: [{ network: 'apt-net', aliases: [] }], mode: { kind: 'replicated', replicas: 1 } }),
    { type: 'clock/advance', ms: 10_000 },
  ]);
  return containerTranscript(w, taskContainer(w, 'box'), lines);
}

const dir = join(__dirname, 'testdata');
const check = (name: string, actual: string) => expect(actual).toBe(golden(join(dir, `${name}.golden`), actual));
const ping = ['cat /etc/os-release', 'apt-get install -y iputils-ping', 'apt-get update', 'apt-get install iputils-ping', 'ping -c 1 box'];

describe('apt-get speaks the release of the image and the profile', () => {
  test('Docker 29: ubuntu is 24.04 noble (apt 2.7)', () => check('ubuntu-noble', run('29', 'ubuntu', [...ping, 'apt-get install -y iputils-ping net-tools', 'apt-get install -y curl'])));
  test('Docker 29: debian is 13 trixie (apt 3.0): dpkg-preconfigure reports its frontends', () => {
    check('debian-trixie', run('29', 'debian', [...ping, 'apt-get install -y curl', 'apt-get install -y nosuch curl']));
  });
  test('Docker 29: nginx is trixie too, and already carries curl and libidn2-0', () => {
    check('nginx-trixie', run('29', 'nginx', ['cat /etc/os-release', 'apt-get install curl', 'apt-get update', 'apt-get install -y iputils-ping curl']));
  });
  test('17.10: ubuntu is 16.04 xenial (apt 1.2, libc-bin triggered twice)', () => check('ubuntu-xenial', run('17.10', 'ubuntu', [...ping, 'apt-get install iproute2'])));
  test('17.10: debian is 9 stretch (apt 1.4: Ign for the InRelease, numbered archives past five)', () => {
    check('debian-stretch', run('17.10', 'debian', [...ping, 'apt-get install -y dnsutils', 'apt-get install -y curl']));
  });
  test('debian:bookworm is Debian 12 (apt 2.6): curl brings ca-certificates, which updates its certificates', () => {
    check('debian-bookworm', run('29', 'debian:bookworm', [...ping, 'apt-get install -y curl']));
  });
  test('apt 3.0 `apt` sums an install up in columns and says Error:; `apt` before it speaks like apt-get', () => {
    check('apt-trixie', run('29', 'nginx', ['apt install nosuch', 'apt update && apt install -y iputils-ping', 'apt install curl nosuch', 'apt install -y dnsutils']));
    check('apt-noble', run('29', 'ubuntu', ['apt update', 'apt install iputils-ping']));
  });
  test('options: -qq keeps apt quiet (dpkg still speaks), --no-install-recommends, upgrade with nothing to do', () => {
    check('apt-options', run('29', 'debian:bookworm', ['apt-get -qq update', 'apt-get install -qq nosuch', 'apt-get upgrade', 'apt-get install -qq iputils-ping', 'apt-get install -y --no-install-recommends curl']));
    expect(run('29', 'debian', ['apt upgrade'])).toContain('Summary:\n  Upgrading: 0, Installing: 0, Removing: 0, Not Upgrading: 0\n');
  });
  test('a tag names its release whatever the profile', () => {
    check('ubuntu-16.04-under-29', run('29', 'ubuntu:16.04', ['cat /etc/os-release', 'apt-get update']));
  });
  test('without a way out, update fails for every source of the release and warns', () => {
    check('trixie-offline', run('29', 'debian', ['apt-get update', 'apt-get install -y iputils-ping'], true));
  });
  test('images without apt have no apt-get and no /etc/os-release of apt data', () => {
    expect(run('29', 'busybox', ['apt-get update', 'cat /etc/os-release'])).toContain("cat: can't open '/etc/os-release': No such file or directory");
  });
});
