import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
};

/** Serves a built site from `dir` under the sub-path `prefix` (as a GitHub Pages project page is), on loopback. */
export async function serveSite(dir: string, prefix: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith(prefix)) return void res.writeHead(404).end();
    const asked = path.slice(prefix.length);
    const rel = normalize(asked === '' || asked.endsWith('/') ? `${asked}index.html` : asked).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, rel);
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return server;
}
