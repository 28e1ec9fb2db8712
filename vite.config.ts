import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The built page's Content-Security-Policy: scripts only from the page's own files (no inline script,
 * no eval), styles from its files plus the inline style attributes React Flow and xterm set, images
 * from itself and data:/blob: URLs (map pictures), workers (a service worker) and fetches to itself only.
 * Added at build only: the dev server's React refresh preamble is an inline script.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const csp = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }],
});

/**
 * The main page's lazy chunks (the playground, map and terminal) and what they import start downloading with
 * the entry, not one after another as each module asks for the next: `<link rel="modulepreload">` fetches
 * and compiles without running (their styles are fetched, not applied), so the page still paints its frame first. The click-to-load preview
 * (preview.html) has its own entry and is left alone.
 */
const preloadLazyChunks = (): Plugin => ({
  name: 'preload-lazy-chunks',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(_, ctx) {
      const entry = ctx.chunk;
      const bundle = ctx.bundle;
      if (!entry || !bundle || !ctx.filename.endsWith('index.html')) return [];
      const files = new Set<string>();
      const visit = (name: string) => {
        const chunk = bundle[name];
        if (!chunk || chunk.type !== 'chunk' || files.has(name)) return;
        files.add(name);
        for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next);
      };
      for (const lazy of entry.dynamicImports) visit(lazy);
      for (const already of [entry.fileName, ...entry.imports]) files.delete(already);
      const styles = new Set<string>();
      for (const file of files) {
        const chunk = bundle[file];
        if (chunk?.type === 'chunk') for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
      }
      const link = (attrs: Record<string, string | boolean>) => ({ tag: 'link', attrs, injectTo: 'head' as const });
      return [
        ...[...styles].sort().map((file) => link({ rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` })),
        ...[...files].sort().map((file) => link({ rel: 'modulepreload', crossorigin: true, href: `./${file}` })),
      ];
    },
  },
});

/** Writes sw.js with this build's files and id, so the site works offline and a new build is noticed. */
function serviceWorker(): Plugin {
  return {
    name: 'swarm-playground-service-worker',
    apply: 'build',
    generateBundle(_, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map')).sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync('src/offline/sw.template.js', 'utf8');
      const source = template.replace('= __VERSION__;', `= ${JSON.stringify(version)};`).replace('= __FILES__;', `= ${JSON.stringify(files.map((f) => `./${f}`))};`);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  plugins: [react(), csp(), preloadLazyChunks(), serviceWorker()],
  // Relative URLs: the built site works from any sub-path (a GitHub Pages project page).
  base: './',
  build: {
    rollupOptions: {
      // The playground, the light click-to-load preview of an embed, and the <swarm-playground> element.
      input: { main: 'index.html', preview: 'preview.html', element: 'src/embed/swarmPlayground.ts' },
      output: { entryFileNames: (chunk) => (chunk.name === 'element' ? 'swarm-playground.js' : 'assets/[name]-[hash].js') },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    // tshark and whole-scenario replays take seconds on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
