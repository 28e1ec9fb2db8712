import { repositoryOf } from '../../../sim/images';
import type { Container, World } from '../../../sim/world';

/** The curl each distribution ships: Ubuntu 24.04 has 8.5.0; Alpine 3.20 (apk) 8.12.1; Debian trixie (and the nginx image) 8.14.1. */
export function curlVersionOf(_world: World, c: Container): string {
  const repository = repositoryOf(c.image);
  if (repository === 'ubuntu') return '8.5.0';
  return repository === 'alpine' ? '8.12.1' : '8.14.1';
}
