import { normalizeImage, repositoryOf } from '../../../sim/images';
import type { ProfileName } from '../../../sim/profile';
import type { World } from '../../../sim/world';
import { debianBookworm } from './releases/debianBookworm';
import { debianStretch } from './releases/debianStretch';
import { debianTrixie } from './releases/debianTrixie';
import { ubuntuNoble } from './releases/ubuntuNoble';
import { ubuntuXenial } from './releases/ubuntuXenial';
import type { AptRelease } from './types';

/** The release each apt-based image's `latest` is built on, by Docker profile (images of that time). */
const latest: ReadonlyMap<ProfileName, ReadonlyMap<string, AptRelease>> = new Map([
  ['29', new Map([['ubuntu', ubuntuNoble], ['debian', debianTrixie], ['nginx', debianTrixie], ['httpd', debianTrixie], ['python', debianTrixie], ['node', debianTrixie], ['redis', debianTrixie]])],
  ['17.10', new Map([['ubuntu', ubuntuXenial], ['debian', debianStretch], ['nginx', debianStretch], ['httpd', debianStretch], ['python', debianStretch], ['node', debianStretch], ['redis', debianStretch]])],
]);

/** Tags that name a release outright, whatever the profile. */
const tagged: ReadonlyMap<string, AptRelease> = new Map([
  ['ubuntu:16.04', ubuntuXenial], ['ubuntu:xenial', ubuntuXenial],
  ['ubuntu:24.04', ubuntuNoble], ['ubuntu:noble', ubuntuNoble],
  ['debian:9', debianStretch], ['debian:stretch', debianStretch],
  ['debian:12', debianBookworm], ['debian:bookworm', debianBookworm],
  ['debian:13', debianTrixie], ['debian:trixie', debianTrixie],
]);

/** The Debian or Ubuntu release of a container's image, or undefined for images without apt. */
export function releaseOf(world: World, containerId: string): AptRelease | undefined {
  const image = world.containers[containerId]?.image;
  if (image === undefined) return undefined;
  const repo = repositoryOf(image);
  const tag = normalizeImage(image).slice(normalizeImage(image).lastIndexOf(':') + 1);
  return tagged.get(`${repo}:${tag}`) ?? latest.get(world.profile)?.get(repo);
}

/** Packages of the release's catalogue the container has: its image's and those it installed. */
export function installedPackages(world: World, containerId: string, release: AptRelease): ReadonlySet<string> {
  const c = world.containers[containerId];
  if (!c) return new Set();
  return new Set([...(release.imagePackages.get(repositoryOf(c.image)) ?? []), ...c.packages]);
}
