import type { AptPackage, AptRelease } from '../types';

const ARCHIVE = 'http://archive.ubuntu.com/ubuntu';
const SECURITY = 'http://security.ubuntu.com/ubuntu';
const MAIN = `${ARCHIVE} noble/main`;
const UPDATES = `${ARCHIVE} noble-updates/main`;

const lib = { arch: 'amd64', multiArch: true, ldconfig: true } as const;
const krb5 = '1.20.1-6ubuntu2.6';
const bind9 = '1:9.18.39-0ubuntu0.24.04.2';

/**
 * Ubuntu 24.04 (noble), the `ubuntu` image of Docker 29's time: apt 2.7. iputils-ping, and the BIND
 * packages dnsutils installs, have the versions and sizes of transcripts from that image; the
 * Kerberos, ICU and curl libraries beside them are noble's, with sizes rounded.
 */
const packages = new Map<string, AptPackage>([
  ['iputils-ping', { version: '3:20240117-1build1', from: MAIN, arch: 'amd64', bytes: 44_280, installedKb: 124, depends: ['libcap2-bin'], setupRank: 1 }],
  ['libcap2-bin', { version: '1:2.66-5ubuntu2', from: MAIN, arch: 'amd64', bytes: 34_462, installedKb: 122, depends: [], recommends: ['libpam-cap'] }],
  ['libpam-cap', { version: '1:2.66-5ubuntu2', from: MAIN, arch: 'amd64', multiArch: true, debconf: true, bytes: 12_380, installedKb: 66, depends: [] }],
  ['dnsutils', { version: bind9, from: UPDATES, arch: 'all', bytes: 3_868, installedKb: 17, depends: ['bind9-dnsutils'] }],
  ['bind9-dnsutils', { version: bind9, from: UPDATES, arch: 'amd64', bytes: 156_000, installedKb: 658, depends: ['bind9-host', 'bind9-libs'] }],
  ['bind9-host', { version: bind9, from: UPDATES, arch: 'amd64', bytes: 50_500, installedKb: 153, depends: ['bind9-libs'] }],
  ['bind9-libs', { version: bind9, from: UPDATES, ...lib, bytes: 1_257_000, installedKb: 3_489, depends: ['libgssapi-krb5-2', 'libjson-c5', 'libkrb5-3', 'liblmdb0', 'libmaxminddb0', 'libnghttp2-14', 'libuv1t64', 'libxml2'] }],
  ['libuv1t64', { version: '1.48.0-1.1build1', from: MAIN, ...lib, bytes: 97_300, installedKb: 316, depends: [] }],
  ['liblmdb0', { version: '0.9.31-1build1', from: MAIN, ...lib, bytes: 48_100, installedKb: 126, depends: [] }],
  ['libmaxminddb0', { version: '1.9.1-1build1', from: MAIN, ...lib, bytes: 24_400, installedKb: 77, depends: [], suggests: ['mmdb-bin'] }],
  ['libjson-c5', { version: '0.17-1build1', from: MAIN, ...lib, bytes: 35_300, installedKb: 96, depends: [] }],
  ['libnghttp2-14', { version: '1.59.0-1ubuntu0.2', from: UPDATES, ...lib, bytes: 74_300, installedKb: 233, depends: [] }],
  ['libxml2', { version: '2.9.14+dfsg-1.3ubuntu3.3', from: UPDATES, ...lib, bytes: 762_000, installedKb: 2_087, depends: ['libicu74'] }],
  ['libicu74', { version: '74.2-1ubuntu3.1', from: UPDATES, ...lib, bytes: 10_900_000, installedKb: 35_804, depends: [] }],
  ['libgssapi-krb5-2', { version: krb5, from: UPDATES, ...lib, bytes: 143_000, installedKb: 426, depends: ['libk5crypto3', 'libkrb5-3', 'libkrb5support0'] }],
  ['libkrb5-3', { version: krb5, from: UPDATES, ...lib, bytes: 348_000, installedKb: 1_122, depends: ['libk5crypto3', 'libkeyutils1', 'libkrb5support0'], recommends: ['krb5-locales'] }],
  ['libk5crypto3', { version: krb5, from: UPDATES, ...lib, bytes: 81_800, installedKb: 270, depends: ['libkrb5support0'] }],
  ['libkrb5support0', { version: krb5, from: UPDATES, ...lib, bytes: 34_100, installedKb: 128, depends: [] }],
  ['libkeyutils1', { version: '1.6.3-3build1', from: MAIN, ...lib, bytes: 9_490, installedKb: 44, depends: [] }],
  ['krb5-locales', { version: krb5, from: UPDATES, arch: 'all', bytes: 14_000, installedKb: 58, depends: [] }],
  ['curl', { version: '8.5.0-2ubuntu10.6', from: UPDATES, arch: 'amd64', bytes: 226_000, installedKb: 534, depends: ['libcurl4t64'] }],
  ['libcurl4t64', { version: '8.5.0-2ubuntu10.6', from: UPDATES, ...lib, bytes: 342_000, installedKb: 858, depends: ['libbrotli1', 'libgssapi-krb5-2', 'libnghttp2-14', 'libpsl5t64', 'librtmp1', 'libssh-4'], recommends: ['ca-certificates'] }],
  ['libbrotli1', { version: '1.1.0-2build2', from: MAIN, ...lib, bytes: 331_000, installedKb: 857, depends: [] }],
  ['libpsl5t64', { version: '0.21.2-1.1build1', from: MAIN, ...lib, bytes: 57_100, installedKb: 159, depends: [] }],
  ['librtmp1', { version: '2.4+20151223.gitfa8646d.1-2build7', from: MAIN, ...lib, bytes: 56_300, installedKb: 149, depends: [] }],
  ['libssh-4', { version: '0.10.6-2build2', from: MAIN, ...lib, bytes: 188_000, installedKb: 561, depends: [] }],
  ['ca-certificates', { version: '20240203', from: MAIN, arch: 'all', bytes: 159_000, installedKb: 383, depends: ['openssl'], debconf: true }],
  ['openssl', { version: '3.0.13-0ubuntu3.5', from: UPDATES, arch: 'amd64', bytes: 1_002_000, installedKb: 2_149, depends: [] }],
  ['wget', { version: '1.21.4-1ubuntu4.1', from: UPDATES, arch: 'amd64', bytes: 334_000, installedKb: 916, depends: [], recommends: ['ca-certificates'] }],
  ['iproute2', { version: '6.1.0-1ubuntu6.2', from: UPDATES, arch: 'amd64', bytes: 1_120_000, installedKb: 3_488, depends: ['libbpf1', 'libelf1t64', 'libmnl0', 'libxtables12', 'libcap2-bin'], recommends: ['libatm1t64'] }],
  ['libbpf1', { version: '1:1.3.0-2build2', from: MAIN, ...lib, bytes: 166_000, installedKb: 474, depends: ['libelf1t64'] }],
  ['libelf1t64', { version: '0.190-1.1ubuntu0.1', from: UPDATES, ...lib, bytes: 57_800, installedKb: 162, depends: [] }],
  ['libmnl0', { version: '1.0.5-2build1', from: MAIN, ...lib, bytes: 12_300, installedKb: 46, depends: [] }],
  ['libxtables12', { version: '1.8.10-3ubuntu2', from: MAIN, ...lib, bytes: 35_700, installedKb: 97, depends: [] }],
  ['libatm1t64', { version: '1:2.5.1-5.1build1', from: MAIN, ...lib, bytes: 22_900, installedKb: 102, depends: [] }],
  ['net-tools', { version: '2.10-0.1ubuntu4.4', from: UPDATES, arch: 'amd64', bytes: 204_000, installedKb: 811, depends: [] }],
]);

