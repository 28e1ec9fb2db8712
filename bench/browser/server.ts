import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

/** BENCH_PORT and BENCH_DIST let two benchmark runs on one machine keep out of each other's way. */
export const PORT = Number(process.env.BENCH_PORT ?? 4185);
export const OUT_DIR = process.env.BENCH_DIST ?? 'dist-bench';
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** Builds the page into dist-bench (the benchmark's own build folder), or BENCH_DIST. */
export function build(): void {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}

/** Serves that folder (or `dir`) with `vite preview` on port 4185 (or BENCH_PORT, or `port`) and resolves once it answers. */
export async function serve(port = PORT, dir = OUT_DIR): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  const args = ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir];
  const child = spawn('npx', args, { stdio: 'ignore', detached: true });
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): is port ${port} taken?`);
    try {
      if ((await fetch(base)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop(child);
  throw new Error('vite preview did not answer within 20 s');
}

/** Stops the preview server started by serve (its own process group). */
export function stop(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

/**
 * Headless Chromium: Debian's /usr/bin/chromium with --no-sandbox when installed, else Playwright's own.
 * BENCH_CHROMIUM names another executable (e.g. a script that starts it under `nice`).
 */
export function launch(): Promise<Browser> {
  const debian = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(debian)) return chromium.launch();
  return chromium.launch({
    executablePath: debian,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh context (empty cache) at 1440x900; functions handed to the page may use tsx's `__name` helper. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context;
}
