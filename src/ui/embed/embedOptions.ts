/** What an embed shows: the map and the terminal together (split), one of them, or the map with the stepper. */
export type EmbedView = 'split' | 'map' | 'terminal' | 'stepper';
export type Theme = 'auto' | 'light' | 'dark';

/** The options an embed is opened with (`?embed=1&view=…`), also the `<swarm-playground>` element's attributes. */
export interface EmbedOptions {
  readonly view: EmbedView;
  readonly theme: Theme;
  /** Stepping only: nothing can be typed or sent. */
  readonly readonly: boolean;
  /** Plays the open trace once loaded. */
  readonly autoplay: boolean;
  /** The host page's origin: postMessage commands are taken from it only, and events go to it only. */
  readonly origin: string | null;
}

const VIEWS: readonly EmbedView[] = ['split', 'map', 'terminal', 'stepper'];
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const flag = (v: string | null) => v === '1' || v === 'true' || v === '';

/** An origin as `scheme://host[:port]`, or null for anything else (a path, a wildcard, garbage). */
export function parseOrigin(v: string | null): string | null {
  if (!v) return null;
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === v.replace(/\/$/, '') ? u.origin : null;
  } catch {
    return null;
  }
}

/** The embed options of a page address, or null when the page is not an embed (`?embed=1` missing). */
export function embedOptions(search: string): EmbedOptions | null {
  const q = new URLSearchParams(search);
  if (!flag(q.get('embed'))) return null;
  const view = q.get('view');
  const theme = q.get('theme');
  return {
    view: VIEWS.find((v) => v === view) ?? 'split',
    theme: THEMES.find((v) => v === theme) ?? 'auto',
    readonly: q.has('readonly') && flag(q.get('readonly')),
    autoplay: q.has('autoplay') && flag(q.get('autoplay')),
    origin: parseOrigin(q.get('origin')),
  };
}
