import { applyChange } from '../../sim/apply';
import type { Change } from '../../sim/changes';
import { hasExternalAccess } from '../../sim/dns/resolverNetworks';
import type { CommandHandler } from '../types';
import { containerOf } from './containerOf';
import { table } from '../../sim/own';

/** Alpine 3.20 packages: version, installed size in KiB, and what they pull in beyond the base image. */
export const alpinePackages: Readonly<Record<string, { version: string; kib: number; depends: readonly string[] }>> = table({
  curl: { version: '8.12.1-r0', kib: 260, depends: ['ca-certificates', 'brotli-libs', 'c-ares', 'libcurl', 'libidn2', 'libpsl', 'libunistring', 'nghttp2-libs', 'zstd-libs'] },
  'bind-tools': { version: '9.18.33-r0', kib: 4600, depends: ['fstrm', 'json-c', 'libuv', 'libxml2', 'protobuf-c', 'bind-libs'] },
  wget: { version: '1.24.5-r0', kib: 480, depends: ['libidn2', 'libunistring', 'pcre2'] },
  iproute2: { version: '6.9.0-r0', kib: 1400, depends: ['libelf', 'libmnl', 'iproute2-minimal'] },
  'ca-certificates': { version: '20241121-r1', kib: 690, depends: [] },
  // What those pull in.
  'brotli-libs': { version: '1.1.0-r2', kib: 750, depends: [] },
  'c-ares': { version: '1.33.1-r0', kib: 210, depends: [] },
  libcurl: { version: '8.12.1-r0', kib: 620, depends: [] },
  libidn2: { version: '2.3.7-r0', kib: 130, depends: [] },
  libpsl: { version: '0.21.5-r1', kib: 30, depends: [] },
  libunistring: { version: '1.2-r0', kib: 1640, depends: [] },
  'nghttp2-libs': { version: '1.62.1-r0', kib: 160, depends: [] },
  'zstd-libs': { version: '1.5.6-r0', kib: 620, depends: [] },
  fstrm: { version: '0.6.1-r4', kib: 40, depends: [] },
  'json-c': { version: '0.17-r0', kib: 80, depends: [] },
  libuv: { version: '1.48.0-r0', kib: 190, depends: [] },
  libxml2: { version: '2.12.10-r0', kib: 1270, depends: [] },
  'protobuf-c': { version: '1.5.0-r0', kib: 40, depends: [] },
  'bind-libs': { version: '9.18.33-r0', kib: 2900, depends: [] },
  pcre2: { version: '10.43-r0', kib: 690, depends: [] },
  libelf: { version: '0.191-r0', kib: 140, depends: [] },
  libmnl: { version: '1.0.5-r2', kib: 30, depends: [] },
  'iproute2-minimal': { version: '6.9.0-r0', kib: 1100, depends: [] },
});
const BASE_PACKAGES = 14;
const BASE_MIB = 8;
const REPO = 'https://dl-cdn.alpinelinux.org/alpine/v3.20';

/** `apk add PKG...` (and `apk update`) with apk-tools' output. */
export const apk: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const c = ctx.world.containers[id];
  if (!c) return { stdout: '', stderr: '', exitCode: 1 };
  const [verb, ...args] = argv.slice(1).filter((a) => a !== '--no-cache' && a !== '-q');
  const online = hasExternalAccess(ctx.world, id);
  const fetch = online
    ? `fetch ${REPO}/main/x86_64/APKINDEX.tar.gz\nfetch ${REPO}/community/x86_64/APKINDEX.tar.gz\n`
    : `WARNING: fetching ${REPO}/main: temporary error (try again later)\nWARNING: fetching ${REPO}/community: temporary error (try again later)\n`;
  if (verb === 'update') return { stdout: online ? `${fetch}v3.20.6-7-g2ba3d5a8b61 [${REPO}/main]\nv3.20.6-9-g41e2c0e1f3a [${REPO}/community]\nOK: 24172 distinct packages available\n` : fetch, stderr: '', exitCode: online ? 0 : 2 };
  if (verb !== 'add') return { stdout: '', stderr: `apk-tools 2.14.4, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n`, exitCode: 1 };
  const unknown = args.filter((p) => !alpinePackages[p]);
  if (unknown.length > 0 || !online) {
    const why = unknown.map((p) => `  ${p} (no such package):\n    required by: world[${p}]\n`).join('');
    const text = `${fetch}ERROR: unable to select packages:\n${why || args.map((p) => `  ${p} (no such package):\n    required by: world[${p}]\n`).join('')}`;
    return { stdout: text, stderr: '', exitCode: 1 };
  }
  const have = new Set(c.packages);
  const wanted = [...new Set(args.flatMap((p) => [...(alpinePackages[p]?.depends ?? []), p]))].filter((p) => !have.has(p));
  const total = BASE_PACKAGES + c.packages.length + wanted.length;
  const kib = [...c.packages, ...wanted].reduce((s, p) => s + (alpinePackages[p]?.kib ?? 200), 0);
  let out = fetch;
  wanted.forEach((p, i) => {
    out += `(${i + 1}/${wanted.length}) Installing ${p} (${alpinePackages[p]?.version ?? ''})\n`;
  });
  if (wanted.includes('ca-certificates')) out += 'Executing ca-certificates-20241121-r1.trigger\n';
  out += `OK: ${BASE_MIB + Math.round(kib / 1024)} MiB in ${total} packages\n`;
  const change: Change = { type: 'container/install', container: id, packages: wanted };
  const r = applyChange(ctx.world, change);
  return r.ok ? { stdout: out, stderr: '', exitCode: 0, world: r.world, changes: [change] } : { stdout: out, stderr: '', exitCode: 0 };
};
