/** The images the simulated registry knows. Anything else cannot be pulled (SPEC §8). */
export interface ImageInfo {
  /** Repository without tag, e.g. `ubuntu`, `traefik/whoami`. */
  readonly repository: string;
  readonly digest: string;
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  /** The image's shell; null for a scratch image holding one binary (traefik/whoami): no sh at all. */
  readonly shell: 'bash' | 'ash' | null;
  /** What the image's server answers on, if it serves anything. */
  readonly serves: { readonly port: number; readonly app: 'nginx' | 'whoami' | 'httpd' | 'redis' } | null;
  /** Tools present without installing anything (ping, nslookup, wget, curl, dig, ip). */
  readonly tools: readonly string[];
  /** Its default command is an interpreter (python3, node): without a terminal it reads end of input and exits 0. */
  readonly interpreter?: true;
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
    shell: null,
    serves: { port: 80, app: 'whoami' },
    tools: [],
  },
  // Debian-based official images: their default commands and ports as `docker image inspect` shows them.
  // python and node are the full variants (buildpack-deps), which carry curl and GNU wget.
  {
    repository: 'redis',
    digest: 'sha256:1b835e5a8d5db58e8b718850bf43a68ef5a576fc68301fd08a789b20b4eecb61',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    shell: 'bash',
    serves: { port: 6379, app: 'redis' },
    tools: ['hostname', 'cat'],
  },
  {
    repository: 'httpd',
    digest: 'sha256:f9b88f3f093d925525ec272bbe28e72967ffe1a40da813fe84df9fcb2fad3f30',
    entrypoint: [],
    cmd: ['httpd-foreground'],
    shell: 'bash',
    serves: { port: 80, app: 'httpd' },
    tools: ['hostname', 'cat'],
  },
  {
    repository: 'python',
    digest: 'sha256:5d3f2e7b8a4c1d6e9f0b2a3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70',
    entrypoint: [],
    cmd: ['python3'],
    shell: 'bash',
    serves: null,
    tools: ['hostname', 'cat', 'curl', 'wget'],
    interpreter: true,
  },
  {
    repository: 'node',
    digest: 'sha256:8e1c4a9f2b7d3e6a0c5f9b2d8e4a1c7f3b6d9e2a5c8f1b4d7e0a3c6f9b2e5d8a',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    shell: 'bash',
    serves: null,
    tools: ['hostname', 'cat', 'curl', 'wget'],
    interpreter: true,
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

/**
 * The registry digest of a reference: the image's own for `latest`, and for any other tag a digest of its
 * own (derived from the tag), so `redis:3.0.6` and `redis:3.0.7` differ as they do on the registry.
 */
export function digestOf(ref: string): string | undefined {
  const image = findImage(ref);
  if (!image) return undefined;
  const pinned = ref.split('@')[1];
  if (pinned !== undefined) return pinned;
  const normal = normalizeImage(ref);
  const tag = normal.slice(normal.lastIndexOf(':') + 1);
  if (tag === 'latest') return image.digest;
  let hex = '';
  let h = 0x811c9dc5;
  for (let round = 0; hex.length < 64; round++) {
    for (const ch of `${image.digest}:${tag}:${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return `sha256:${hex.slice(0, 64)}`;
}

export function findImage(ref: string): ImageInfo | undefined {
  const repo = repositoryOf(ref);
  return images.find((i) => i.repository === repo);
}
