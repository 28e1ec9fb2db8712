import type { AptPackage, AptRelease } from '../types';

const DEBIAN = 'http://deb.debian.org/debian';
const SECURITY = 'http://deb.debian.org/debian-security';
const MAIN = `${DEBIAN} trixie/main`;
const SEC = `${SECURITY} trixie-security/main`;

const lib = { from: MAIN, arch: 'amd64', multiArch: true, ldconfig: true } as const;
const krb5 = '1.21.3-5';
const bind9 = '1:9.20.21-1~deb13u1';

/**
 * Debian 13 (trixie), what `debian`, `nginx`, `httpd`, `python`, `node` and `redis` are built on in
 * Docker 29's time: apt 3.0 (whose apt-get keeps the classic layout), OpenSSL instead of GnuTLS in the
 * base, so iputils-ping brings libidn2-0 with it. iputils-ping, curl and the BIND tools have the
 * package lists, order, versions and sizes of transcripts of these images (libuv1t64 and the Kerberos
 * libraries BIND also needs were already there in the latter); `setupRank` is the order dpkg
 * configured them in.
 */
const packages = new Map<string, AptPackage>([
  ['iputils-ping', { version: '3:20240905-3', from: MAIN, arch: 'amd64', bytes: 51_200, installedKb: 194, depends: ['libidn2-0'], recommends: ['linux-sysctl-defaults'], setupRank: 30 }],
  ['linux-sysctl-defaults', { version: '4.12.1', from: MAIN, arch: 'all', bytes: 5_724, installedKb: 12, depends: [], setupRank: -1 }],
  ['libunistring5', { version: '1.3-2', ...lib, bytes: 477_000, installedKb: 1_836, depends: [], setupRank: 7 }],
  ['libidn2-0', { version: '2.3.8-2', ...lib, bytes: 109_000, installedKb: 702, depends: ['libunistring5'], setupRank: 15 }],
  ['curl', { version: '8.14.1-2+deb13u2', from: MAIN, arch: 'amd64', bytes: 270_000, installedKb: 507, depends: ['libcurl4t64'], recommends: ['bash-completion'], setupRank: 21 }],
  ['bash-completion', { version: '1:2.16.0-7', from: MAIN, arch: 'all', bytes: 319_000, installedKb: 1_498, depends: [], unpackFirst: true }],
  ['libcurl4t64', { version: '8.14.1-2+deb13u2', ...lib, bytes: 391_000, installedKb: 1_010, depends: ['libbrotli1', 'libgssapi-krb5-2', 'libidn2-0', 'libldap2', 'libnghttp2-14', 'libnghttp3-9', 'libpsl5t64', 'librtmp1', 'libssh2-1t64'], recommends: ['ca-certificates'], setupRank: 20 }],
  ['libbrotli1', { version: '1.1.0-2+b7', ...lib, bytes: 307_000, installedKb: 784, depends: [], setupRank: 1 }],
  ['libgssapi-krb5-2', { version: krb5, ...lib, bytes: 138_000, installedKb: 432, depends: ['libk5crypto3', 'libkrb5-3'], setupRank: 16 }],
  ['libk5crypto3', { version: krb5, ...lib, bytes: 81_500, installedKb: 220, depends: ['libkrb5support0', 'libcom-err2'], setupRank: 8 }],
  ['libkrb5support0', { version: krb5, ...lib, bytes: 33_000, installedKb: 108, depends: [], setupRank: 4 }],
  ['libcom-err2', { version: '1.47.2-3+b7', ...lib, bytes: 25_000, installedKb: 56, depends: [], setupRank: 3 }],
  ['libkrb5-3', { version: krb5, ...lib, bytes: 326_000, installedKb: 1_030, suggests: ['krb5-doc', 'krb5-user'], depends: ['libkeyutils1', 'libk5crypto3'], recommends: ['krb5-locales'], setupRank: 12 }],
  ['libkeyutils1', { version: '1.6.3-6', ...lib, bytes: 9_456, installedKb: 44, depends: [], setupRank: 0 }],
  ['krb5-locales', { version: krb5, from: MAIN, arch: 'all', bytes: 101_000, installedKb: 1_201, depends: [], unpackFirst: true }],
  ['libldap2', { version: '2.6.10+dfsg-1', ...lib, bytes: 194_000, installedKb: 565, depends: ['libsasl2-2'], recommends: ['libldap-common'], setupRank: 14 }],
  ['libsasl2-2', { version: '2.1.28+dfsg1-9', ...lib, bytes: 57_500, installedKb: 190, depends: ['libsasl2-modules-db'], recommends: ['libsasl2-modules'], setupRank: 9 }],
  ['libsasl2-modules-db', { version: '2.1.28+dfsg1-9', ...lib, bytes: 19_800, installedKb: 108, depends: [], setupRank: 5 }],
  ['libnghttp2-14', { version: '1.64.0-1.1', ...lib, bytes: 76_000, installedKb: 215, depends: [], setupRank: 2 }],
  ['libnghttp3-9', { version: '1.8.0-1', ...lib, bytes: 67_700, installedKb: 200, depends: [], setupRank: 10 }],
  ['libpsl5t64', { version: '0.21.2-1.1+b1', ...lib, bytes: 57_200, installedKb: 151, depends: [], recommends: ['publicsuffix'], setupRank: 18 }],
  ['librtmp1', { version: '2.4+20151223.gitfa8646d.1-2+b5', ...lib, bytes: 58_800, installedKb: 154, depends: ['libgnutls30t64'], setupRank: 19 }],
  ['libgnutls30t64', { version: '3.8.9-3+deb13u1', ...lib, bytes: 1_466_000, installedKb: 3_901, suggests: ['gnutls-bin'], depends: ['libidn2-0', 'libp11-kit0', 'libtasn1-6', 'libunistring5'], setupRank: 17 }],
  ['libp11-kit0', { version: '0.25.5-3', ...lib, bytes: 425_000, installedKb: 1_601, depends: [], setupRank: 6 }],
  ['libtasn1-6', { version: '4.20.0-2', ...lib, bytes: 49_900, installedKb: 133, depends: [], setupRank: 11 }],
  ['libssh2-1t64', { version: '1.11.1-1', ...lib, bytes: 245_000, installedKb: 631, depends: [], setupRank: 13 }],
  ['libldap-common', { version: '2.6.10+dfsg-1', from: MAIN, arch: 'all', bytes: 35_100, installedKb: 158, depends: [] }],
  ['libsasl2-modules', { version: '2.1.28+dfsg1-9', ...lib, bytes: 66_700, installedKb: 270, suggests: ['libsasl2-modules-gssapi-mit | libsasl2-modules-gssapi-heimdal', 'libsasl2-modules-ldap', 'libsasl2-modules-otp', 'libsasl2-modules-sql'], depends: [] }],
  ['publicsuffix', { version: '20250328.1952-0.1', from: MAIN, arch: 'all', bytes: 296_000, installedKb: 900, depends: [] }],
  ['ca-certificates', {
    version: '20250419', from: MAIN, arch: 'all', bytes: 162_000, installedKb: 394, depends: ['openssl'], debconf: true, unpackFirst: true,
    postinst: 'Updating certificates in /etc/ssl/certs...\n150 added, 0 removed; done.\n',
    trigger: 'Processing triggers for ca-certificates (20250419) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n',
  }],
  ['openssl', { version: '3.5.1-1+deb13u1', from: MAIN, arch: 'amd64', bytes: 1_494_000, installedKb: 2_470, depends: [] }],
  ['wget', { version: '1.25.0-2', from: MAIN, arch: 'amd64', bytes: 984_000, installedKb: 3_876, depends: ['libgnutls30t64', 'libidn2-0', 'libpsl5t64'], recommends: ['ca-certificates'] }],
  ['dnsutils', { version: bind9, from: SEC, arch: 'all', bytes: 4_500, installedKb: 17, depends: ['bind9-dnsutils'], setupRank: 52 }],
  ['bind9-dnsutils', { version: bind9, from: SEC, arch: 'amd64', bytes: 166_000, installedKb: 559, depends: ['bind9-host', 'libedit2', 'bind9-libs'], setupRank: 51 }],
  ['bind9-host', { version: bind9, from: SEC, arch: 'amd64', bytes: 55_600, installedKb: 143, depends: ['bind9-libs'], setupRank: 50 }],
  ['bind9-libs', { version: bind9, ...lib, from: SEC, bytes: 1_243_000, installedKb: 3_532, depends: ['libfstrm0', 'libgssapi-krb5-2', 'libjemalloc2', 'libjson-c5', 'liblmdb0', 'libmaxminddb0', 'libnghttp2-14', 'libprotobuf-c1', 'liburcu8t64', 'libuv1t64', 'libxml2'], setupRank: 49 }],
  ['libfstrm0', { version: '0.6.1-1+b3', ...lib, bytes: 21_900, installedKb: 62, depends: [], setupRank: 43 }],
  ['libjemalloc2', { version: '5.3.0-3', ...lib, bytes: 274_000, installedKb: 893, depends: [], setupRank: 45 }],
  ['libjson-c5', { version: '0.18+ds-1', ...lib, bytes: 46_000, installedKb: 116, depends: [], setupRank: 47 }],
  ['liblmdb0', { version: '0.9.31-1+b2', ...lib, bytes: 45_200, installedKb: 106, depends: [], setupRank: 40 }],
  ['libmaxminddb0', { version: '1.12.2-1', ...lib, bytes: 25_800, installedKb: 84, depends: [], suggests: ['mmdb-bin'], setupRank: 42 }],
  ['libprotobuf-c1', { version: '1.5.1-1', ...lib, bytes: 20_500, installedKb: 52, depends: [], setupRank: 46 }],
  ['liburcu8t64', { version: '0.15.2-2', ...lib, bytes: 76_300, installedKb: 260, depends: [], setupRank: 41 }],
  ['libuv1t64', { version: '1.50.0-2', ...lib, bytes: 151_000, installedKb: 372, depends: [] }],
  ['libedit2', { version: '3.1-20250104-1', ...lib, bytes: 93_800, installedKb: 247, depends: [], setupRank: 44 }],
  ['libxml2', { version: '2.12.7+dfsg+really2.9.14-2.1+deb13u2', ...lib, bytes: 698_000, installedKb: 2_076, depends: [], setupRank: 48 }],
  ['iproute2', { version: '6.15.0-1', from: MAIN, arch: 'amd64', bytes: 1_089_000, installedKb: 3_932, depends: ['libbpf1', 'libelf1t64', 'libmnl0', 'libxtables12', 'libcap2-bin'], recommends: ['libpam-cap'] }],
  ['libbpf1', { version: '1:1.5.0-3', ...lib, bytes: 180_000, installedKb: 459, depends: ['libelf1t64'] }],
  ['libelf1t64', { version: '0.192-4', ...lib, bytes: 189_000, installedKb: 519, depends: [] }],
  ['libmnl0', { version: '1.0.5-3', ...lib, bytes: 12_300, installedKb: 47, depends: [] }],
  ['libxtables12', { version: '1.8.11-2', ...lib, bytes: 31_900, installedKb: 92, depends: [] }],
  ['libcap2-bin', { version: '1:2.75-10+b1', from: MAIN, arch: 'amd64', bytes: 36_300, installedKb: 115, depends: [] }],
  ['libpam-cap', { version: '1:2.75-10+b1', from: MAIN, arch: 'amd64', multiArch: true, debconf: true, bytes: 16_400, installedKb: 56, depends: [] }],
  ['net-tools', { version: '2.10-1.3', from: MAIN, arch: 'amd64', bytes: 243_000, installedKb: 930, depends: [] }],
]);

