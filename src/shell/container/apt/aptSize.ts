/**
 * apt's SizeToStr in the C locale (a container sets no LANG, so no thousands separators): four
 * significant digits at most, one decimal below 100. Add the unit letter `B` after it.
 *
 * @example aptSize(91_122) // '91.1 k'; aptSize(1_808_000) // '1808 k'; aptSize(9456) // '9456 '
 */
export function aptSize(bytes: number): string {
  const units = ['', 'k', 'M', 'G', 'T'];
  let size = bytes;
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i > 0) return `${size.toFixed(1)} ${units[i]}`;
    if (size < 10_000) return `${size.toFixed(0)} ${units[i]}`;
    size /= 1000;
  }
  return `${size.toFixed(0)} P`;
}
