import { ingressNetwork } from '../sim/lookup';
import { LAPTOP } from '../sim/traffic/places';
import { ingressPickAtCursor, ingressSboxIp, machinesWithoutTask, meshAnsweredOn, publishedPort } from './checks/ingressFacts';
import { hopAtCursor } from './checks/traceFacts';
import { byAddress, runningTasksOn } from './checks/worldFacts';
import type { Lesson, LessonView } from './lesson';
import { routingMeshEn } from './routingMesh.en';
import { routingMeshKo } from './routingMesh.ko';

const tasks = (v: LessonView) => runningTasksOn(v.world, 'web', 'ingress');
const idle = (v: LessonView) => machinesWithoutTask(v.world, 'web')[0] ?? '';
const ipOf = (v: LessonView, machine: string) => v.world.machines.find((m) => m.name === machine)?.ip ?? '';
/** Node addresses to curl: the nodes with a task first, the one without last (so the stepper opens on it). */
const curlOrder = (v: LessonView) => [...v.world.machines].sort((a, b) => Number(a.name === idle(v)) - Number(b.name === idle(v)));
const ingressVni = (v: LessonView) => ingressNetwork(v.world)?.vni ?? 0;

/** Lesson 3: a published port answers on every node; the packet's way through ingress-sbox, IPVS and VXLAN 4096. */
export const routingMesh: Lesson = {
  id: 'routing-mesh',
  scenario: 'three-node',
  texts: { en: routingMeshEn, ko: routingMeshKo },
  steps: [
    {
      id: 'publish',
      commands: ['docker-machine ssh default', 'docker service create -d --name web --replicas 2 -p 8080:80 traefik/whoami', 'docker service ps web'],
      check: (v) => tasks(v).length === 2 && publishedPort(v.world, 'web') === 8080,
      quiz: {
        literal: true,
        choices: (v) => v.world.machines.map((m) => m.name),
        answer: idle,
      },
      facts: (v) => ({ idle: idle(v), busy: tasks(v).map((t) => t.machine).sort().join(', ') }),
    },
    {
      id: 'curl',
      commands: ['exit', 'curl {ip1}:8080', 'curl {ip2}:8080', 'curl {ip3}:8080'],
      check: (v) => v.world.machines.length > 0 && v.world.machines.every((m) => meshAnsweredOn(v, m.name)),
      quiz: {
        literal: true,
        choices: (v) => [LAPTOP.ip, ipOf(v, idle(v)), ingressSboxIp(v.world, idle(v)), ...tasks(v).map((t) => t.ip)].filter((ip) => ip !== '').sort(byAddress),
        answer: (v) => ingressSboxIp(v.world, idle(v)),
      },
      facts: (v) => {
        const [a, b, c] = curlOrder(v).map((m) => m.ip);
        return { ip1: a ?? '', ip2: b ?? '', ip3: c ?? '', idle: idle(v), idleIp: ipOf(v, idle(v)), sbox: ingressSboxIp(v.world, idle(v)), laptop: LAPTOP.ip };
      },
    },
    {
      id: 'ipvs',
      check: (v) => ingressPickAtCursor(v) !== null,
      quiz: {
        literal: true,
        choices: (v) => tasks(v).map((t) => t.ip).sort(byAddress),
        answer: (v) => String(ingressPickAtCursor(v)?.why.params.real ?? ''),
      },
      facts: (v) => {
        const hop = ingressPickAtCursor(v);
        const real = String(hop?.why.params.real ?? '');
        return { idle: idle(v), at: hop?.at.machine ?? '', vip: String(hop?.why.params.vip ?? ''), fwmark: String(hop?.why.params.fwmark ?? ''), real, node: tasks(v).find((t) => t.ip === real)?.machine ?? '' };
      },
    },
    {
      id: 'vxlan',
      check: (v) => { const h = hopAtCursor(v); return h?.action === 'vxlan-encap' && h.at.kind === 'overlay' && h.why.params.vni === ingressVni(v); },
      quiz: {
        literal: true,
        choices: (v) => [String(ingressVni(v)), String(v.world.swarm?.dataPathPort ?? ''), '8080'],
        answer: (v) => String(ingressVni(v)),
      },
      facts: (v) => ({ vni: ingressVni(v), port: v.world.swarm?.dataPathPort ?? '', from: hopAtCursor(v)?.at.machine ?? '', to: String(hopAtCursor(v)?.why.params.dst ?? '') }),
    },
  ],
};
