import type { AptPackage, AptRelease } from '../types';

const DEBIAN = 'http://deb.debian.org/debian';
const SECURITY = 'http://security.debian.org';
const MAIN = `${DEBIAN} stretch/main`;
const UPDATES = `${SECURITY} stretch/updates/main`;

const lib = { from: MAIN, arch: 'amd64', multiArch: true, ldconfig: true } as const;
const bind9 = '1:9.10.3.dfsg.P4-12.3+deb9u3';
const krb5 = '1.15-1';
const sasl = '2.1.27~101-g0780600+dfsg-3';

/**
 * Debian 9 (stretch), what `debian` and `nginx` were built on in late 2017: apt 1.4. The index lines
 * are those of a stretch container of that winter. iputils-ping and curl bring what transcripts of
 * stretch containers show (curl's list from one of 2019, with the versions of late 2017 where they
 * differ, publicsuffix excepted); apt 1.4 orders downloads in its own way, which the data only
 * approximates. dnsutils' libraries are shortened and sizes rounded.
 */
const packages = new Map<string, AptPackage>([
  ['iputils-ping', { version: '3:20161105-1', from: MAIN, arch: 'amd64', bytes: 48_400, installedKb: 120, depends: ['libcap2', 'libidn11', 'libnettle6'], recommends: ['libcap2-bin'] }],
  ['libcap2', { version: '1:2.25-1', ...lib, bytes: 17_600, installedKb: 52, depends: [] }],
  ['libcap2-bin', { version: '1:2.25-1', from: MAIN, arch: 'amd64', bytes: 28_000, installedKb: 90, depends: [], recommends: ['libpam-cap'] }],
  ['libpam-cap', { version: '1:2.25-1', from: MAIN, arch: 'amd64', multiArch: true, debconf: true, bytes: 14_000, installedKb: 52, depends: [] }],
  ['libidn11', { version: '1.33-1', ...lib, bytes: 115_000, installedKb: 304, depends: [] }],
  ['libnettle6', { version: '3.3-1+b2', ...lib, bytes: 192_000, installedKb: 379, depends: [] }],
  ['libssl1.0.2', { version: '1.0.2l-2+deb9u1', ...lib, from: UPDATES, bytes: 1_300_000, installedKb: 3_330, depends: [], debconf: true, unpackFirst: true }],
  ['krb5-locales', { version: krb5, from: MAIN, arch: 'all', bytes: 94_100, installedKb: 300, depends: [], unpackFirst: true }],
  ['curl', { version: '7.52.1-5+deb9u2', from: UPDATES, arch: 'amd64', bytes: 227_000, installedKb: 363, depends: ['libcurl3'] }],
  ['libcurl3', { version: '7.52.1-5+deb9u2', ...lib, from: UPDATES, bytes: 292_000, installedKb: 664, depends: ['librtmp1', 'libgssapi-krb5-2', 'libldap-2.4-2', 'libidn2-0', 'libnghttp2-14', 'libpsl5', 'libssh2-1', 'libssl1.0.2'], recommends: ['ca-certificates'] }],
  ['librtmp1', { version: '2.4+20151223.gitfa8646d.1-1+b1', ...lib, bytes: 60_400, installedKb: 141, depends: ['libgnutls30'] }],
  ['libgnutls30', { version: '3.5.8-5+deb9u3', ...lib, bytes: 896_000, installedKb: 2_450, depends: ['libgmp10', 'libhogweed4', 'libidn11', 'libnettle6', 'libp11-kit0', 'libtasn1-6'], suggests: ['gnutls-bin'] }],
  ['libgmp10', { version: '2:6.1.2+dfsg-1', ...lib, bytes: 253_000, installedKb: 537, depends: [] }],
  ['libhogweed4', { version: '3.3-1+b2', ...lib, bytes: 136_000, installedKb: 243, depends: ['libgmp10', 'libnettle6'] }],
  ['libp11-kit0', { version: '0.23.3-2', ...lib, bytes: 111_000, installedKb: 400, depends: ['libffi6'] }],
  ['libffi6', { version: '3.2.1-6', ...lib, bytes: 20_400, installedKb: 55, depends: [] }],
  ['libtasn1-6', { version: '4.10-1.1', ...lib, bytes: 50_600, installedKb: 143, depends: [] }],
  ['libgssapi-krb5-2', { version: krb5, ...lib, bytes: 155_000, installedKb: 395, depends: ['libkrb5-3', 'libk5crypto3', 'libkrb5support0'] }],
  ['libkrb5-3', { version: krb5, ...lib, bytes: 311_000, installedKb: 986, depends: ['libkeyutils1', 'libkrb5support0', 'libk5crypto3', 'libssl1.1'], recommends: ['krb5-locales'], suggests: ['krb5-doc', 'krb5-user'] }],
  ['libkeyutils1', { version: '1.5.9-9', ...lib, bytes: 12_400, installedKb: 40, depends: [] }],
  ['libkrb5support0', { version: krb5, ...lib, bytes: 61_900, installedKb: 155, depends: [] }],
  ['libk5crypto3', { version: krb5, ...lib, bytes: 119_000, installedKb: 355, depends: ['libkrb5support0'] }],
  ['libldap-2.4-2', { version: '2.4.44+dfsg-5+deb9u1', ...lib, bytes: 219_000, installedKb: 573, depends: ['libsasl2-2', 'libldap-common'] }],
  ['libldap-common', { version: '2.4.44+dfsg-5+deb9u1', from: MAIN, arch: 'all', bytes: 85_500, installedKb: 205, depends: [] }],
  ['libsasl2-2', { version: sasl, ...lib, bytes: 105_000, installedKb: 195, depends: ['libsasl2-modules-db'], recommends: ['libsasl2-modules'] }],
  ['libsasl2-modules-db', { version: sasl, ...lib, bytes: 68_200, installedKb: 80, depends: [] }],
  ['libsasl2-modules', { version: sasl, ...lib, bytes: 102_000, installedKb: 318, depends: [], suggests: ['libsasl2-modules-gssapi-mit | libsasl2-modules-gssapi-heimdal', 'libsasl2-modules-ldap', 'libsasl2-modules-otp', 'libsasl2-modules-sql'] }],
  ['libidn2-0', { version: '0.16-1', ...lib, bytes: 60_500, installedKb: 187, depends: ['libunistring0'] }],
  ['libunistring0', { version: '0.9.6+really0.9.3-0.1', ...lib, bytes: 279_000, installedKb: 1_030, depends: [] }],
  ['libnghttp2-14', { version: '1.18.1-1', ...lib, bytes: 79_100, installedKb: 189, depends: [] }],
  ['libpsl5', { version: '0.17.0-3', ...lib, bytes: 41_800, installedKb: 85, depends: ['libidn2-0', 'libunistring0'], recommends: ['publicsuffix'] }],
  ['publicsuffix', { version: '20190415.1030-0+deb9u1', from: MAIN, arch: 'all', bytes: 108_000, installedKb: 301, depends: [] }],
  ['libssh2-1', { version: '1.7.0-1', ...lib, bytes: 138_000, installedKb: 366, depends: [] }],
  ['ca-certificates', {
    version: '20161130+nmu1', from: MAIN, arch: 'all', bytes: 196_000, installedKb: 405, depends: ['openssl'], debconf: true,
    postinst: 'Updating certificates in /etc/ssl/certs...\n151 added, 0 removed; done.\n',
    trigger: 'Processing triggers for ca-certificates (20161130+nmu1) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n',
  }],
  ['openssl', { version: '1.1.0f-3+deb9u1', from: UPDATES, arch: 'amd64', bytes: 742_000, installedKb: 1_286, depends: ['libssl1.1'] }],
  ['libssl1.1', { version: '1.1.0f-3+deb9u1', ...lib, from: UPDATES, bytes: 1_343_000, installedKb: 3_545, depends: [] }],
  ['wget', { version: '1.18-5+deb9u1', from: UPDATES, arch: 'amd64', bytes: 800_000, installedKb: 2_874, depends: ['libidn2-0', 'libpsl5', 'libssl1.1'], recommends: ['ca-certificates'] }],
  ['dnsutils', { version: bind9, from: UPDATES, arch: 'amd64', bytes: 142_000, installedKb: 425, depends: ['bind9-host', 'libbind9-140', 'libdns162', 'libisc160', 'liblwres141'] }],
  ['bind9-host', { version: bind9, from: UPDATES, arch: 'amd64', bytes: 93_700, installedKb: 216, depends: ['libbind9-140', 'libdns162', 'libisc160', 'liblwres141'] }],
  ['libbind9-140', { version: bind9, ...lib, from: UPDATES, bytes: 103_000, installedKb: 134, depends: ['libisc160'] }],
  ['libdns162', { version: bind9, ...lib, from: UPDATES, bytes: 1_084_000, installedKb: 2_553, depends: ['libisc160', 'libxml2'] }],
  ['libisc160', { version: bind9, ...lib, from: UPDATES, bytes: 379_000, installedKb: 1_006, depends: [] }],
  ['liblwres141', { version: bind9, ...lib, from: UPDATES, bytes: 103_000, installedKb: 197, depends: [] }],
  ['libxml2', { version: '2.9.4+dfsg1-2.2+deb9u1', ...lib, from: UPDATES, bytes: 920_000, installedKb: 1_876, depends: ['libicu57'] }],
  ['libicu57', { version: '57.1-6+deb9u1', ...lib, from: UPDATES, bytes: 7_698_000, installedKb: 31_050, depends: [] }],
  ['iproute2', { version: '4.9.0-1+deb9u1', from: MAIN, arch: 'amd64', bytes: 662_000, installedKb: 1_848, depends: ['libelf1', 'libmnl0'], recommends: ['libatm1'] }],
  ['libelf1', { version: '0.168-1', ...lib, bytes: 163_000, installedKb: 964, depends: [] }],
  ['libmnl0', { version: '1.0.4-2', ...lib, bytes: 12_100, installedKb: 41, depends: [] }],
  ['libatm1', { version: '1:2.5.1-2', ...lib, bytes: 68_100, installedKb: 102, depends: [] }],
  ['net-tools', { version: '1.60+git20161116.90da8a0-1', from: MAIN, arch: 'amd64', bytes: 248_000, installedKb: 981, depends: [] }],
]);

