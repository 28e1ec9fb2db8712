import { repositoryOf } from '../../../sim/images';
import type { Container, World } from '../../../sim/world';

/** The curl each distribution ships: Ubuntu 24.04 has 8.5.0; Debian trixie (and the nginx image) 8.14.1. */
export function curlVersionOf(_world: World, c: Container): string {
  return repositoryOf(c.image) === 'ubuntu' ? '8.5.0' : '8.14.1';
}
