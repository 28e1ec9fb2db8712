import type { DebconfWords } from './types';

/**
 * What debconf prints in a container without dialog, Term::ReadLine or apt-utils, before settling on
 * its Teletype frontend. `stdinLine` is set when dpkg-preconfigure read the package list from stdin.
 */
export function debconfFrontends(words: DebconfWords, stdinLine?: number): string {
  const at = stdinLine === undefined ? '' : `, <STDIN> line ${stdinLine}`;
  return [
    'debconf: unable to initialize frontend: Dialog',
    `debconf: (No usable dialog-like program is installed, so the dialog based frontend cannot be used. at /usr/share/perl5/Debconf/FrontEnd/Dialog.pm line ${words.dialogLine}${at}.)`,
    'debconf: falling back to frontend: Readline',
    'debconf: unable to initialize frontend: Readline',
    `debconf: (Can't locate Term/ReadLine.pm in @INC (you may need to install the Term::ReadLine module) (@INC ${words.incWords}: ${words.perlInc}) at /usr/share/perl5/Debconf/FrontEnd/Readline.pm line ${words.readlineLine}${at}.)`,
    'debconf: falling back to frontend: Teletype',
    '',
  ].join('\n');
}
