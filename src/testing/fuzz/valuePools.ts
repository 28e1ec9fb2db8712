/**
 * Words the fuzzer types: names the built-in scenarios know (so commands reach deep code), names they
 * do not, and hostile ones (prototype keys, markup, huge and negative numbers).
 */
export const pools = {
  name: ['web', 'api', 'on', 'mynet', 'overnet', 'ingress', 'bridge', 'host', 'none', 'docker_gwbridge', 'c1', 'c2', 'default', 'default-2', 'default-3', 'nosuch', 'web.1', 'tasks.web', '__proto__', 'constructor', '<b>x</b>', 'a'.repeat(70)],
  image: ['nginx', 'alpine', 'ubuntu', 'busybox', 'traefik/whoami', 'nginx:latest', 'nosuchimage', 'ubuntu:16.04', 'alpine@sha256:xyz'],
  number: ['0', '1', '2', '3', '5', '-1', '65535', '65536', '1e3', '0x10', '007', '99999999999999999999', '18446744073709551616', 'abc', '', '1.5', 'NaN', 'Infinity'],
  subnet: ['10.9.0.0/24', '10.9.0.5/24', '10.0.0.0/24', '10.0.0.0/8', '10.255.0.0/16', '172.17.0.0/16', '10.9.0.0/30', '10.9.0.0/33', '300.1.1.0/24', '10.9.0.0', 'junk'],
  ip: ['10.9.0.1', '10.9.0.200', '10.0.0.2', '192.168.99.100', '127.0.0.1', '0.0.0.0', '999.1.1.1'],
  port: ['8080:80', '80', '8080:80/udp', '0:80', '65536:80', '8080:80/sctp', 'published=8080,target=80', 'published=8081,target=80,mode=host', 'x:y', ':'],
  filter: ['name=web', 'name=', 'label=a', 'label=a=b', 'driver=overlay', 'scope=swarm', 'id=x', 'desired-state=running', 'role=manager', 'type=custom', 'status=running', 'junk', 'junk=1', 'node=default'],
  format: ['{{.Name}}', '{{.ID}}', '{{json .}}', '{{.Nope}}', '{{', '{{.Name', 'table {{.ID}}\t{{.Name}}', '{{range .}}{{end}}', '{{index .Labels "a"}}', '{{len .Name}}', 'json', 'table', '{{printf "%d" .Name}}'],
  duration: ['1s', '10m', '0', '-1s', '1e9h', '5', 'x', '1h2m3s', '9223372036854775807ns'],
  mode: ['replicated', 'global', 'replicated-job', 'junk', ''],
  availability: ['active', 'pause', 'drain', 'junk'],
  label: ['a=b', 'a', '__proto__=x', 'constructor=y', '=', 'com.example.x=<script>alert(1)</script>'],
  text: ['x', 'hello world', '-', '--', '\\', '$?', '$HOME', '*', '~', '%s%d', '<img src=x onerror=alert(1)>'],
} as const;

export type Pool = keyof typeof pools;

/** Which pool a flag's value comes from, by its name (then by type). */
export function poolForFlag(name: string, type: string): Pool {
  if (/replicas|port$|limit|tail|^time$/.test(name)) return 'number';
  if (/subnet|ip-range/.test(name)) return 'subnet';
  if (/gateway|^ip$|advertise|listen|data-path-addr/.test(name)) return 'ip';
  if (/publish/.test(name)) return 'port';
  if (name === 'filter') return 'filter';
  if (name === 'format') return 'format';
  if (name === 'mode' || name === 'endpoint-mode' || name === 'driver') return 'mode';
  if (name === 'availability' || name === 'role') return 'availability';
  if (/label|opt|env/.test(name)) return 'label';
  if (type === 'duration') return 'duration';
  if (type === 'int' || type === 'uint64') return 'number';
  if (/network|name|hostname|constraint|alias|image/.test(name)) return 'name';
  return 'text';
}

/** Characters that break naive code: zero-width, bidi, control, combining, astral, quotes. */
export const oddCharacters = ['\u200b', '\u200d', '\ufeff', '\u202e', '\u0000', '\u0007', '\u001b[31m', '\r', '\t', '\u007f', '\u0301', '😀', '한', 'İ', "'", '"', '`', '\\', '$(', ')', '|', ';', '&&', '>'];

/** Numbers where code forgets a limit. */
export const oddNumbers = ['-1', '0', '1e13', '1e308', '99999999999999999999', '100000', '1000000', '2147483648', '-0', '0.5', 'NaN', 'abc', ''];
