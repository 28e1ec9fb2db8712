import { describe, expect, it } from 'vitest';
import { harness } from '../../testing/harness';
import { packageVersion } from './packageVersion';

/** Runs one container of `image` in the scenario and reads a package's version in it. */
function versionIn(scenario: string, image: string, name: string): string {
  const h = harness(scenario).onNode('default');
  h.run(`docker run -d --name probe ${image} sleep 1d`);
  const c = Object.values(h.world.containers).find((x) => x.name === 'probe');
  if (!c) throw new Error(`no container of ${image}`);
  return packageVersion(h.world, c, name);
}

describe('packageVersion', () => {
  it("reads the image's release for the profile, without epoch or revision", () => {
    expect(versionIn('three-node', 'nginx', 'curl')).toBe('8.14.1');
    expect(versionIn('three-node', 'ubuntu', 'curl')).toBe('8.5.0');
    expect(versionIn('three-node', 'ubuntu', 'wget')).toBe('1.21.4');
    expect(versionIn('three-node', 'debian:12', 'curl')).toBe('7.88.1');
    // The 17.10 profile's images are those of late 2017: nginx on Debian stretch, ubuntu on xenial.
    expect(versionIn('seed-2017', 'nginx', 'curl')).toBe('7.52.1');
    expect(versionIn('seed-2017', 'ubuntu', 'curl')).toBe('7.47.0');
  });

  it("reads Alpine's apk catalogue for alpine", () => {
    expect(versionIn('three-node', 'alpine', 'curl')).toBe('8.12.1');
    expect(versionIn('three-node', 'alpine', 'wget')).toBe('1.24.5');
  });
});
