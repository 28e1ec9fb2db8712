import { describe, expect, it } from 'vitest';
import { defaultHeader, formatList } from './formatList';
import { DOCKER_17_TABLE } from './tabwriter';

const tasks = [
  ['7u0odxhvmqam', 1, 'default-2'],
  ['0ylu27keha3b', 2, 'default'],
  ['pfeozzgdnu97', 3, 'default-3'],
].map(([id, slot, node]) => ({
  ID: id, Name: `myservice.${slot}`, Image: 'ubuntu:latest', Node: node,
  DesiredState: 'Running', CurrentState: 'Running 25 seconds ago', Error: '', Ports: '',
}));

const networks = [
  { ID: 'fvyh0us5pkb5', Name: 'overnet', Driver: 'overlay', Scope: 'swarm' },
  { ID: '3fbffkmpwe24', Name: 'ingress', Driver: 'overlay', Scope: 'swarm' },
];

describe('formatList', () => {
  it('renders docker service ps default format like the seed (Docker 17.10 table)', () => {
    const format = 'table {{.ID}}\\t{{.Name}}\\t{{.Image}}\\t{{.Node}}\\t{{.DesiredState}}\\t{{.CurrentState}}\\t{{.Error}}\\t{{.Ports}}';
    const result = formatList(format, tasks, { table: DOCKER_17_TABLE });
    const pad = ' '.repeat(23);
    expect(result).toEqual({
      ok: true,
      text:
        'ID                  NAME                IMAGE               NODE                DESIRED STATE       CURRENT STATE            ERROR               PORTS\n' +
        `7u0odxhvmqam        myservice.1         ubuntu:latest       default-2           Running             Running 25 seconds ago${pad}\n` +
        `0ylu27keha3b        myservice.2         ubuntu:latest       default             Running             Running 25 seconds ago${pad}\n` +
        `pfeozzgdnu97        myservice.3         ubuntu:latest       default-3           Running             Running 25 seconds ago${pad}\n`,
    });
  });

  it('uses given header names and Docker 29 widths', () => {
    const result = formatList('table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}', networks, { headers: { ID: 'NETWORK ID' } });
    expect(result).toEqual({
      ok: true,
      text:
        'NETWORK ID     NAME      DRIVER    SCOPE\n' +
        'fvyh0us5pkb5   overnet   overlay   swarm\n' +
        '3fbffkmpwe24   ingress   overlay   swarm\n',
    });
  });

  it('prints only the header for no rows, and keeps pad but not upper in headers', () => {
    expect(formatList('table {{.Name}}\\t{{.ID}}', [])).toEqual({ ok: true, text: 'NAME      ID\n' });
    expect(formatList('table {{upper .Name}}|{{pad .ID 1 1}}|', networks.slice(0, 1))).toEqual({
      ok: true,
      text: 'NAME| ID |\nOVERNET| fvyh0us5pkb5 |\n',
    });
  });

  it('renders plain and json formats one row per line', () => {
    expect(formatList('{{.Name}}: {{.Driver}}', networks)).toEqual({ ok: true, text: 'overnet: overlay\ningress: overlay\n' });
    expect(formatList('json', networks.slice(0, 1))).toEqual({
      ok: true,
      text: '{"ID":"fvyh0us5pkb5","Name":"overnet","Driver":"overlay","Scope":"swarm"}\n',
    });
  });

  it('prefixes errors the way docker prints them', () => {
    expect(formatList('table {{.ID', networks)).toEqual({
      ok: false,
      error: 'template parsing error: template: :1: unclosed action',
    });
    expect(formatList('{{index .Name 1}}', networks)).toEqual({
      ok: false,
      error: 'template parsing error: template: :1:2: executing "" at <index .Name 1>: error calling index: can\'t index item of type string',
    });
  });

  it('derives headers from field names', () => {
    expect(['CurrentState', 'ID', 'Name', 'IPv4Address'].map(defaultHeader)).toEqual([
      'CURRENT STATE', 'ID', 'NAME', 'IPV4 ADDRESS',
    ]);
  });
});
