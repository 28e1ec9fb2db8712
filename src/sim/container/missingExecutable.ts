import { findImage } from '../images';

/**
 * The program `argv[0]` names, when the image does not have it (runc's `exec.LookPath` fails): a shell the
 * image lacks (bash in alpine, ash in debian), or anything but the one binary of a scratch image. Null when
 * it is there, or when the playground does not model the image's files beyond its shell.
 */
export function missingExecutable(image: string, argv: readonly string[]): string | null {
  const info = findImage(image);
  const name = argv[0] ?? '';
  if (!info || name === '') return null;
  const base = name.split('/').pop() ?? '';
  if (info.shell === null) return info.entrypoint.includes(name) || info.entrypoint.some((e) => e === `/${name}`) ? null : name;
  if (base === 'bash') return info.shell === 'bash' ? null : name;
  if (base === 'ash') return info.shell === 'ash' ? null : name;
  return null;
}
