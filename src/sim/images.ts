/** The images the simulated registry knows. Anything else cannot be pulled (SPEC §8). */
export interface ImageInfo {
  /** Repository without tag, e.g. `ubuntu`, `traefik/whoami`. */
  readonly repository: string;
  readonly digest: string;
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  readonly shell: 'bash' | 'ash';
  /** What the image's server answers on, if it serves anything. */
  readonly serves: { readonly port: number; readonly app: 'nginx' | 'whoami' } | null;
  /** Tools present without installing anything (ping, nslookup, wget, curl, dig, ip). */
  readonly tools: readonly string[];
}

const busyboxTools = ['ping', 'nslookup', 'wget', 'ip', 'hostname', 'cat'];

export const images: readonly ImageInfo[] = [
  {
    repository: 'ubuntu',
    digest: 'sha256:6eb24585b1b2e7402600450d289ea0fd195cfb76893032bbbb3943e041ec8a65',
    entrypoint: [],
    cmd: ['/bin/bash'],
    shell: 'bash',
    serves: null,
    tools: ['hostname', 'cat'],
  },
  {
    repository: 'debian',
    digest: 'sha256:0a8a7f4c0e5b7d3f1b5b1a1c0d3f3e8f51d2e4b1a2c7f9d0e6b5a4c3d2e1f0a9',
    entrypoint: [],
    cmd: ['bash'],
    shell: 'bash',
    serves: null,
    tools: ['hostname', 'cat'],
  },
  {
    repository: 'alpine',
    digest: 'sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1',
    entrypoint: [],
    cmd: ['/bin/sh'],
    shell: 'ash',
    serves: null,
    tools: busyboxTools,
  },
  {
    repository: 'busybox',
    digest: 'sha256:2f590fc602ce325cbff2ccfc39499014d039546dc400ef8bbf5c6ffb860632e7',
    entrypoint: [],
    cmd: ['sh'],
    shell: 'ash',
    serves: null,
    tools: busyboxTools,
  },
  {
    repository: 'nginx',
    digest: 'sha256:2c8a2d2c7e6f1a0b8d4e3f6a9c1b5d7e0f2a4c6b8d0e1f3a5c7b9d1e3f5a7c9b',
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    shell: 'bash',
    serves: { port: 80, app: 'nginx' },
    tools: ['hostname', 'cat', 'curl'],
  },
  {
    repository: 'traefik/whoami',
    digest: 'sha256:200689790a0a0ea48ca45992e0450bc26ccab5307375b41c84dfc4f2475937ab',
    entrypoint: ['/whoami'],
    cmd: [],
    shell: 'ash',
    serves: { port: 80, app: 'whoami' },
    tools: [],
  },
];

/** `ubuntu` -> `ubuntu:latest`; `ubuntu:22.04` stays. */
export function normalizeImage(ref: string): string {
  const lastSlash = ref.lastIndexOf('/');
  const hasTag = ref.indexOf(':', lastSlash + 1) !== -1;
  const noDigest = ref.split('@')[0] ?? ref;
  return hasTag || ref.includes('@') ? noDigest : `${ref}:latest`;
}

/** The repository part of an image reference (`docker.io/library/` prefixes dropped). */
export function repositoryOf(ref: string): string {
  const normal = normalizeImage(ref);
  const lastSlash = normal.lastIndexOf('/');
  const colon = normal.indexOf(':', lastSlash + 1);
  const repo = colon === -1 ? normal : normal.slice(0, colon);
  return repo.replace(/^docker\.io\//, '').replace(/^library\//, '');
}

export function findImage(ref: string): ImageInfo | undefined {
  const repo = repositoryOf(ref);
  return images.find((i) => i.repository === repo);
}
