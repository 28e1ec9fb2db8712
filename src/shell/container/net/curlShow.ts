/** What curl's --write-out variables read from one transfer. */
export interface Transfer {
  readonly code: number;
  readonly ip: string;
  readonly port: number;
  readonly size: number;
  readonly url: string;
  readonly method: string;
  readonly contentType: string;
  /** Seconds, as curl measures them. */
  readonly total: number;
}

/**
 * `-w FORMAT`: `%{var}` and the `\n`, `\t`, `\r` escapes. An unknown variable prints nothing and a warning on
 * stderr at its place (`shown` interleaves them as the terminal shows them).
 */
export function writeOut(format: string, t: Transfer): { readonly text: string; readonly warnings: string; readonly shown: string } {
  const seconds = t.total.toFixed(6);
  const vars = new Map<string, string>([
    ['http_code', String(t.code).padStart(3, '0')], ['response_code', String(t.code).padStart(3, '0')],
    ['remote_ip', t.ip], ['remote_port', String(t.port)], ['size_download', String(t.size)],
    ['url_effective', t.url], ['url', t.url], ['method', t.method], ['content_type', t.contentType],
    ['time_total', seconds], ['time_connect', t.code === 0 ? '0.000000' : (t.total / 2).toFixed(6)],
    ['num_connects', t.code === 0 ? '0' : '1'],
  ]);
  let text = '';
  let warnings = '';
  let shown = '';
  const unescaped = format.replace(/\\([ntr\\])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : '\\'));
  for (const part of unescaped.split(/(%\{[^}]*\})/)) {
    const name = /^%\{([^}]*)\}$/.exec(part)?.[1];
    const v = name === undefined ? part : vars.get(name);
    if (v === undefined) {
      const w = `curl: unknown --write-out variable: '${name}'\n`;
      warnings += w;
      shown += w;
    } else {
      text += v;
      shown += v;
    }
  }
  return { text, warnings, shown };
}

/** curl's max5data: a number in five columns (`  615`, ` 600k`, `1234M`). */
function five(n: number): string {
  if (n < 100_000) return String(Math.round(n)).padStart(5);
  if (n < 10_000 * 1024) return `${String(Math.floor(n / 1024)).padStart(4)}k`;
  return `${String(Math.floor(n / 1024 / 1024)).padStart(4)}M`;
}

const meterHead = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n'
  + '                                 Dload  Upload   Total   Spent    Left  Speed\n';

/** The meter's row once the whole body has come (its last state). */
function finalRow(size: number, seconds: number): string {
  const speed = seconds > 0 ? size / seconds : size;
  return `100 ${five(size)}  100 ${five(size)}    0 ${five(0)}  ${five(speed)}  ${five(0)} --:--:-- --:--:-- --:--:-- ${five(speed)}\n`;
}

/** The progress meter curl draws on stderr when the body goes to a file (its last state). */
export function progressMeter(size: number, seconds: number): string {
  return meterHead + finalRow(size, seconds);
}

/**
 * The meter around `-v`'s trace when the body goes to a file: its head and first row (no newline: the trace
 * goes on on the same line, as on a real terminal), the trace, a `{ [N bytes data]` line where the body came
 * (curl says so when the body does not go to the terminal), then the last row. `-s` keeps only the trace and
 * the data line.
 */
export function verboseToFile(silent: boolean, size: number, seconds: number, before: string, after: string): string {
  const data = size > 0 ? `{ [${size} bytes data]\n` : '';
  if (silent) return `${before}${data}${after}`;
  const first = `  0 ${five(0)}    0 ${five(0)}    0 ${five(0)}  ${five(0)}  ${five(0)} --:--:-- --:--:-- --:--:-- ${five(0)}`;
  return `${meterHead}${first}${before}${data}${finalRow(size, seconds)}${after}`;
}

/** Whether a curl version prints 8.6's resolver lines and 8.10's `using HTTP/1.x` and `Request completely sent off`. */
function newer(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/** `-v`'s lines before the response: resolving, connecting, the request sent (`> `). */
export function verboseConnect(version: string, host: string, ip: string, port: number): string {
  const resolved = newer(version, 8, 6) && host !== ip ? `* Host ${host}:${port} was resolved.\n* IPv6: (none)\n* IPv4: ${ip}\n` : '';
  return `${resolved}*   Trying ${ip}:${port}...\n`;
}

export function verboseRequest(version: string, host: string, ip: string, port: number, requestLines: readonly string[]): string {
  const using = newer(version, 8, 10) ? '* using HTTP/1.x\n' : '';
  const sent = newer(version, 8, 10) ? '* Request completely sent off\n' : '';
  return `* Connected to ${host} (${ip}) port ${port}\n${using}${requestLines.map((l) => `> ${l}\n`).join('')}> \n${sent}`;
}
