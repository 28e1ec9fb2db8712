import type { ProfileName } from '../../../sim/profile';

/** Build facts `docker version` / `docker info` print that the engine profile does not carry. */
export interface EngineDetails {
  readonly clientBuilt: string;
  readonly serverBuilt: string;
  readonly minApiVersion: string;
  readonly containerd: { readonly version: string; readonly commit: string };
  readonly runc: { readonly version: string; readonly commit: string };
  readonly init: { readonly version: string; readonly commit: string };
  readonly kernel: string;
  readonly operatingSystem: string;
  readonly storageDriver: readonly string[];
  readonly logPlugins: string;
  readonly networkPlugins: string;
  readonly totalMemory: string;
}

/** Per profile: boot2docker 17.10.0-ce (Oct 2017) and a current boot2docker-style VM. */
export const engineDetails: Readonly<Record<ProfileName, EngineDetails>> = {
  '17.10': {
    clientBuilt: 'Tue Oct 17 18:59:58 2017',
    serverBuilt: 'Tue Oct 17 19:06:55 2017',
    minApiVersion: '1.12',
    containerd: { version: 'v1.0.0-beta.2', commit: '06b9cb35161009dcb7123345749fef02f7cea8e0' },
    runc: { version: '1.0.0-rc4', commit: '0351df1c5a66838d0c392b4ac4cf9450de844e2d' },
    init: { version: '0.13.0', commit: '949e6fa' },
    kernel: '4.4.93-boot2docker',
    operatingSystem: 'Boot2Docker 17.10.0-ce (TCL 7.2); HEAD : 34fe485 - Wed Oct 18 17:16:34 UTC 2017',
    storageDriver: ['aufs', ' Root Dir: /mnt/sda1/var/lib/docker/aufs', ' Backing Filesystem: extfs', ' Dirperm1 Supported: true'],
    logPlugins: 'awslogs fluentd gcplogs gelf journald json-file logentries splunk syslog',
    networkPlugins: 'bridge host macvlan null overlay',
    totalMemory: '995.6MiB',
  },
  '29': {
    clientBuilt: 'Tue Jan 13 10:12:41 2026',
    serverBuilt: 'Tue Jan 13 10:12:41 2026',
    minApiVersion: '1.44',
    containerd: { version: 'v2.2.1', commit: 'dea7da592f5d1d2b7755e3a161be07f43fad8f75' },
    runc: { version: '1.3.4', commit: 'v1.3.4-0-gd6d73eb8' },
    init: { version: '0.19.0', commit: 'de40ad0' },
    kernel: '6.6.71-boot2docker',
    operatingSystem: 'Boot2Docker 29.7.2 (TCL 15.0)',
    storageDriver: ['overlay2', ' Backing Filesystem: extfs', ' Supports d_type: true', ' Using metacopy: false', ' Native Overlay Diff: true', ' userxattr: false'],
    logPlugins: 'awslogs fluentd gcplogs gelf journald json-file local splunk syslog',
    networkPlugins: 'bridge host ipvlan macvlan null overlay',
    totalMemory: '985.7MiB',
  },
};
