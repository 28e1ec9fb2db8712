/** One binary package in a release's archive, as `apt-get install` prints and counts it. */
export interface AptPackage {
  readonly version: string;
  /** The archive and component it is fetched from: `http://deb.debian.org/debian trixie/main`. */
  readonly from: string;
  /** `all` for architecture-independent packages. */
  readonly arch: 'amd64' | 'all';
  /** Multi-Arch: same libraries, which dpkg names with `:amd64`. */
  readonly multiArch?: true;
  /** Download size in bytes; installed size in kB (apt adds them up for its two summary lines). */
  readonly bytes: number;
  readonly installedKb: number;
  /** Packages it pulls in (Depends), in the order of its control file; then what it recommends. */
  readonly depends: readonly string[];
  readonly recommends?: readonly string[];
  readonly suggests?: readonly string[];
  /** A library: installing it makes dpkg run the libc-bin (ldconfig) trigger. */
  readonly ldconfig?: true;
  /** Its maintainer script talks to debconf, which has no frontend in a bare container. */
  readonly debconf?: true;
  /** What its maintainer script prints while it is set up. */
  readonly postinst?: string;
  /** What its own trigger prints once everything is set up (after libc-bin's). */
  readonly trigger?: string;
  /** apt unpacks it before the asked packages (it ranks ca-certificates, krb5-locales... first). */
  readonly unpackFirst?: true;
  /** A recommended package apt unpacks right after the one recommending it, not with the other recommends. */
  readonly inline?: true;
  /** dpkg configures pending packages in its own order: a lower rank goes first (default 0). */
  readonly setupRank?: number;
}

/** An index line of `apt-get update`: `Get:N <what> [size]`, or `Ign:N <what>` without a size. */
export interface AptIndex {
  readonly what: string;
  /** Bytes; null for an `Ign:` line. */
  readonly bytes: number | null;
}

/** How a generation of apt and dpkg prints what they do. */
export interface AptStyle {
  /** apt 1.2 and 1.4 pad "Building dependency tree" with spaces; apt 2 and later end it with "... Done". */
  readonly tree: 'padded' | 'done';
  /** apt 1.2 runs the libc-bin trigger after unpacking as well as at the end. */
  readonly triggerAfterUnpack: boolean;
  /** apt 1.4 and later hand dpkg numbered file names (`.../03-libfoo_...`) past five packages. */
  readonly numberedUnpack: boolean;
  /**
   * Without apt-utils, apt up to 2.x says it delays configuration; apt 3.0 preconfigures anyway and
   * debconf reports its missing frontends (with the line of the package list it read). Either way a
   * maintainer script that asks debconf reports them again.
   */
  readonly preconfigure: 'delaying' | 'frontends';
  /** apt 3.0's `apt` (not apt-get) sums an install up in columns ("Installing:", "Summary:") and says "Error:". */
  readonly aptSummary: boolean;
  /** How debconf words its missing frontends: Perl's @INC and the lines of Dialog.pm and Readline.pm. */
  readonly debconf: DebconfWords;
}

/** The words of debconf and Perl, which change with their versions. */
export interface DebconfWords {
  /** Perl up to 5.36 says "@INC contains:", later ones "@INC entries checked:". */
  readonly incWords: 'contains' | 'entries checked';
  readonly perlInc: string;
  readonly dialogLine: number;
  readonly readlineLine: number;
}

/** A Debian or Ubuntu release as its images see it: archive, apt, packages and the files that name it. */
export interface AptRelease {
  readonly id: string;
  readonly osRelease: string;
  readonly style: AptStyle;
  /** `apt-get update` with network: its lines in order, then the Fetched line's time and rate. */
  readonly indexes: readonly AptIndex[];
  readonly fetched: { readonly seconds: number; readonly rate: string };
  /** The InRelease files of its sources (`<archive> <suite>`), which fail first without a network. */
  readonly suites: readonly string[];
  readonly libcBin: string;
  /** Files and directories in the base image's dpkg database. */
  readonly dpkgFiles: number;
  /** How fast packages download: a fixed start-up time plus a throughput (for the Fetched line). */
  readonly download: { readonly startMs: number; readonly bytesPerSecond: number };
  readonly packages: ReadonlyMap<string, AptPackage>;
  /** Packages of the catalogue some images already carry, by image repository. */
  readonly imagePackages: ReadonlyMap<string, readonly string[]>;
}
