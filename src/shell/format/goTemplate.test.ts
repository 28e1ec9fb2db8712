import { describe, expect, it } from 'vitest';
import { renderTemplate } from './goTemplate';
import type { GoValue } from './goValue';

const overnet = {
  Name: 'overnet',
  Id: 'fvyh0us5pkb50dd0qbk4z8537',
  Scope: 'swarm',
  IPAM: { Driver: 'default', Options: null, Config: [{ Subnet: '10.0.0.0/24', Gateway: '10.0.0.1' }] },
  Containers: {
    'overnet-sbox': { Name: 'overnet-endpoint', IPv4Address: '10.0.0.3/24' },
    '40c48c6eb4e5': { Name: 'myservice.1.7u0odxhvmqam2s6zcx722bfvx', IPv4Address: '10.0.0.6/24' },
  },
  Options: { 'com.docker.network.driver.overlay.vxlanid_list': '4098' },
  Labels: {},
  Peers: [{ Name: '99176f06426d', IP: '192.168.99.101' }, { Name: 'ac69cf321f95', IP: '192.168.99.102' }],
  Args: ['sleep', 'infinity'],
  Note: '<b>&</b>',
  Replicas: 3,
  Internal: false,
};

const render = (source: string, data: GoValue = overnet, missingKey: 'default' | 'error' = 'default'): string => {
  const result = renderTemplate(source, data, { missingKey });
  return result.ok ? result.text : `ERROR ${result.error}`;
};

describe('renderTemplate: fields and printing', () => {
  it('walks field chains and prints values like Go fmt', () => {
    expect(render('{{.Name}} {{.IPAM.Driver}} {{.Replicas}} {{.Internal}}')).toBe('overnet default 3 false');
    expect(render('{{.IPAM.Options}}|{{.Labels}}|{{.Args}}')).toBe('<nil>|map[]|[sleep infinity]');
    expect(render('{{.IPAM.Config}}')).toBe('[map[Gateway:10.0.0.1 Subnet:10.0.0.0/24]]');
    expect(render('{{.Options}}')).toBe('map[com.docker.network.driver.overlay.vxlanid_list:4098]');
  });

  it('prints <no value> for a missing key, or fails with missingkey=error as docker inspect does', () => {
    expect(render('a{{.Nope}}b{{.Nope.Deeper}}')).toBe('a<no value>b<no value>');
    expect(render('{{.Nope}}', overnet, 'error')).toBe(
      'ERROR template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"',
    );
    expect(render('x\n  {{.IPAM.Nope}}', overnet, 'error')).toBe(
      'ERROR template: :2:4: executing "" at <.IPAM.Nope>: map has no entry for key "Nope"',
    );
  });

  it('reports fields on nil and on non-maps in Go words', () => {
    expect(render('{{.IPAM.Options.Foo}}')).toBe(
      'ERROR template: :1:2: executing "" at <.IPAM.Options.Foo>: nil pointer evaluating interface {}.Foo',
    );
    expect(render('{{.Name.Foo}}')).toBe(
      'ERROR template: :1:2: executing "" at <.Name.Foo>: can\'t evaluate field Foo in type interface {}',
    );
    expect(render('{{.Foo}}', 'text')).toBe('ERROR template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type string');
  });
});

