import type { Locale } from '../../i18n/t';
import type { Trace } from '../../sim/traffic/trace';
import { useT } from '../useT';
import { pcapngDownload } from './pcapngDownload';

/** Saves the trace as a pcapng capture (hop explanations in the reader's language as packet comments). */
export function DownloadButton({ trace, locale }: { readonly trace: Trace; readonly locale: Locale }) {
  const t = useT();
  const save = () => {
    const { name, bytes } = pcapngDownload(trace, locale);
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.tcpdump.pcap' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    // The click has started the download; the object URL is no longer needed after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" data-testid="download-pcapng" aria-label={t('headers.downloadLabel', { command: trace.command })} onClick={save}>
      {t('headers.download')}
    </button>
  );
}
