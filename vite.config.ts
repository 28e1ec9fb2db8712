import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), csp()],
  base: './',
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    // tshark and whole-scenario replays take seconds on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
