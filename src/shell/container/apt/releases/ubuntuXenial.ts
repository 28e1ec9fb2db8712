import type { AptPackage, AptRelease } from '../types';

const ARCHIVE = 'http://archive.ubuntu.com/ubuntu';
const SECURITY = 'http://security.ubuntu.com/ubuntu';
const MAIN = `${ARCHIVE} xenial/main`;
const UPDATES = `${ARCHIVE} xenial-updates/main`;

/**
 * Ubuntu 16.04.3 (xenial) as the `ubuntu` image was in late 2017: apt 1.2, and a base image without
 * GnuTLS, so iputils-ping pulls nine libraries in (the list, versions and sizes of a transcript of
 * that image), and so does iproute2 (apt 1.2 put libxtables11 after it, as `inline` reproduces).
 * dnsutils has the BIND version of the time; curl, wget and their dependency lists are approximate.
 */
const packages = new Map<string, AptPackage>([
  ['iputils-ping', { version: '3:20121221-5ubuntu2', from: MAIN, arch: 'amd64', bytes: 52_700, installedKb: 123, depends: ['libgnutls-openssl27', 'libidn11'], postinst: 'Setcap is not installed, falling back to setuid\n' }],
  ['libgnutls-openssl27', { version: '3.4.10-4ubuntu1.2', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 21_900, installedKb: 75, depends: ['libgnutls30'], suggests: ['gnutls-bin'] }],
  ['libgnutls30', { version: '3.4.10-4ubuntu1.2', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 547_000, installedKb: 1654, depends: ['libgmp10', 'libhogweed4', 'libidn11', 'libnettle6', 'libp11-kit0', 'libtasn1-6'] }],
  ['libgmp10', { version: '2:6.1.0+dfsg-2', from: MAIN, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 240_000, installedKb: 524, depends: [] }],
  ['libhogweed4', { version: '3.2-1ubuntu0.16.04.1', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 136_000, installedKb: 244, depends: ['libgmp10', 'libnettle6'] }],
  ['libnettle6', { version: '3.2-1ubuntu0.16.04.1', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 93_500, installedKb: 276, depends: [] }],
  ['libidn11', { version: '1.32-3ubuntu1.1', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 45_600, installedKb: 220, depends: [] }],
  ['libp11-kit0', { version: '0.23.2-5~ubuntu16.04.1', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 105_000, installedKb: 396, depends: ['libffi6'] }],
  ['libffi6', { version: '3.2.1-4', from: MAIN, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 17_800, installedKb: 62, depends: [] }],
  ['libtasn1-6', { version: '4.7-3ubuntu0.16.04.1', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 43_200, installedKb: 115, depends: [] }],
  ['dnsutils', { version: '1:9.10.3.dfsg.P4-8ubuntu1.8', from: UPDATES, arch: 'amd64', bytes: 89_000, installedKb: 452, depends: ['bind9-host', 'libbind9-140', 'libdns162', 'libisc160', 'libxml2'] }],
  ['bind9-host', { version: '1:9.10.3.dfsg.P4-8ubuntu1.8', from: UPDATES, arch: 'amd64', bytes: 38_400, installedKb: 157, depends: ['libbind9-140', 'libdns162', 'libisc160'] }],
  ['libbind9-140', { version: '1:9.10.3.dfsg.P4-8ubuntu1.8', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 23_700, installedKb: 73, depends: ['libisc160'] }],
  ['libdns162', { version: '1:9.10.3.dfsg.P4-8ubuntu1.8', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 882_000, installedKb: 2313, depends: ['libisc160', 'libxml2'] }],
  ['libisc160', { version: '1:9.10.3.dfsg.P4-8ubuntu1.8', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 215_000, installedKb: 495, depends: [] }],
  ['libxml2', { version: '2.9.3+dfsg1-1ubuntu0.3', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 697_000, installedKb: 1968, depends: [] }],
  ['curl', { version: '7.47.0-1ubuntu2.4', from: UPDATES, arch: 'amd64', bytes: 139_000, installedKb: 341, depends: ['libcurl3-gnutls'] }],
  ['libcurl3-gnutls', { version: '7.47.0-1ubuntu2.4', from: UPDATES, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 184_000, installedKb: 467, depends: ['libgnutls30', 'libidn11', 'librtmp1'], recommends: ['ca-certificates'] }],
  ['librtmp1', { version: '2.4+20151223.gitfa8646d-1build1', from: MAIN, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 54_100, installedKb: 137, depends: ['libgmp10', 'libgnutls30', 'libhogweed4', 'libnettle6'] }],
  ['ca-certificates', { version: '20170717~16.04.1', from: UPDATES, arch: 'all', bytes: 168_000, installedKb: 398, depends: [], debconf: true, unpackFirst: true }],
  ['wget', { version: '1.17.1-1ubuntu1.3', from: UPDATES, arch: 'amd64', bytes: 299_000, installedKb: 922, depends: ['libidn11'], recommends: ['ca-certificates'] }],
  ['iproute2', { version: '4.3.0-1ubuntu3.16.04.1', from: UPDATES, arch: 'amd64', bytes: 522_000, installedKb: 1_537, depends: ['libmnl0'], recommends: ['libatm1', 'libxtables11'], suggests: ['iproute2-doc'] }],
  ['libatm1', { version: '1:2.5.1-1.5', from: MAIN, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 24_200, installedKb: 110, depends: [], unpackFirst: true }],
  ['libmnl0', { version: '1.0.3-5', from: MAIN, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 12_000, installedKb: 39, depends: [] }],
  ['libxtables11', { version: '1.6.0-2ubuntu3', from: MAIN, arch: 'amd64', multiArch: true, ldconfig: true, bytes: 27_200, installedKb: 80, depends: [], inline: true }],
  ['net-tools', { version: '1.60-26ubuntu1', from: MAIN, arch: 'amd64', bytes: 175_000, installedKb: 724, depends: [] }],
]);

