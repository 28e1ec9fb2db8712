/** One reply time in µs as ping prints it: iputils drops decimals as times grow, BusyBox keeps three. */
export function formatRtt(us: number, flavour: 'iputils' | 'busybox'): string {
  const ms = Math.floor(us / 1000);
  const frac = us % 1000;
  if (flavour === 'busybox' || us < 1000) return `${ms}.${String(frac).padStart(3, '0')}`;
  if (us >= 100_000) return `${ms}`;
  if (us >= 10_000) return `${ms}.${Math.floor(frac / 100)}`;
  return `${ms}.${String(Math.floor(frac / 10)).padStart(2, '0')}`;
}

const ms3 = (us: number) => `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;

/**
 * The statistics block after `--- host ping statistics ---`, computed in integer µs like iputils
 * (avg = sum/n, mdev = isqrt(sum2/n - avg²)) and BusyBox (no mdev).
 */
export function pingStatistics(flavour: 'iputils' | 'busybox', o: { transmitted: number; rtts: readonly number[]; errors: number; timeMs: number }): string {
  const received = o.rtts.length;
  const loss = o.transmitted === 0 ? 0 : Math.floor(((o.transmitted - received) * 100) / o.transmitted);
  if (flavour === 'busybox') {
    const head = `${o.transmitted} packets transmitted, ${received} packets received, ${loss}% packet loss\n`;
    if (received === 0) return head;
    const sum = o.rtts.reduce((a, b) => a + b, 0);
    return `${head}round-trip min/avg/max = ${ms3(Math.min(...o.rtts))}/${ms3(Math.floor(sum / received))}/${ms3(Math.max(...o.rtts))} ms\n`;
  }
  const errors = o.errors > 0 ? `, +${o.errors} errors` : '';
  const lossG = o.transmitted === 0 ? '0' : goG(((o.transmitted - received) * 100) / o.transmitted);
  const head = `${o.transmitted} packets transmitted, ${received} received${errors}, ${lossG}% packet loss, time ${o.timeMs}ms\n`;
  // iputils ends the block with one newline: after the rtt line, or alone when nothing came back.
  if (received === 0) return `${head}\n`;
  const sum = o.rtts.reduce((a, b) => a + b, 0);
  const sum2 = o.rtts.reduce((a, b) => a + b * b, 0);
  const avg = Math.floor(sum / received);
  const mdev = Math.floor(Math.sqrt(Math.max(0, Math.floor(sum2 / received) - avg * avg)));
  return `${head}rtt min/avg/max/mdev = ${ms3(Math.min(...o.rtts))}/${ms3(avg)}/${ms3(Math.max(...o.rtts))}/${ms3(mdev)} ms\n`;
}

/** C's %g for a percentage: six significant digits, trailing zeros dropped. */
function goG(x: number): string {
  return String(Number(x.toPrecision(6)));
}