export const debianStretch: AptRelease = {
  id: 'debian-stretch',
  osRelease: [
    'PRETTY_NAME="Debian GNU/Linux 9 (stretch)"',
    'NAME="Debian GNU/Linux"',
    'VERSION_ID="9"',
    'VERSION="9 (stretch)"',
    'ID=debian',
    'HOME_URL="https://www.debian.org/"',
    'SUPPORT_URL="https://www.debian.org/support"',
    'BUG_REPORT_URL="https://bugs.debian.org/"',
    '',
  ].join('\n'),
  style: { tree: 'padded', triggerAfterUnpack: false, numberedUnpack: true, preconfigure: 'delaying', aptSummary: false, debconf: { incWords: 'contains', perlInc: '/etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.24.1 /usr/local/share/perl/5.24.1 /usr/lib/x86_64-linux-gnu/perl5/5.24 /usr/share/perl5 /usr/lib/x86_64-linux-gnu/perl/5.24 /usr/share/perl/5.24 /usr/local/lib/site_perl /usr/lib/x86_64-linux-gnu/perl-base .', dialogLine: 76, readlineLine: 7 } },
  indexes: [
    { what: `${DEBIAN} stretch InRelease`, bytes: null },
    { what: `${DEBIAN} stretch-updates InRelease`, bytes: 91_000 },
    { what: `${SECURITY} stretch/updates InRelease`, bytes: 62_900 },
    { what: `${DEBIAN} stretch Release`, bytes: 118_000 },
    { what: `${DEBIAN} stretch Release.gpg`, bytes: 2_373 },
    { what: `${DEBIAN} stretch-updates/main amd64 Packages`, bytes: 5_553 },
    { what: `${SECURITY} stretch/updates/main amd64 Packages`, bytes: 215_000 },
    { what: `${DEBIAN} stretch/main amd64 Packages`, bytes: 9_497_000 },
  ],
  fetched: { seconds: 1, rate: '5241 kB/s' },
  suites: [`${DEBIAN} stretch`, `${DEBIAN} stretch-updates`, `${SECURITY} stretch/updates`],
  libcBin: '2.24-11+deb9u1',
  dpkgFiles: 6498,
  download: { startMs: 100, bytesPerSecond: 3_200_000 },
  packages,
  imagePackages: new Map([['nginx', ['libssl1.1']]]),
};
