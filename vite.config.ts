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
  plugins: [react(), csp(), serviceWorker()],
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
