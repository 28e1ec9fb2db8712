import { explain } from '../../i18n/explain';
import type { Locale } from '../../i18n/t';
import { tracesToPcapng } from '../../sim/capture/traceToPcapng';
import type { Trace } from '../../sim/traffic/trace';

/** `swarm-playground-curl-http-192.168.99.101-8080.pcapng`: the command with anything unsafe in a file name as dashes. */
export function pcapngFileName(command: string): string {
  const slug = command.replace(/[^A-Za-z0-9._]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `swarm-playground-${slug === '' ? 'trace' : slug}.pcapng`;
}

/** A trace as a pcapng capture, hop comments worded in the reader's language, and its file name. */
export function pcapngDownload(trace: Trace, locale: Locale): { readonly name: string; readonly bytes: Uint8Array } {
  return { name: pcapngFileName(trace.command), bytes: tracesToPcapng([trace], (e) => explain(locale, e)) };
}
