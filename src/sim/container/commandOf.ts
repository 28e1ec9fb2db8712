import type { ContainerRunSpec } from '../changes';
import type { ImageInfo } from '../images';

/**
 * What a container runs. `--entrypoint E` runs E with the arguments (the image's CMD dropped). An image whose
 * entrypoint is a `docker-entrypoint.sh` hands its arguments on (`exec "$@"`), so the arguments are the
 * program; any other entrypoint (traefik/whoami's `/whoami`) gets them as its own arguments.
 */
export function commandOf(image: ImageInfo, spec: Pick<ContainerRunSpec, 'command' | 'entrypoint'>): readonly string[] {
  if (spec.entrypoint !== undefined && spec.entrypoint !== '') return [spec.entrypoint, ...spec.command];
  if (spec.command.length === 0) return [...image.entrypoint, ...image.cmd];
  return handsArgumentsOn(image) ? spec.command : [...image.entrypoint, ...spec.command];
}

/** Whether the image's entrypoint is a `docker-entrypoint.sh` that runs its arguments (`exec "$@"`), or none at all. */
export function handsArgumentsOn(image: ImageInfo): boolean {
  return image.entrypoint.every((e) => e.endsWith('docker-entrypoint.sh'));
}
