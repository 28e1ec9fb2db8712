import { hostInterfaces } from '../../../sim/query/hostInterfaces';
import type { World } from '../../../sim/world';
import type { Chain, Rule, Table } from './rule';

/** Ingress-published ports of every service, newest service first (the engine inserts each at the top). */
function ingressPorts(w: World): { published: number; protocol: 'tcp' | 'udp' }[] {
  return Object.values(w.services)
    .sort((a, b) => b.createdAt - a.createdAt)
    .flatMap((s) => s.spec.ports.filter((p) => p.mode === 'ingress'));
}

const bridges = (w: World, machine: string): string[] =>
  hostInterfaces(w, machine).map((i) => i.name).filter((n) => n === 'docker0' || n === 'docker_gwbridge');

const bridgeSubnet = (w: World, machine: string, name: string): string => {
  const i = hostInterfaces(w, machine).find((x) => x.name === name);
  const [ip = '', len = ''] = (i?.cidr ?? '').split('/');
  const o = ip.split('.');
  return Number(len) === 16 ? `${o[0]}.${o[1]}.0.0/16` : (i?.cidr ?? '');
};

const ret: Rule = { target: 'RETURN', prot: 'all', spec: '-j RETURN' };

/**
 * The host's nat table as the engine programs it (libnetwork: bridge driver, controller's ingress
 * programming; moby docs "iptables: swarm"). Gateway bridges newest first, as they were inserted.
 */
export function hostNat(w: World, machine: string): Table {
  const br = bridges(w, machine).reverse();
  const swarm = br.includes('docker_gwbridge');
  const local = { target: '', prot: 'all' as const, extra: 'ADDRTYPE match dst-type LOCAL' };
  const pre: Rule[] = [
    ...(swarm ? [{ ...local, target: 'DOCKER-INGRESS', spec: '-m addrtype --dst-type LOCAL -j DOCKER-INGRESS' }] : []),
    { ...local, target: 'DOCKER', spec: '-m addrtype --dst-type LOCAL -j DOCKER' },
  ];
  const out: Rule[] = [
    ...(swarm ? [{ ...local, target: 'DOCKER-INGRESS', spec: '-m addrtype --dst-type LOCAL -j DOCKER-INGRESS' }] : []),
    { ...local, target: 'DOCKER', dst: '!127.0.0.0/8', spec: '! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER' },
  ];
  const post: Rule[] = [
    ...(swarm ? [{ target: 'MASQUERADE', prot: 'all' as const, out: 'docker_gwbridge', extra: 'ADDRTYPE match src-type LOCAL', spec: '-o docker_gwbridge -m addrtype --src-type LOCAL -j MASQUERADE' }] : []),
    ...br.map((b): Rule => {
      const net = bridgeSubnet(w, machine, b);
      return { target: 'MASQUERADE', prot: 'all', out: `!${b}`, src: net, spec: `-s ${net} ! -o ${b} -j MASQUERADE` };
    }),
  ];
  const chains: Chain[] = [
    { name: 'PREROUTING', policy: 'ACCEPT', rules: pre },
    { name: 'INPUT', policy: 'ACCEPT', rules: [] },
    { name: 'OUTPUT', policy: 'ACCEPT', rules: out },
    { name: 'POSTROUTING', policy: 'ACCEPT', rules: post },
    { name: 'DOCKER', rules: br.map((b) => ({ target: 'RETURN', prot: 'all', in: b, spec: `-i ${b} -j RETURN` })) },
  ];
  if (swarm) {
    const dnat = ingressPorts(w).map((p): Rule => ({
      target: 'DNAT',
      prot: p.protocol,
      extra: `${p.protocol} dpt:${p.published} to:172.18.0.2:${p.published}`,
      spec: `-p ${p.protocol} -m ${p.protocol} --dport ${p.published} -j DNAT --to-destination 172.18.0.2:${p.published}`,
    }));
    chains.push({ name: 'DOCKER-INGRESS', rules: [...dnat, ret] });
  }
  return chains;
}

