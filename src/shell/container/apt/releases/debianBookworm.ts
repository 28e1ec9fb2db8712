import type { AptPackage, AptRelease } from '../types';

const DEBIAN = 'http://deb.debian.org/debian';
const SECURITY = 'http://deb.debian.org/debian-security';
const MAIN = `${DEBIAN} bookworm/main`;
const SEC = `${SECURITY} bookworm-security/main`;

const lib = { from: MAIN, arch: 'amd64', multiArch: true, ldconfig: true } as const;
const krb5 = '1.20.1-2+deb12u4';
const sasl = '2.1.28+dfsg-10';
const bind9 = '1:9.18.33-1~deb12u2';

/**
 * Debian 12 (bookworm), for `debian:12` and `debian:bookworm`: apt 2.6. iputils-ping and curl (with
 * the packages it recommends, ca-certificates' own words and trigger) have the lists, orders,
 * versions and sizes of transcripts of the image; `unpackFirst` and `setupRank` hold apt's and dpkg's
 * orders. The BIND packages have bookworm's versions, their libraries shortened and sizes rounded.
 */
const packages = new Map<string, AptPackage>([
  ['iputils-ping', { version: '3:20221126-1+deb12u1', from: MAIN, arch: 'amd64', bytes: 47_200, installedKb: 116, depends: ['libcap2-bin'], setupRank: 30 }],
  ['libcap2-bin', { version: '1:2.66-4', from: MAIN, arch: 'amd64', bytes: 34_700, installedKb: 123, depends: [], recommends: ['libpam-cap'] }],
  ['libpam-cap', { version: '1:2.66-4', from: MAIN, arch: 'amd64', multiArch: true, debconf: true, bytes: 14_450, installedKb: 66, depends: [] }],
  ['curl', { version: '7.88.1-10+deb12u14', from: MAIN, arch: 'amd64', bytes: 316_000, installedKb: 500, depends: ['libcurl4'], setupRank: 22 }],
  ['libcurl4', { version: '7.88.1-10+deb12u14', ...lib, bytes: 392_000, installedKb: 800, depends: ['libbrotli1', 'libgssapi-krb5-2', 'libldap-2.5-0', 'libnghttp2-14', 'libpsl5', 'librtmp1', 'libssh2-1', 'libssl3'], recommends: ['ca-certificates'], setupRank: 21 }],
  ['libssl3', { version: '3.0.18-1~deb12u2', ...lib, from: SEC, bytes: 2_029_600, installedKb: 5_919, depends: [], setupRank: 4 }],
  ['openssl', { version: '3.0.18-1~deb12u2', from: SEC, arch: 'amd64', bytes: 1_432_700, installedKb: 2_300, depends: ['libssl3'], setupRank: 15 }],
  ['ca-certificates', {
    version: '20230311+deb12u1', from: MAIN, arch: 'all', bytes: 155_000, installedKb: 383, depends: ['openssl'], debconf: true, unpackFirst: true, setupRank: 19,
    postinst: 'Updating certificates in /etc/ssl/certs...\n142 added, 0 removed; done.\n',
    trigger: 'Processing triggers for ca-certificates (20230311+deb12u1) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n',
  }],
  ['krb5-locales', { version: krb5, from: MAIN, arch: 'all', bytes: 63_400, installedKb: 100, depends: [], unpackFirst: true, setupRank: 6 }],
  ['libbrotli1', { version: '1.0.9-2+b6', ...lib, bytes: 275_000, installedKb: 800, depends: [], setupRank: 3 }],
  ['libgssapi-krb5-2', { version: krb5, ...lib, bytes: 135_000, installedKb: 400, depends: ['libkrb5-3', 'libk5crypto3', 'libkrb5support0'], setupRank: 20 }],
  ['libk5crypto3', { version: krb5, ...lib, bytes: 79_800, installedKb: 300, depends: ['libkrb5support0'], setupRank: 11 }],
  ['libkrb5support0', { version: krb5, ...lib, bytes: 33_200, installedKb: 100, depends: [], setupRank: 8 }],
  ['libkrb5-3', { version: krb5, ...lib, bytes: 334_000, installedKb: 1_000, suggests: ['krb5-doc', 'krb5-user'], depends: ['libk5crypto3', 'libkeyutils1', 'libkrb5support0', 'libssl3'], recommends: ['krb5-locales'], setupRank: 14 }],
  ['libkeyutils1', { version: '1.6.3-2', ...lib, bytes: 8_808, installedKb: 40, depends: [], setupRank: 1 }],
  ['libldap-2.5-0', { version: '2.5.13+dfsg-5', ...lib, bytes: 183_000, installedKb: 500, depends: ['libsasl2-2'], recommends: ['libldap-common'], setupRank: 18 }],
  ['libsasl2-2', { version: sasl, ...lib, bytes: 59_700, installedKb: 190, depends: ['libsasl2-modules-db'], recommends: ['libsasl2-modules'], setupRank: 12 }],
  ['libsasl2-modules-db', { version: sasl, ...lib, bytes: 20_300, installedKb: 100, depends: [], setupRank: 9 }],
  ['libnghttp2-14', { version: '1.52.0-1+deb12u2', ...lib, bytes: 73_000, installedKb: 200, depends: [], setupRank: 5 }],
  ['libpsl5', { version: '0.21.2-1', ...lib, bytes: 58_700, installedKb: 90, depends: [], recommends: ['publicsuffix'], setupRank: 2 }],
  ['librtmp1', { version: '2.4+20151223.gitfa8646d.1-2+b2', ...lib, bytes: 60_800, installedKb: 150, depends: [], setupRank: 10 }],
  ['libssh2-1', { version: '1.10.0-3+b1', ...lib, bytes: 179_000, installedKb: 350, depends: [], setupRank: 13 }],
  ['libldap-common', { version: '2.5.13+dfsg-5', from: MAIN, arch: 'all', bytes: 29_300, installedKb: 150, depends: [], setupRank: 7 }],
  ['libsasl2-modules', { version: sasl, ...lib, bytes: 66_600, installedKb: 260, suggests: ['libsasl2-modules-gssapi-mit | libsasl2-modules-gssapi-heimdal', 'libsasl2-modules-ldap', 'libsasl2-modules-otp', 'libsasl2-modules-sql'], depends: [], setupRank: 17 }],
  ['publicsuffix', { version: '20230209.2326-1', from: MAIN, arch: 'all', bytes: 126_000, installedKb: 700, depends: [], setupRank: 16 }],
  ['wget', { version: '1.21.3-1+deb12u1', from: MAIN, arch: 'amd64', bytes: 937_000, installedKb: 3_690, depends: ['libpsl5'], recommends: ['ca-certificates'] }],
  ['dnsutils', { version: bind9, from: MAIN, arch: 'all', bytes: 4_100, installedKb: 17, depends: ['bind9-dnsutils'] }],
  ['bind9-dnsutils', { version: bind9, from: MAIN, arch: 'amd64', bytes: 155_000, installedKb: 656, depends: ['bind9-host', 'bind9-libs'] }],
  ['bind9-host', { version: bind9, from: MAIN, arch: 'amd64', bytes: 54_100, installedKb: 153, depends: ['bind9-libs'] }],
  ['bind9-libs', { version: bind9, ...lib, bytes: 1_181_000, installedKb: 3_410, depends: ['libgssapi-krb5-2', 'libjson-c5', 'liblmdb0', 'libmaxminddb0', 'libnghttp2-14', 'libssl3', 'libuv1', 'libxml2'] }],
  ['libjson-c5', { version: '0.16-2', ...lib, bytes: 44_000, installedKb: 111, depends: [] }],
  ['liblmdb0', { version: '0.9.24-1', ...lib, bytes: 45_000, installedKb: 104, depends: [] }],
  ['libmaxminddb0', { version: '1.7.1-1', ...lib, bytes: 29_900, installedKb: 84, depends: [] }],
  ['libuv1', { version: '1.44.2-1', ...lib, bytes: 140_000, installedKb: 356, depends: [] }],
  ['libxml2', { version: '2.9.14+dfsg-1.3~deb12u2', ...lib, from: SEC, bytes: 687_000, installedKb: 2_049, depends: ['libicu72'] }],
  ['libicu72', { version: '72.1-3+deb12u1', ...lib, from: SEC, bytes: 9_376_000, installedKb: 36_002, depends: [] }],
  ['iproute2', { version: '6.1.0-3', from: MAIN, arch: 'amd64', bytes: 1_046_000, installedKb: 3_752, depends: ['libbpf1', 'libelf1', 'libmnl0', 'libxtables12', 'libcap2-bin'] }],
  ['libbpf1', { version: '1:1.1.0-1', ...lib, bytes: 145_000, installedKb: 394, depends: ['libelf1'] }],
  ['libelf1', { version: '0.188-2.1', ...lib, bytes: 174_000, installedKb: 475, depends: [] }],
  ['libmnl0', { version: '1.0.4-3', ...lib, bytes: 12_500, installedKb: 46, depends: [] }],
  ['libxtables12', { version: '1.8.9-2', ...lib, bytes: 30_800, installedKb: 89, depends: [] }],
  ['net-tools', { version: '2.10-0.1', from: MAIN, arch: 'amd64', bytes: 243_000, installedKb: 1_000, depends: [] }],
]);

