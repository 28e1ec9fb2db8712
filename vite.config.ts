import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
