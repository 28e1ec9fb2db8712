import { findImage } from '../../../sim/images';
import type { Container, World } from '../../../sim/world';
import { httpDateOf } from '../../../sim/calendar';
import { HTTPD_404, NGINX_404, servesPath } from './notFoundPages';

/** nginx's default /usr/share/nginx/html/index.html. */
export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** httpd's default /usr/local/apache2/htdocs/index.html. */
export const HTTPD_WORKS = '<html><body><h1>It works!</h1></body></html>\n';

export const EXAMPLE_DOMAIN = `<!doctype html><html lang="en"><head><title>Example Domain</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{background:#eee;width:60vw;margin:15vh auto;font-family:system-ui,sans-serif}h1{font-size:1.5em}div{opacity:0.8}a:link,a:visited{color:#348}</style><body><div><h1>Example Domain</h1><p>This domain is for use in documentation examples without needing permission. Avoid use in operations.<p><a href="https://iana.org/domains/example">Learn more</a></div></body></html>
`;

/** The request line and headers a client sends, in order. */
export interface HttpRequest {
  /** GET unless said otherwise. */
  readonly method?: string;
  readonly path: string;
  readonly host: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body?: string;
}

/** Request bytes on the wire (CRLF line ends). */
export function requestText(r: HttpRequest): string {
  return `${r.method ?? 'GET'} ${r.path} HTTP/1.1\r\nHost: ${r.host}\r\n${r.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${r.body ?? ''}`;
}

/**
 * What the server's application answers, as the body text. whoami (traefik/whoami): `Hostname:`, `IP:` for
 * lo then each interface, `RemoteAddr:`, then the request as Go's Request.Write prints it.
 */
export function appBody(world: World, server: Container | null, remote: string, req: HttpRequest): string {
  const app = server ? findImage(server.image)?.serves?.app : undefined;
  if (app === 'whoami' && server) {
    const ips = server.interfaces.map((id) => world.endpoints[id]?.ip).filter((ip): ip is string => ip !== undefined);
    return [`Hostname: ${server.hostname}`, 'IP: 127.0.0.1', ...ips.map((ip) => `IP: ${ip}`), `RemoteAddr: ${remote}`, requestText(req)].join('\n');
  }
  if (app === 'nginx') return servesPath(app, req.path) ? NGINX_WELCOME : NGINX_404;
  if (app === 'httpd') return servesPath(app, req.path) ? HTTPD_WORKS : HTTPD_404;
  // Redis reads `Host:` as a cross-protocol attack and closes the connection without a word.
  if (app === 'redis') return '';
  return EXAMPLE_DOMAIN;
}

/** Response bytes: status line, a few headers, the body. */
export function responseText(world: World, server: Container | null, body: string, path = '/'): string {
  const app = server ? findImage(server.image)?.serves?.app : undefined;
  const date = httpDateOf(world.now);
  const length = new TextEncoder().encode(body).length;
  if (app === 'redis') return '';
  if (!servesPath(app, path)) {
    const head = app === 'nginx'
      ? ['HTTP/1.1 404 Not Found', 'Server: nginx/1.29.3', `Date: ${date}`, 'Content-Type: text/html', `Content-Length: ${length}`, 'Connection: keep-alive']
      : ['HTTP/1.1 404 Not Found', `Date: ${date}`, 'Server: Apache/2.4.65 (Unix)', `Content-Length: ${length}`, 'Content-Type: text/html; charset=iso-8859-1'];
    return `${head.join('\r\n')}\r\n\r\n${body}`;
  }
  if (app === 'httpd') {
    const head = ['HTTP/1.1 200 OK', `Date: ${date}`, 'Server: Apache/2.4.65 (Unix)', 'Last-Modified: Mon, 11 Jun 2007 18:53:14 GMT', 'ETag: "2d-432a5e4a73a80"', 'Accept-Ranges: bytes', `Content-Length: ${length}`, 'Content-Type: text/html'];
    return `${head.join('\r\n')}\r\n\r\n${body}`;
  }
  const head = app === 'nginx'
    ? ['HTTP/1.1 200 OK', 'Server: nginx/1.29.3', `Date: ${date}`, 'Content-Type: text/html', `Content-Length: ${length}`, 'Connection: keep-alive', 'Accept-Ranges: bytes']
    : ['HTTP/1.1 200 OK', `Date: ${date}`, `Content-Length: ${length}`, 'Content-Type: text/plain; charset=utf-8'];
  return `${head.join('\r\n')}\r\n\r\n${body}`;
}
