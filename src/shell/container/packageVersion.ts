import { repositoryOf } from '../../sim/images';
import type { Container, World } from '../../sim/world';
import { alpinePackages } from './apk';
import { releaseOf } from './apt/releaseOf';

/**
 * The upstream version of a distribution package in a container, as the program reports it: from its image's
 * apt release (`8.14.1` of `8.14.1-2+deb13u2`, `1.21.4` of `1.21.4-1ubuntu4.1`) or from Alpine's apk
 * catalogue (`8.12.1` of `8.12.1-r0`). One source for both what the package manager prints and what the
 * tool says of itself (curl's and wget's User-Agent).
 */
export function packageVersion(world: World, c: Container, name: string): string {
  const full = releaseOf(world, c.id)?.packages.get(name)?.version ?? (repositoryOf(c.image) === 'alpine' ? alpinePackages[name]?.version : undefined) ?? '';
  return full.replace(/^\d+:/, '').replace(/-[^-]*$/, '');
}
