/** The parts of an http URL a client needs. */
export interface Url {
  readonly host: string;
  readonly port: number;
  readonly path: string;
  /** The Host header: host, plus :port when not 80. */
  readonly authority: string;
}

/** `http://web:8080/x`, `web`, `10.0.1.2/` -> host, port, path; null for other schemes or a bad port. */
export function parseUrl(text: string): Url | null {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([/?#].*)?$/i.exec(text);
  if (!m) return null;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] !== undefined ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  if (!(port > 0 && port < 65536)) return null;
  const host = m[2] as string;
  const path = m[4] && m[4].startsWith('/') ? m[4] : `/${m[4] ?? ''}`;
  return { host, port, path, authority: m[3] !== undefined ? `${host}:${port}` : host };
}
