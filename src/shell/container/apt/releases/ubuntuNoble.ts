import type { AptPackage, AptRelease } from '../types';

const ARCHIVE = 'http://archive.ubuntu.com/ubuntu';
const SECURITY = 'http://security.ubuntu.com/ubuntu';
const MAIN = `${ARCHIVE} noble/main`;
const UPDATES = `${ARCHIVE} noble-updates/main`;

const lib = { arch: 'amd64', multiArch: true, ldconfig: true } as const;
const krb5 = '1.20.1-6ubuntu2.5';
const sasl = '2.1.28+dfsg1-5ubuntu3.1';
const ldap = '2.6.7+dfsg-1~exp1ubuntu8.2';
const bind9 = '1:9.18.39-0ubuntu0.24.04.2';

/**
 * Ubuntu 24.04 (noble), the `ubuntu` image of Docker 29's time: apt 2.7. iputils-ping, and the BIND
 * packages dnsutils installs, have the versions and sizes of transcripts from that image; the
 * Kerberos, ICU and curl libraries beside them are noble's, with sizes rounded.
 */
const packages = new Map<string, AptPackage>([
  ['iputils-ping', { version: '3:20240117-1ubuntu0.1', from: UPDATES, arch: 'amd64', bytes: 44_560, installedKb: 125, depends: ['libcap2-bin'], setupRank: 30 }],
  ['libcap2-bin', { version: '1:2.66-5ubuntu2.2', from: UPDATES, arch: 'amd64', bytes: 34_180, installedKb: 123, depends: [], recommends: ['libpam-cap'] }],
  ['libpam-cap', { version: '1:2.66-5ubuntu2.2', from: UPDATES, arch: 'amd64', multiArch: true, debconf: true, bytes: 12_460, installedKb: 66, depends: [] }],
  ['dnsutils', { version: bind9, from: UPDATES, arch: 'all', bytes: 3_868, installedKb: 17, depends: ['bind9-dnsutils'] }],
  ['bind9-dnsutils', { version: bind9, from: UPDATES, arch: 'amd64', bytes: 156_000, installedKb: 658, depends: ['bind9-host', 'bind9-libs'] }],
  ['bind9-host', { version: bind9, from: UPDATES, arch: 'amd64', bytes: 50_500, installedKb: 153, depends: ['bind9-libs'] }],
  ['bind9-libs', { version: bind9, from: UPDATES, ...lib, bytes: 1_257_000, installedKb: 3_489, depends: ['libuv1t64', 'liblmdb0', 'libmaxminddb0', 'libgssapi-krb5-2', 'libjson-c5', 'libkrb5-3', 'libnghttp2-14', 'libxml2'] }],
  ['libuv1t64', { version: '1.48.0-1.1build1', from: MAIN, ...lib, bytes: 97_300, installedKb: 316, depends: [] }],
  ['liblmdb0', { version: '0.9.31-1build1', from: MAIN, ...lib, bytes: 48_100, installedKb: 126, depends: [] }],
  ['libmaxminddb0', { version: '1.9.1-1build1', from: MAIN, ...lib, bytes: 24_400, installedKb: 77, depends: [], suggests: ['mmdb-bin'] }],
  ['libjson-c5', { version: '0.17-1build1', from: MAIN, ...lib, bytes: 35_300, installedKb: 96, depends: [] }],
  ['libxml2', { version: '2.9.14+dfsg-1.3ubuntu3.3', from: UPDATES, ...lib, bytes: 762_000, installedKb: 2_087, depends: ['libicu74'] }],
  ['libicu74', { version: '74.2-1ubuntu3.1', from: UPDATES, ...lib, bytes: 10_900_000, installedKb: 35_804, depends: [] }],
  ['openssl', { version: '3.0.13-0ubuntu3.5', from: UPDATES, arch: 'amd64', bytes: 1_002_400, installedKb: 1_805, depends: [], setupRank: 14 }],
  ['ca-certificates', {
    version: '20240203', from: MAIN, arch: 'all', bytes: 159_400, installedKb: 382, depends: ['openssl'], debconf: true, unpackFirst: true, setupRank: 17,
    postinst: 'Updating certificates in /etc/ssl/certs...\n146 added, 0 removed; done.\n',
    trigger: 'Processing triggers for ca-certificates (20240203) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n',
  }],
  ['krb5-locales', { version: krb5, from: UPDATES, arch: 'all', bytes: 14_500, installedKb: 50, depends: [], unpackFirst: true, setupRank: 6 }],
  ['libkrb5support0', { version: krb5, from: UPDATES, ...lib, bytes: 34_100, installedKb: 128, depends: [], setupRank: 8 }],
  ['libk5crypto3', { version: krb5, from: UPDATES, ...lib, bytes: 82_000, installedKb: 270, depends: ['libkrb5support0'], setupRank: 11 }],
  ['libkeyutils1', { version: '1.6.3-3build1', from: MAIN, ...lib, bytes: 9_490, installedKb: 44, depends: [], setupRank: 1 }],
  ['libkrb5-3', { version: krb5, from: UPDATES, ...lib, bytes: 347_400, installedKb: 1_122, suggests: ['krb5-doc', 'krb5-user'], depends: ['libk5crypto3', 'libkeyutils1', 'libkrb5support0'], recommends: ['krb5-locales'], setupRank: 13 }],
  ['libgssapi-krb5-2', { version: krb5, from: UPDATES, ...lib, bytes: 143_000, installedKb: 426, depends: ['libkrb5-3', 'libk5crypto3', 'libkrb5support0'], setupRank: 18 }],
  ['libnghttp2-14', { version: '1.59.0-1ubuntu0.2', from: UPDATES, ...lib, bytes: 74_300, installedKb: 233, depends: [], setupRank: 5 }],
  ['libpsl5t64', { version: '0.21.2-1.1build1', from: MAIN, ...lib, bytes: 57_100, installedKb: 159, depends: [], recommends: ['publicsuffix'], setupRank: 4 }],
  ['publicsuffix', { version: '20231001.0357-0.1', from: MAIN, arch: 'all', bytes: 129_000, installedKb: 322, depends: [], inline: true, setupRank: 15 }],
  ['libbrotli1', { version: '1.1.0-2build2', from: MAIN, ...lib, bytes: 331_000, installedKb: 857, depends: [], setupRank: 2 }],
  ['libsasl2-modules-db', { version: sasl, from: UPDATES, ...lib, bytes: 20_400, installedKb: 76, depends: [], setupRank: 9 }],
  ['libsasl2-2', { version: sasl, from: UPDATES, ...lib, bytes: 53_200, installedKb: 162, depends: ['libsasl2-modules-db'], recommends: ['libsasl2-modules'], setupRank: 12 }],
  ['libldap2', { version: ldap, from: UPDATES, ...lib, bytes: 196_000, installedKb: 511, depends: ['libsasl2-2'], recommends: ['libldap-common'], setupRank: 16 }],
  ['librtmp1', { version: '2.4+20151223.gitfa8646d.1-2build7', from: MAIN, ...lib, bytes: 56_300, installedKb: 149, depends: [], setupRank: 10 }],
  ['libssh-4', { version: '0.10.6-2build2', from: MAIN, ...lib, bytes: 188_000, installedKb: 561, depends: [], setupRank: 19 }],
  ['libcurl4t64', { version: '8.5.0-2ubuntu10.6', from: UPDATES, ...lib, bytes: 341_000, installedKb: 858, depends: ['libgssapi-krb5-2', 'libnghttp2-14', 'libpsl5t64', 'libbrotli1', 'libldap2', 'librtmp1', 'libssh-4'], recommends: ['ca-certificates'], setupRank: 20 }],
  ['curl', { version: '8.5.0-2ubuntu10.6', from: UPDATES, arch: 'amd64', bytes: 226_000, installedKb: 534, depends: ['libcurl4t64'], setupRank: 21 }],
  ['libldap-common', { version: ldap, from: UPDATES, arch: 'all', bytes: 31_700, installedKb: 110, depends: [], setupRank: 7 }],
  ['libsasl2-modules', { version: sasl, from: UPDATES, ...lib, bytes: 69_900, installedKb: 236, suggests: ['libsasl2-modules-gssapi-mit | libsasl2-modules-gssapi-heimdal', 'libsasl2-modules-ldap', 'libsasl2-modules-otp', 'libsasl2-modules-sql'], depends: [], setupRank: 3 }],
  ['wget', { version: '1.21.4-1ubuntu4.1', from: UPDATES, arch: 'amd64', bytes: 334_000, installedKb: 916, depends: [], recommends: ['ca-certificates'] }],
  ['iproute2', { version: '6.1.0-1ubuntu6', from: MAIN, arch: 'amd64', bytes: 1_120_000, installedKb: 3_488, depends: ['libbpf1', 'libelf1t64', 'libmnl0', 'libtirpc3t64', 'libxtables12', 'libcap2-bin'], recommends: ['libatm1t64'], suggests: ['iproute2-doc', 'python3:any'] }],
  ['libtirpc3t64', { version: '1.3.4+ds-1.1build1', from: MAIN, ...lib, bytes: 82_600, installedKb: 237, depends: ['libgssapi-krb5-2', 'libtirpc-common'] }],
  ['libtirpc-common', { version: '1.3.4+ds-1.1build1', from: MAIN, arch: 'all', bytes: 8_094, installedKb: 35, depends: [] }],
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
    preconfigure: 'delaying', aptSummary: false,
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
  libcBin: '2.39-0ubuntu8.4',
  dpkgFiles: 4381,
  download: { startMs: 430, bytesPerSecond: 15_000_000 },
  packages,
  imagePackages: new Map(),
};