export const ubuntuXenial: AptRelease = {
  id: 'ubuntu-xenial',
  osRelease: [
    'NAME="Ubuntu"',
    'VERSION="16.04.3 LTS (Xenial Xerus)"',
    'ID=ubuntu',
    'ID_LIKE=debian',
    'PRETTY_NAME="Ubuntu 16.04.3 LTS"',
    'VERSION_ID="16.04"',
    'HOME_URL="http://www.ubuntu.com/"',
    'SUPPORT_URL="http://help.ubuntu.com/"',
    'BUG_REPORT_URL="http://bugs.launchpad.net/ubuntu/"',
    'VERSION_CODENAME=xenial',
    'UBUNTU_CODENAME=xenial',
    '',
  ].join('\n'),
  style: { tree: 'padded', triggerAfterUnpack: true, numberedUnpack: false, preconfigure: 'delaying', aptSummary: false, debconf: { incWords: 'contains', perlInc: '/etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.22.1 /usr/local/share/perl/5.22.1 /usr/lib/x86_64-linux-gnu/perl5/5.22 /usr/share/perl5 /usr/lib/x86_64-linux-gnu/perl/5.22 /usr/share/perl/5.22 /usr/local/lib/site_perl /usr/lib/x86_64-linux-gnu/perl-base .', dialogLine: 76, readlineLine: 7 } },
  indexes: [
    { what: `${SECURITY} xenial-security InRelease`, bytes: 102_000 },
    { what: `${SECURITY} xenial-security/universe Sources`, bytes: 29_600 },
    { what: `${ARCHIVE} xenial InRelease`, bytes: 247_000 },
    { what: `${SECURITY} xenial-security/main amd64 Packages`, bytes: 308_000 },
    { what: `${SECURITY} xenial-security/restricted amd64 Packages`, bytes: 12_800 },
    { what: `${SECURITY} xenial-security/universe amd64 Packages`, bytes: 132_000 },
    { what: `${SECURITY} xenial-security/multiverse amd64 Packages`, bytes: 2936 },
    { what: `${ARCHIVE} xenial-updates InRelease`, bytes: 102_000 },
    { what: `${ARCHIVE} xenial-backports InRelease`, bytes: 102_000 },
    { what: `${ARCHIVE} xenial/universe Sources`, bytes: 9_802_000 },
    { what: `${ARCHIVE} xenial/main amd64 Packages`, bytes: 1_558_000 },
    { what: `${ARCHIVE} xenial/restricted amd64 Packages`, bytes: 14_100 },
    { what: `${ARCHIVE} xenial/universe amd64 Packages`, bytes: 9_827_000 },
    { what: `${ARCHIVE} xenial/multiverse amd64 Packages`, bytes: 176_000 },
    { what: `${ARCHIVE} xenial-updates/universe Sources`, bytes: 186_000 },
    { what: `${ARCHIVE} xenial-updates/main amd64 Packages`, bytes: 652_000 },
    { what: `${ARCHIVE} xenial-updates/restricted amd64 Packages`, bytes: 13_200 },
    { what: `${ARCHIVE} xenial-updates/universe amd64 Packages`, bytes: 577_000 },
    { what: `${ARCHIVE} xenial-updates/multiverse amd64 Packages`, bytes: 9809 },
    { what: `${ARCHIVE} xenial-backports/main amd64 Packages`, bytes: 4929 },
    { what: `${ARCHIVE} xenial-backports/universe amd64 Packages`, bytes: 2567 },
  ],
  fetched: { seconds: 5, rate: '4409 kB/s' },
  suites: [`${SECURITY} xenial-security`, `${ARCHIVE} xenial`, `${ARCHIVE} xenial-updates`, `${ARCHIVE} xenial-backports`],
  libcBin: '2.23-0ubuntu9',
  dpkgFiles: 4764,
  download: { startMs: 500, bytesPerSecond: 5_500_000 },
  packages,
  imagePackages: new Map(),
};
