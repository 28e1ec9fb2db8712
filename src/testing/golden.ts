import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Compares `actual` with a golden file; `UPDATE_GOLDEN=1 npx vitest run` rewrites the files.
 * Review every rewritten golden against real Docker output (SPEC.md, the seed) before committing.
 */
export function golden(path: string, actual: string): string {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI) throw new Error(`missing golden file ${path}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  return readFileSync(path, 'utf8');
}
