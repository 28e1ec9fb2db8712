import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

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
  plugins: [react(), serviceWorker()],
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