describe('renderTemplate: functions', () => {
  it('json is compact and, as in docker/cli, does not escape HTML', () => {
    expect(render('{{json .IPAM}}')).toBe(
      '{"Driver":"default","Options":null,"Config":[{"Subnet":"10.0.0.0/24","Gateway":"10.0.0.1"}]}',
    );
    expect(render('{{json .Note}} {{json .Labels}} {{json .Nope}}')).toBe('"<b>&</b>" {} null');
  });

  it('index, len, join, split, upper, lower, title, pad, truncate', () => {
    expect(render('{{index .Options "com.docker.network.driver.overlay.vxlanid_list"}}')).toBe('4098');
    expect(render('[{{index .Options "nope"}}] {{index .Args 1}} {{index .Peers 0 "IP"}}')).toBe('[] infinity 192.168.99.101');
    expect(render('{{len .Containers}} {{len .Args}} {{len .Name}} {{len "한"}}')).toBe('2 2 7 3');
    expect(render('{{join .Args ","}} {{split "a:b:c" ":"}} {{join (split "a:b" ":") "+"}}')).toBe('sleep,infinity [a b c] a+b');
    expect(render('{{upper .Name}} {{lower "ABC"}} {{title "hello big-world x_y"}}')).toBe('OVERNET abc Hello Big-World X_y');
    expect(render('[{{pad .Name 2 1}}][{{pad "" 2 1}}] {{truncate .Id 12}} {{truncate "ab" 5}}')).toBe(
      '[  overnet ][] fvyh0us5pkb5 ab',
    );
    expect(render('{{.Name | upper | printf "%-9s|"}}{{print 1 2 "a" 3}}{{println}}{{println "x" 1}}')).toBe(
      'OVERNET  |1 2a3\nx 1\n',
    );
    expect(render('{{if eq .Scope "swarm" "global"}}s{{end}}{{if and .Args (not .Internal)}}y{{end}}{{if gt .Replicas 2}}>{{end}}')).toBe('sy>');
  });

  it('reports function errors in Go words', () => {
    expect(render('{{index .Args 5}}')).toBe(
      'ERROR template: :1:2: executing "" at <index .Args 5>: error calling index: index out of range: 5',
    );
    expect(render('{{len .IPAM.Options}}')).toBe(
      'ERROR template: :1:2: executing "" at <len .IPAM.Options>: error calling len: len of nil pointer',
    );
    expect(render('{{join .Args}}')).toBe('ERROR template: :1:2: executing "" at <join>: wrong number of args for join: want 2 got 1');
    expect(render('{{upper .Replicas}}')).toBe(
      'ERROR template: :1:8: executing "" at <.Replicas>: wrong type for value; expected string; got int',
    );
    expect(render('{{index .Options "com.docker.network.driver.overlay.vxlanid_list" 1}}')).toBe(
      'ERROR template: :1:2: executing "" at <index .Options "com....>: error calling index: can\'t index item of type string',
    );
  });
});

describe('renderTemplate: control structures and variables', () => {
  it('ranges over slices and over maps in sorted key order', () => {
    expect(render('{{range .Peers}}{{.IP}} {{end}}')).toBe('192.168.99.101 192.168.99.102 ');
    expect(render('{{range $k, $v := .Containers}}{{$k}}={{$v.IPv4Address}};{{end}}')).toBe(
      '40c48c6eb4e5=10.0.0.6/24;overnet-sbox=10.0.0.3/24;',
    );
    expect(render('{{range $i, $a := .Args}}{{$i}}:{{$a}} {{end}}{{range $e := .Args}}{{$e}}{{end}}')).toBe('0:sleep 1:infinity sleepinfinity');
    expect(render('{{range .Labels}}x{{else}}none{{end}} {{range .IPAM.Options}}x{{else}}nil{{end}}')).toBe('none nil');
    expect(render('{{range .Peers}}{{$.Name}}/{{.Name}} {{end}}')).toBe('overnet/99176f06426d overnet/ac69cf321f95 ');
  });

  it('if/else if/else, with, variables and trim markers', () => {
    expect(render('{{if .Internal}}a{{else if .Labels}}b{{else}}c{{end}}')).toBe('c');
    expect(render('{{with .IPAM}}{{.Driver}}{{else}}none{{end}}{{with .Nope}}x{{else}}-{{end}}')).toBe('default-');
    expect(render('{{$n := .Name}}{{$n = upper $n}}{{$n}}')).toBe('OVERNET');
    expect(render('a  {{- .Name -}}  \n b {{/* note */}}c{{- /* x */ -}} d')).toBe('aovernetb cd');
    expect(render('{{`raw\\t`}}{{"q\\t\\u0041"}}')).toBe('raw\\tq\tA');
  });
});

describe('renderTemplate: parse errors', () => {
  it.each([
    ['{{.Name', 'template: :1: unclosed action'],
    ['{{foo .Name}}', 'template: :1: function "foo" not defined'],
    ['{{range .Args}}x', 'template: :1: unexpected EOF'],
    ['x\n{{end}}', 'template: :2: unexpected {{end}}'],
    ['{{if}}{{end}}', 'template: :1: missing value for if'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{nil}}', 'template: :1: nil is not a command'],
    ['{{.Name}', "template: :1: unrecognized character in action: U+007D '}'"],
  ])('%s', (source, error) => {
    expect(renderTemplate(source, overnet)).toEqual({ ok: false, error });
  });
});
