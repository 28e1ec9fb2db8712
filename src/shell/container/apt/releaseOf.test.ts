import { describe, expect, test } from 'vitest';
import { overlay, service, taskContainer, world } from '../../../sim/dns/fixtures';
import { installOrder, setupOrder } from './installOrder';
import { releaseOf } from './releaseOf';
import { debianBookworm } from './releases/debianBookworm';
import { debianStretch } from './releases/debianStretch';
import { debianTrixie } from './releases/debianTrixie';
import { ubuntuNoble } from './releases/ubuntuNoble';
import { ubuntuXenial } from './releases/ubuntuXenial';

/** The release apt-get speaks in a task of `image` under a profile. */
function releaseIdOf(profile: '29' | '17.10', image: string): string | undefined {
  const w = world(profile === '29' ? 'three-node' : 'seed-2017', [
    overlay('n'),
    service('box', { image, args: ['sleep', '1d'], networks: [{ network: 'n', aliases: [] }], mode: { kind: 'replicated', replicas: 1 } }),
    { type: 'clock/advance', ms: 10_000 },
  ]);
  return releaseOf(w, taskContainer(w, 'box'))?.id;
}

describe('the release behind an image', () => {
  test.each([
    ['29', 'ubuntu', 'ubuntu-noble'],
    ['29', 'debian', 'debian-trixie'],
    ['29', 'nginx', 'debian-trixie'],
    ['29', 'python', 'debian-trixie'],
    ['29', 'ubuntu:16.04', 'ubuntu-xenial'],
    ['29', 'debian:bookworm', 'debian-bookworm'],
    ['17.10', 'ubuntu', 'ubuntu-xenial'],
    ['17.10', 'debian', 'debian-stretch'],
    ['17.10', 'nginx:latest', 'debian-stretch'],
    ['17.10', 'debian:13', 'debian-trixie'],
    ['29', 'alpine', undefined],
    ['29', 'traefik/whoami', undefined],
  ] as const)('profile %s, %s: %s', (profile, image, id) => expect(releaseIdOf(profile, image)).toBe(id));
});

describe('the order packages come and are set up in', () => {
  test('dependencies first, then what they recommend; dpkg sets them up in its own order', () => {
    const unpack = installOrder(ubuntuNoble, new Set(), ['iputils-ping']);
    expect(unpack).toEqual(['libcap2-bin', 'iputils-ping', 'libpam-cap']);
    expect(setupOrder(ubuntuNoble, unpack)).toEqual(['libcap2-bin', 'libpam-cap', 'iputils-ping']);
  });

  test('installed packages and their dependencies are left out', () => {
    expect(installOrder(debianBookworm, new Set(['libcurl4', 'ca-certificates']), ['curl'])).toEqual(['curl']);
    expect(installOrder(debianBookworm, new Set(['iputils-ping']), ['iputils-ping'])).toEqual([]);
  });

  test('every release offers the packages that bring the container tools', () => {
    for (const release of [ubuntuXenial, ubuntuNoble, debianStretch, debianBookworm, debianTrixie]) {
      for (const name of ['iputils-ping', 'dnsutils', 'curl', 'wget', 'iproute2', 'net-tools']) expect(release.packages.has(name), `${release.id}: ${name}`).toBe(true);
    }
  });

  test('every dependency a release names is in its catalogue', () => {
    for (const release of [ubuntuXenial, ubuntuNoble, debianStretch, debianBookworm, debianTrixie]) {
      for (const [name, pkg] of release.packages) {
        for (const dep of [...pkg.depends, ...(pkg.recommends ?? [])]) expect(release.packages.has(dep), `${release.id}: ${name} -> ${dep}`).toBe(true);
      }
      for (const images of release.imagePackages.values()) for (const name of images) expect(release.packages.has(name), `${release.id}: ${name}`).toBe(true);
    }
  });
});
