import { embedAddress } from '../../embed/embedAddress';
import type { EmbedView } from '../embed/embedOptions';

export interface EmbedChoice {
  readonly view: EmbedView;
  readonly readonly: boolean;
  readonly clickToLoad: boolean;
}

const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe snippet for a session (its share fragment) on the playground deployed at `base`. */
export function iframeCode(base: string, fragment: string, c: EmbedChoice, lang: string): string {
  const options: Record<string, string> = { view: c.view, lang, ...(c.readonly ? { readonly: '1' } : {}) };
  const src = embedAddress(base, options, null, c.clickToLoad, fragment);
  return `<iframe src="${attr(src)}" width="720" height="480" style="border:0;max-width:100%" title="Docker Swarm network playground" loading="lazy" allow="clipboard-write; fullscreen"></iframe>`;
}

/** The one-script-tag snippet: the `<swarm-playground>` element with the same options. */
export function elementCode(base: string, fragment: string, c: EmbedChoice, lang: string): string {
  const extra = `${c.readonly ? ' readonly' : ''}${c.clickToLoad ? ' click-to-load' : ''}`;
  return `<script type="module" src="${attr(new URL('swarm-playground.js', base).href)}"></script>\n<swarm-playground session="${attr(fragment)}" view="${c.view}" lang="${lang}"${extra} height="480px"></swarm-playground>`;
}
