import type { Plan } from '../../../sim/traffic/plan';

/** A connection that did not get an answer, by why (a plan's verdict other than `answered`). */
export type ConnectFailure = Exclude<Plan['verdict'], 'answered'>;

/**
 * The C library's strerror words for a failed connect: glibc in Debian and Ubuntu images, musl in alpine
 * (BusyBox tools print musl's, which differ from glibc's).
 */
const words: Readonly<Record<'glibc' | 'musl', Readonly<Record<ConnectFailure, string>>>> = {
  glibc: { refused: 'Connection refused', timeout: 'Connection timed out', unreachable: 'Network is unreachable', 'host-unreachable': 'No route to host', msgsize: 'Message too long' },
  musl: { refused: 'Connection refused', timeout: 'Operation timed out', unreachable: 'Network unreachable', 'host-unreachable': 'Host is unreachable', msgsize: 'Message too large' },
};

export function socketError(libc: 'glibc' | 'musl', failure: ConnectFailure): string {
  return words[libc][failure];
}