/** The host's filter table: 29 (moby 28+ rules, ipset of bridges) or 17.10 (DOCKER-ISOLATION, FORWARD policy DROP). */
export function hostFilter(w: World, machine: string): Table {
  const br = bridges(w, machine);
  const swarm = br.includes('docker_gwbridge');
  const is29 = w.profile === '29';
  const rule = (target: string, spec: string, more: Partial<Rule> = {}): Rule => ({ target, prot: 'all', spec, ...more });
  const ingress = swarm
    ? ingressPorts(w).flatMap((p): Rule[] => [
        { target: 'ACCEPT', prot: p.protocol, extra: `${p.protocol} dpt:${p.published}`, spec: `-p ${p.protocol} -m ${p.protocol} --dport ${p.published} -j ACCEPT` },
        is29
          ? { target: 'ACCEPT', prot: p.protocol, extra: `${p.protocol} spt:${p.published} ctstate RELATED,ESTABLISHED`, spec: `-p ${p.protocol} -m ${p.protocol} --sport ${p.published} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT` }
          : { target: 'ACCEPT', prot: p.protocol, extra: `state RELATED,ESTABLISHED ${p.protocol} spt:${p.published}`, spec: `-p ${p.protocol} -m state --state RELATED,ESTABLISHED -m ${p.protocol} --sport ${p.published} -j ACCEPT` },
      ])
    : [];
  const user: Chain = { name: 'DOCKER-USER', rules: [ret] };
  const head = [rule('DOCKER-USER', '-j DOCKER-USER'), ...(swarm ? [rule('DOCKER-INGRESS', '-j DOCKER-INGRESS')] : [])];
  const tail: Chain[] = swarm ? [{ name: 'DOCKER-INGRESS', rules: [...ingress, ret] }] : [];
  if (is29) {
    const set = 'match-set docker-ext-bridges-v4 dst';
    const forward: Rule[] = [
      ...head,
      rule('ACCEPT', '-m set --match-set docker-ext-bridges-v4 dst -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', { extra: `${set} ctstate RELATED,ESTABLISHED` }),
      rule('DOCKER-ISOLATION-STAGE-1', '-j DOCKER-ISOLATION-STAGE-1'),
      rule('DOCKER', '-m set --match-set docker-ext-bridges-v4 dst -j DOCKER', { extra: set }),
      ...br.flatMap((b) =>
        b === 'docker0'
          ? [rule('ACCEPT', '-i docker0 -j ACCEPT', { in: 'docker0' })]
          : [rule('DROP', `-i ${b} -o ${b} -j DROP`, { in: b, out: b }), rule('ACCEPT', `-i ${b} ! -o ${b} -j ACCEPT`, { in: b, out: `!${b}` })],
      ),
    ];
    return [
      { name: 'INPUT', policy: 'ACCEPT', rules: [] },
      { name: 'FORWARD', policy: 'ACCEPT', rules: forward },
      { name: 'OUTPUT', policy: 'ACCEPT', rules: [] },
      { name: 'DOCKER', rules: br.map((b) => rule('DROP', `! -i ${b} -o ${b} -j DROP`, { in: `!${b}`, out: b })) },
      ...tail,
      { name: 'DOCKER-ISOLATION-STAGE-1', rules: br.map((b) => rule('DOCKER-ISOLATION-STAGE-2', `-i ${b} ! -o ${b} -j DOCKER-ISOLATION-STAGE-2`, { in: b, out: `!${b}` })) },
      { name: 'DOCKER-ISOLATION-STAGE-2', rules: [...br].reverse().map((b) => rule('DROP', `-o ${b} -j DROP`, { out: b })) },
      user,
    ];
  }
  const forward: Rule[] = [
    ...head,
    rule('DOCKER-ISOLATION', '-j DOCKER-ISOLATION'),
    ...br.flatMap((b) => [
      rule('ACCEPT', `-o ${b} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`, { out: b, extra: 'ctstate RELATED,ESTABLISHED' }),
      rule('DOCKER', `-o ${b} -j DOCKER`, { out: b }),
      rule('ACCEPT', `-i ${b} ! -o ${b} -j ACCEPT`, { in: b, out: `!${b}` }),
      b === 'docker0' ? rule('ACCEPT', '-i docker0 -o docker0 -j ACCEPT', { in: b, out: b }) : rule('DROP', `-i ${b} -o ${b} -j DROP`, { in: b, out: b }),
    ]),
  ];
  const pairs = br.length === 2 ? [rule('DROP', `-i ${br[0]} -o ${br[1]} -j DROP`, { in: br[0], out: br[1] }), rule('DROP', `-i ${br[1]} -o ${br[0]} -j DROP`, { in: br[1], out: br[0] })] : [];
  return [
    { name: 'INPUT', policy: 'ACCEPT', rules: [] },
    { name: 'FORWARD', policy: 'DROP', rules: forward },
    { name: 'OUTPUT', policy: 'ACCEPT', rules: [] },
    { name: 'DOCKER', rules: [] },
    ...tail,
    { name: 'DOCKER-ISOLATION', rules: [...pairs, ret] },
    user,
  ];
}

/** The host's mangle table: Docker adds nothing there (the marks live in ingress_sbox and the LB sandboxes). */
export function hostMangle(): Table {
  return ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'].map((name) => ({ name, policy: 'ACCEPT' as const, rules: [] }));
}