export const ubuntuNoble: AptRelease = {
  id: 'ubuntu-noble',
  osRelease: [
    'PRETTY_NAME="Ubuntu 24.04.3 LTS"',
    'NAME="Ubuntu"',
    'VERSION_ID="24.04"',
    'VERSION="24.04.3 LTS (Noble Numbat)"',
    'VERSION_CODENAME=noble',
    'ID=ubuntu',
    'ID_LIKE=debian',
    'HOME_URL="https://www.ubuntu.com/"',
    'SUPPORT_URL="https://help.ubuntu.com/"',
    'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"',
    'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"',
    'UBUNTU_CODENAME=noble',
    'LOGO=ubuntu-logo',
    '',
  ].join('\n'),
  style: {
    tree: 'done',
    triggerAfterUnpack: false,
    numberedUnpack: true,
    preconfigure: 'delaying',
    debconf: { incWords: 'entries checked', perlInc: '/etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.38.2 /usr/local/share/perl/5.38.2 /usr/lib/x86_64-linux-gnu/perl5/5.38 /usr/share/perl5 /usr/lib/x86_64-linux-gnu/perl-base /usr/lib/x86_64-linux-gnu/perl/5.38 /usr/share/perl/5.38 /usr/local/lib/site_perl', dialogLine: 79, readlineLine: 8 },
  },
  indexes: [
    { what: `${SECURITY} noble-security InRelease`, bytes: 126_000 },
    { what: `${ARCHIVE} noble InRelease`, bytes: 256_000 },
    { what: `${ARCHIVE} noble-updates InRelease`, bytes: 126_000 },
    { what: `${ARCHIVE} noble-backports InRelease`, bytes: 126_000 },
    { what: `${SECURITY} noble-security/universe amd64 Packages`, bytes: 1_199_000 },
    { what: `${ARCHIVE} noble/multiverse amd64 Packages`, bytes: 331_000 },
    { what: `${SECURITY} noble-security/restricted amd64 Packages`, bytes: 3_061_000 },
    { what: `${ARCHIVE} noble/main amd64 Packages`, bytes: 1_808_000 },
    { what: `${SECURITY} noble-security/multiverse amd64 Packages`, bytes: 34_800 },
    { what: `${SECURITY} noble-security/main amd64 Packages`, bytes: 1_802_000 },
    { what: `${ARCHIVE} noble/restricted amd64 Packages`, bytes: 117_000 },
    { what: `${ARCHIVE} noble/universe amd64 Packages`, bytes: 19_300_000 },
    { what: `${ARCHIVE} noble-updates/main amd64 Packages`, bytes: 2_198_000 },
    { what: `${ARCHIVE} noble-updates/universe amd64 Packages`, bytes: 1_977_000 },
    { what: `${ARCHIVE} noble-updates/restricted amd64 Packages`, bytes: 3_280_000 },
    { what: `${ARCHIVE} noble-updates/multiverse amd64 Packages`, bytes: 38_100 },
    { what: `${ARCHIVE} noble-backports/main amd64 Packages`, bytes: 49_500 },
    { what: `${ARCHIVE} noble-backports/universe amd64 Packages`, bytes: 34_600 },
  ],
  fetched: { seconds: 5, rate: '7124 kB/s' },
  suites: [`${SECURITY} noble-security`, `${ARCHIVE} noble`, `${ARCHIVE} noble-updates`, `${ARCHIVE} noble-backports`],
  libcBin: '2.39-0ubuntu8.6',
  dpkgFiles: 4376,
  download: { startMs: 430, bytesPerSecond: 15_000_000 },
  packages,
  imagePackages: new Map(),
};
