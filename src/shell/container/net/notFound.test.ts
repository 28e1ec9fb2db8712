import { expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = new URL('./testdata/not-found.golden', import.meta.url).pathname;

it('nginx and httpd answer an unknown path with their 404 pages; whoami answers every path; each client says so its own way', () => {
  const h = harness('three-node').onNode('default');
  h.run('docker network create web\ndocker run -d --name ng --network web nginx\ndocker run -d --name ht --network web httpd\ndocker run -d --name who --network web traefik/whoami');
  const t = h.run([
    'docker run --rm --network web nginx curl -i http://ng/nope',
    "docker run --rm --network web nginx curl -s -o /dev/null -w '%{http_code}\\n' http://ng/index.html",
    'docker run --rm --network web nginx curl -sI http://ht/missing',
    'docker run --rm --network web nginx curl -s http://ht/missing',
    "docker run --rm --network web nginx curl -s -o /dev/null -w '%{http_code}\\n' http://who/anything",
    'docker run --rm --network web alpine wget -O- http://ng/nope',
    'echo $?',
    'docker run --rm --network web python wget http://ht/nope',
    'echo $?',
  ].join('\n'));
  expect(t).toContain('HTTP/1.1 404 Not Found');
  expect(t).toBe(golden(file, t));
});
