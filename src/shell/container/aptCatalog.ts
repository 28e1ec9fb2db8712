import { table } from '../../sim/own';
/** A package in the simulated Ubuntu 16.04 (xenial) archive the seed's containers install from. */
export interface AptPackage {
  readonly version: string;
  /** Download size in bytes and installed size in kB. */
  readonly bytes: number;
  readonly installedKb: number;
  readonly section: 'main' | 'universe';
  /** Packages not in the base image that it pulls in. */
  readonly depends: readonly string[];
}

export const aptCatalog: Readonly<Record<string, AptPackage>> = table({
  'iputils-ping': { version: '3:20121221-5ubuntu2', bytes: 56_100, installedKb: 132, section: 'main', depends: ['libffi6', 'libidn11'] },
  libffi6: { version: '3.2.1-4', bytes: 17_800, installedKb: 66, section: 'main', depends: [] },
  libidn11: { version: '1.32-3ubuntu1.2', bytes: 46_500, installedKb: 203, section: 'main', depends: [] },
  dnsutils: { version: '1:9.10.3.dfsg.P4-8ubuntu1.10', bytes: 88_700, installedKb: 452, section: 'main', depends: ['bind9-host', 'libbind9-140', 'libdns162', 'libisc160', 'libxml2'] },
  'bind9-host': { version: '1:9.10.3.dfsg.P4-8ubuntu1.10', bytes: 38_100, installedKb: 157, section: 'main', depends: [] },
  'libbind9-140': { version: '1:9.10.3.dfsg.P4-8ubuntu1.10', bytes: 23_700, installedKb: 73, section: 'main', depends: [] },
  libdns162: { version: '1:9.10.3.dfsg.P4-8ubuntu1.10', bytes: 871_000, installedKb: 2_313, section: 'main', depends: [] },
  libisc160: { version: '1:9.10.3.dfsg.P4-8ubuntu1.10', bytes: 214_000, installedKb: 495, section: 'main', depends: [] },
  libxml2: { version: '2.9.3+dfsg1-1ubuntu0.6', bytes: 697_000, installedKb: 1_968, section: 'main', depends: [] },
  curl: { version: '7.47.0-1ubuntu2.14', bytes: 139_000, installedKb: 341, section: 'main', depends: ['ca-certificates', 'libcurl3-gnutls', 'librtmp1'] },
  'ca-certificates': { version: '20170717~16.04.2', bytes: 167_000, installedKb: 398, section: 'main', depends: [] },
  'libcurl3-gnutls': { version: '7.47.0-1ubuntu2.14', bytes: 184_000, installedKb: 467, section: 'main', depends: [] },
  librtmp1: { version: '2.4+20151223.gitfa8646d-1ubuntu0.1', bytes: 54_200, installedKb: 137, section: 'main', depends: [] },
  wget: { version: '1.17.1-1ubuntu1.5', bytes: 299_000, installedKb: 922, section: 'main', depends: [] },
  iproute2: { version: '4.3.0-1ubuntu3.16.04.5', bytes: 522_000, installedKb: 1_763, section: 'main', depends: ['libatm1', 'libmnl0'] },
  libatm1: { version: '1:2.5.1-1.5', bytes: 24_200, installedKb: 110, section: 'main', depends: [] },
  libmnl0: { version: '1.0.3-5', bytes: 12_000, installedKb: 39, section: 'main', depends: [] },
  'net-tools': { version: '1.60-26ubuntu1', bytes: 175_000, installedKb: 724, section: 'main', depends: [] },
});

/** Files and directories in the base image's dpkg database (grows as packages are installed). */
export const BASE_DPKG_FILES = 4768;
