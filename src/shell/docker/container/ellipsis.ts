import type { CliStyle } from '../../cli/commandSpec';
import { codePointWidth } from '../../format/textWidth';

/**
 * Cuts text to `max` display columns as `docker ps` does: docker/cli's formatter.Ellipsis (`…`, wide
 * characters count 2) for the modern style, moby's stringutils.Ellipsis (`...`, runes) for 17.10.
 */
export function ellipsis(text: string, max: number, style: CliStyle): string {
  const runes = [...text];
  if (style === 'legacy') {
    if (runes.length <= max) return text;
    return max <= 3 ? runes.slice(0, max).join('') : runes.slice(0, max - 3).join('') + '...';
  }
  if (max <= 0) return '';
  if (max === 1) return runes[0] ?? '';
  let width = 0;
  let cut = -1;
  runes.forEach((r, i) => {
    width += codePointWidth(r);
    if (width <= max - 1) cut = i;
  });
  if (width <= max) return text;
  return runes.slice(0, cut + 1).join('') + '…';
}