/** What the images built on trixie already carry (curl and its libraries; python and node also wget). */
const withCurl = ['curl', 'libcurl4t64', 'libbrotli1', 'libgssapi-krb5-2', 'libk5crypto3', 'libkrb5support0', 'libcom-err2', 'libkrb5-3', 'libkeyutils1', 'libldap2', 'libsasl2-2', 'libsasl2-modules-db', 'libnghttp2-14', 'libnghttp3-9', 'libpsl5t64', 'librtmp1', 'libgnutls30t64', 'libp11-kit0', 'libtasn1-6', 'libssh2-1t64', 'libidn2-0', 'libunistring5', 'ca-certificates', 'openssl'];

export const debianTrixie: AptRelease = {
  id: 'debian-trixie',
  osRelease: [
    'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"',
    'NAME="Debian GNU/Linux"',
    'VERSION_ID="13"',
    'VERSION="13 (trixie)"',
    'VERSION_CODENAME=trixie',
    'DEBIAN_VERSION_FULL=13.2',
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
    preconfigure: 'frontends',
    aptSummary: true,
    debconf: { incWords: 'entries checked', perlInc: '/etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.40.1 /usr/local/share/perl/5.40.1 /usr/lib/x86_64-linux-gnu/perl5/5.40 /usr/share/perl5 /usr/lib/x86_64-linux-gnu/perl-base /usr/lib/x86_64-linux-gnu/perl/5.40 /usr/share/perl/5.40 /usr/local/lib/site_perl', dialogLine: 79, readlineLine: 8 },
  },
  indexes: [
    { what: `${DEBIAN} trixie InRelease`, bytes: 140_000 },
    { what: `${DEBIAN} trixie-updates InRelease`, bytes: 47_300 },
    { what: `${SECURITY} trixie-security InRelease`, bytes: 43_400 },
    { what: `${DEBIAN} trixie/main amd64 Packages`, bytes: 9_670_000 },
    { what: `${DEBIAN} trixie-updates/main amd64 Packages`, bytes: 5_412 },
    { what: `${SECURITY} trixie-security/main amd64 Packages`, bytes: 94_200 },
  ],
  fetched: { seconds: 1, rate: '14.0 MB/s' },
  suites: [`${DEBIAN} trixie`, `${DEBIAN} trixie-updates`, `${SECURITY} trixie-security`],
  libcBin: '2.41-12',
  dpkgFiles: 5644,
  download: { startMs: 40, bytesPerSecond: 3_000_000 },
  packages,
  imagePackages: new Map([
    ['nginx', withCurl],
    ['httpd', []],
    ['redis', []],
    ['python', [...withCurl, 'wget']],
    ['node', [...withCurl, 'wget']],
  ]),
};
