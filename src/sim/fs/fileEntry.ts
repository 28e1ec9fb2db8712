/**
 * A file or directory someone made inside a machine or container (by a redirection, `touch`,
 * `mkdir`...). `owner` is `laptop`, `machine:<name>` or `container:<id>`; `path` is absolute and
 * normalised. Files Docker generates (/etc/hosts, /etc/resolv.conf...) are not stored: they are
 * derived from the world until someone overwrites them.
 */
export interface FileEntry {
  readonly owner: string;
  readonly path: string;
  readonly kind: 'file' | 'dir';
  readonly text: string;
}

/** The owner key of the laptop, a machine, or a container. */
export const laptopOwner = 'laptop';
export const machineOwner = (name: string): string => `machine:${name}`;
export const containerOwner = (id: string): string => `container:${id}`;
