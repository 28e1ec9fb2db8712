import { describe, expect, it } from 'vitest';
import { DOCKER_17_TABLE, DOCKER_TABLE, formatTable, tabwrite } from './tabwriter';

// The seed transcript (Docker 17.10) was pasted into a blog that strips trailing spaces;
// Docker itself pads every tab-terminated cell, empty ones included.
const trimLines = (text: string): string => text.replace(/ +$/gm, '');

describe('formatTable with Docker 17.10 settings (seed transcript)', () => {
  it('renders docker network ls', () => {
    const out = formatTable(
      [
        ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'],
        ['af3308efb8e3', 'bridge', 'bridge', 'local'],
        ['01a00e855484', 'docker_gwbridge', 'bridge', 'local'],
        ['b40e73017c03', 'host', 'host', 'local'],
        ['3fbffkmpwe24', 'ingress', 'overlay', 'swarm'],
        ['4a7e4e260bd5', 'none', 'null', 'local'],
        ['fvyh0us5pkb5', 'overnet', 'overlay', 'swarm'],
      ],
      DOCKER_17_TABLE,
    );
    expect(out).toBe(
      'NETWORK ID          NAME                DRIVER              SCOPE\n' +
        'af3308efb8e3        bridge              bridge              local\n' +
        '01a00e855484        docker_gwbridge     bridge              local\n' +
        'b40e73017c03        host                host                local\n' +
        '3fbffkmpwe24        ingress             overlay             swarm\n' +
        '4a7e4e260bd5        none                null                local\n' +
        'fvyh0us5pkb5        overnet             overlay             swarm\n',
    );
  });

  it('renders docker service ls, padding the empty PORTS cell only through IMAGE', () => {
    const out = formatTable(
      [
        ['ID', 'NAME', 'MODE', 'REPLICAS', 'IMAGE', 'PORTS'],
        ['0pqg1f550559', 'myservice', 'replicated', '3/3', 'ubuntu:latest', ''],
      ],
      DOCKER_17_TABLE,
    );
    const seed =
      'ID                  NAME                MODE                REPLICAS            IMAGE               PORTS\n' +
      '0pqg1f550559        myservice           replicated          3/3                 ubuntu:latest\n';
    expect(out).toBe(seed.replace('ubuntu:latest\n', 'ubuntu:latest       \n'));
    expect(trimLines(out)).toBe(seed);
  });

  it('renders docker service ps with empty ERROR and PORTS cells', () => {
    const task = (id: string, slot: number, node: string): string[] =>
      [id, `myservice.${slot}`, 'ubuntu:latest', node, 'Running', 'Running 25 seconds ago', '', ''];
    const out = formatTable(
      [
        ['ID', 'NAME', 'IMAGE', 'NODE', 'DESIRED STATE', 'CURRENT STATE', 'ERROR', 'PORTS'],
        task('7u0odxhvmqam', 1, 'default-2'),
        task('0ylu27keha3b', 2, 'default'),
        task('pfeozzgdnu97', 3, 'default-3'),
      ],
      DOCKER_17_TABLE,
    );
    const seed =
      'ID                  NAME                IMAGE               NODE                DESIRED STATE       CURRENT STATE            ERROR               PORTS\n' +
      '7u0odxhvmqam        myservice.1         ubuntu:latest       default-2           Running             Running 25 seconds ago\n' +
      '0ylu27keha3b        myservice.2         ubuntu:latest       default             Running             Running 25 seconds ago\n' +
      'pfeozzgdnu97        myservice.3         ubuntu:latest       default-3           Running             Running 25 seconds ago\n';
    // CURRENT STATE is 22 + 3 = 25 wide, the empty ERROR cell 20, the empty PORTS cell 0.
    expect(out).toBe(seed.replaceAll('ago\n', 'ago' + ' '.repeat(3 + 20) + '\n'));
    expect(trimLines(out)).toBe(seed);
  });

  it('renders docker ps with an empty PORTS cell in the middle', () => {
    const out = formatTable(
      [
        ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
        ['fb057acbf8fa', 'ubuntu:latest', '"sleep infinity"', '29 seconds ago', 'Up 29 seconds', '', 'myservice.2.0ylu27keha3b3cieivu4vh4bd'],
      ],
      DOCKER_17_TABLE,
    );
    expect(out).toBe(
      'CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS               NAMES\n' +
        'fb057acbf8fa        ubuntu:latest       "sleep infinity"    29 seconds ago      Up 29 seconds                           myservice.2.0ylu27keha3b3cieivu4vh4bd\n',
    );
  });
});

describe('formatTable with Docker 29 settings', () => {
  it('uses minimum width 10 (docker/cli testdata container-list-without-format)', () => {
    const row = (ports: string, name: string): string[] =>
      ['container_id', 'busybox:latest', '"top"', 'About a minute ago', 'Up 1 minute', ports, name];
    const out = formatTable(
      [
        ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
        row('', 'c1'),
        row('8.8.8.8:82->82/tcp', 'c5'),
      ],
      DOCKER_TABLE,
    );
    expect(out).toBe(
      'CONTAINER ID   IMAGE            COMMAND   CREATED              STATUS        PORTS                NAMES\n' +
        'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute                        c1\n' +
        'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute   8.8.8.8:82->82/tcp   c5\n',
    );
  });

  it('counts wide characters as two cells; Go stdlib counts runes', () => {
    const rows = [['한국어이름', 'x'], ['ab', 'y']];
    // cells: 10 + 3 = 13 columns; runes: 5 + 3 < 10, so the minimum width 10 wins.
    expect(formatTable(rows, DOCKER_TABLE)).toBe('한국어이름   x\nab' + ' '.repeat(11) + 'y\n');
    expect(formatTable(rows, { ...DOCKER_TABLE, measure: 'runes' })).toBe('한국어이름     x\nab' + ' '.repeat(8) + 'y\n');
  });
});

describe('tabwrite (Go text/tabwriter semantics)', () => {
  it('aligns only contiguous lines that share a column', () => {
    const text = 'aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n';
    expect(tabwrite(text, { minWidth: 0, padding: 1 })).toBe(
      'aaaa bbb d\naa   b   dd\na    \naa   cccc eee\n',
    );
  });

  it('breaks columns at a line without tabs and keeps an unterminated tail', () => {
    expect(tabwrite('a\tb\nplain\nlong\tc\ntail', { minWidth: 0, padding: 2 })).toBe(
      'a  b\nplain\nlong  c\ntail',
    );
  });
});
