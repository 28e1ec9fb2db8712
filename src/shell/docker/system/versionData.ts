import { profiles, type ProfileName } from '../../../sim/profile';
import type { GoValue } from '../../format/goValue';
import { engineDetails } from './engineDetails';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Tue Jan 13 10:12:41 2026` (how the CLI prints a build time) as the API's RFC 3339 string. */
function rfc3339(built: string): string {
  const [, month = 'Jan', day = '1', time = '00:00:00', year = '1970'] = built.split(/\s+/);
  const mm = String(MONTHS.indexOf(month) + 1).padStart(2, '0');
  return `${year}-${mm}-${day.padStart(2, '0')}T${time}.000000000+00:00`;
}

/** The data `docker version --format` runs over (docker/cli versionInfo: Client and Server), by Go field name. */
export function versionData(profile: ProfileName): GoValue {
  const p = profiles[profile];
  const d = engineDetails[profile];
  const legacy = profile === '17.10';
  const engine = {
    Version: p.engineVersion,
    APIVersion: p.apiVersion,
    MinAPIVersion: d.minApiVersion,
    GitCommit: p.gitCommit,
    GoVersion: p.goVersion,
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: d.kernel,
    BuildTime: rfc3339(d.serverBuilt),
  };
  const client = {
    ...(legacy ? {} : { Platform: { Name: '' } }),
    Version: p.engineVersion,
    APIVersion: p.apiVersion,
    ...(legacy ? {} : { DefaultAPIVersion: p.apiVersion }),
    GitCommit: p.gitCommit,
    GoVersion: p.goVersion,
    Os: 'linux',
    Arch: 'amd64',
    BuildTime: d.clientBuilt,
    ...(legacy ? {} : { Context: 'default' }),
  };
  const component = (Name: string, v: { version: string; commit: string }) => ({ Name, Version: v.version, Details: { GitCommit: v.commit } });
  const server = {
    Platform: { Name: '' },
    ...(legacy
      ? {}
      : {
          Components: [
            { Name: 'Engine', Version: p.engineVersion, Details: { ApiVersion: p.apiVersion, Arch: 'amd64', BuildTime: engine.BuildTime, Experimental: 'false', GitCommit: p.gitCommit, GoVersion: p.goVersion, KernelVersion: d.kernel, MinAPIVersion: d.minApiVersion, Os: 'linux' } },
            component('containerd', d.containerd),
            component('runc', d.runc),
            component('docker-init', d.init),
          ],
        }),
    ...engine,
    Experimental: false,
  };
  return { Client: client, Server: server };
}
