/** The options an embed takes, as `<swarm-playground>` attributes and `?` parameters alike. */
export const EMBED_OPTIONS = ['scenario', 'view', 'lang', 'theme', 'readonly', 'autoplay', 'step', 'lesson'] as const;

/**
 * The address of an embed of the playground at `base` (the folder it is deployed in): its options as the
 * query, the host's origin for the postMessage API, a saved session (a share link's `s=…`) as the fragment.
 * With `clickToLoad`, the light preview page comes first and loads the playground on a click.
 */
export function embedAddress(base: string, options: Readonly<Record<string, string>>, hostOrigin: string | null, clickToLoad: boolean, session: string | null): string {
  const q = new URLSearchParams({ embed: '1' });
  for (const name of EMBED_OPTIONS) {
    const v = options[name];
    if (v !== undefined && v !== null) q.set(name, v);
  }
  if (hostOrigin) q.set('origin', hostOrigin);
  const page = clickToLoad ? 'preview.html' : '';
  return `${new URL(page, base).href}?${q.toString()}${session ? `#${session.replace(/^#/, '')}` : ''}`;
}
