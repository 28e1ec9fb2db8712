import { simError, type SimError } from './errors';

/** swarmkit's isValidDNSName: a DNS label, with `_` allowed inside. */
const DNS_LABEL = /^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$/;
/** moby's RestrictedNamePattern for container names (a leading `/` is allowed and dropped). */
const CONTAINER_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/**
 * swarmkit's validateAnnotations, for the names of services and networks: given, a DNS label, at most 63
 * characters (checked in that order).
 */
export function swarmNameError(name: string): SimError | null {
  if (name === '') return simError('name-missing');
  if (!DNS_LABEL.test(name)) return simError('name-not-dns');
  if (name.length > 63) return simError('name-too-long');
  return null;
}

/** The daemon's check of `docker run --name` / `docker create --name`. */
export function containerNameError(name: string): SimError | null {
  return CONTAINER_NAME.test(name) ? null : simError('container-name-invalid', { name });
}
