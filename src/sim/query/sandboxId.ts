/**
 * The id of a container's network sandbox (64 hex). libnetwork gives each sandbox an id of its own, apart from
 * the container's; here it is derived from the container id (its digits reversed), so the same world gives the
 * same id. `docker inspect` shows it as NetworkSettings.SandboxID.
 * @example sandboxId('68bca6e0…c27a5') // '5a72c…0e6acb86'
 */
export function sandboxId(containerId: string): string {
  return containerId.split('').reverse().join('');
}

/** Where the sandbox's namespace is bind-mounted: `/var/run/docker/netns/` + the sandbox id's first 12 digits. */
export function sandboxKey(containerId: string): string {
  return `/var/run/docker/netns/${sandboxId(containerId).slice(0, 12)}`;
}