export const debianBookworm: AptRelease = {
  id: 'debian-bookworm',
  osRelease: [
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"',
    'NAME="Debian GNU/Linux"',
    'VERSION_ID="12"',
    'VERSION="12 (bookworm)"',
    'VERSION_CODENAME=bookworm',
    'ID=debian',
    'HOME_URL="https://www.debian.org/"',
    'SUPPORT_URL="https://www.debian.org/support"',
    'BUG_REPORT_URL="https://bugs.debian.org/"',
    '',
  ].join('\n'),
  style: {
    tree: 'done',
    triggerAfterUnpack: false,
    numberedUnpack: true,
    preconfigure: 'delaying', aptSummary: false,
    debconf: {
      incWords: 'contains',
      perlInc: '/etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.36.0 /usr/local/share/perl/5.36.0 /usr/lib/x86_64-linux-gnu/perl5/5.36 /usr/share/perl5 /usr/lib/x86_64-linux-gnu/perl-base /usr/lib/x86_64-linux-gnu/perl/5.36 /usr/share/perl/5.36 /usr/local/lib/site_perl',
      dialogLine: 78,
      readlineLine: 7,
    },
  },
  indexes: [
    { what: `${DEBIAN} bookworm InRelease`, bytes: 151_000 },
    { what: `${DEBIAN} bookworm-updates InRelease`, bytes: 55_400 },
    { what: `${SECURITY} bookworm-security InRelease`, bytes: 48_000 },
    { what: `${DEBIAN} bookworm/main amd64 Packages`, bytes: 8_792_000 },
    { what: `${DEBIAN} bookworm-updates/main amd64 Packages`, bytes: 6_924 },
    { what: `${SECURITY} bookworm-security/main amd64 Packages`, bytes: 290_000 },
  ],
  fetched: { seconds: 1, rate: '7580 kB/s' },
  suites: [`${DEBIAN} bookworm`, `${DEBIAN} bookworm-updates`, `${SECURITY} bookworm-security`],
  libcBin: '2.36-9+deb12u13',
  dpkgFiles: 6089,
  download: { startMs: 250, bytesPerSecond: 12_000_000 },
  packages,
  imagePackages: new Map(),
};
