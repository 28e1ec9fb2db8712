import { findContainer, ingressNetwork } from '../sim/lookup';
import { mtuOf } from '../sim/query/containerInterfaces';
import { hasPackage } from './checks/containers';
import { ipAddress, largestWrapped, outerSourcePort, pingEncapAtCursor, pingEspAtCursor } from './checks/encapFacts';
import { crossedWithVni } from './checks/traceFacts';
import { byAddress, overlayNamed, runningTasksOn } from './checks/worldFacts';
import type { Facts, Lesson, LessonView, Step } from './lesson';
import { vxlanMicroscopeEn } from './vxlanMicroscope.en';
import { vxlanMicroscopeKo } from './vxlanMicroscope.ko';

const vni = (v: LessonView) => overlayNamed(v.world, 'vxnet')?.vni ?? 0;
const mtu = (v: LessonView, net: string) => { const n = overlayNamed(v.world, net); return n ? mtuOf(n) : 0; };
/** The address of a service's task on default-2: the far end of every ping in this lesson. */
const farTask = (v: LessonView, svc: string, net: string) => runningTasksOn(v.world, svc, net).find((t) => t.machine === 'default-2')?.ip ?? '';
const ip = (v: LessonView) => farTask(v, 'web', 'vxnet');
const encap = (v: LessonView) => pingEncapAtCursor(v, vni(v));
const onEncap = (v: LessonView) => vni(v) > 0 && encap(v) !== null;
const installed = (v: LessonView, box: string) => hasPackage(findContainer(v.world, 'default', box) ?? undefined, 'iputils-ping');

/** What the stepper shows at the VXLAN hop: outer and inner addresses, the VNI, the outer source port, the sizes. */
function encapFacts(v: LessonView): Facts {
  const hop = encap(v);
  if (!hop) return {};
  return {
    vni: Number(hop.why.params.vni), src: String(hop.why.params.src), dst: String(hop.why.params.dst),
    innerSrc: ipAddress(hop.before, 12), innerDst: ipAddress(hop.before, 16), sport: outerSourcePort(hop.after),
    before: hop.before.length, after: hop.after.length, grow: hop.after.length - hop.before.length,
    port: v.world.swarm?.dataPathPort ?? 4789,
  };
}

/** A question about one header, asked while the stepper stands on the VXLAN hop of the learner's ping. */
const atEncap = (id: string, choices: (v: LessonView) => readonly string[], answer: (v: LessonView) => string): Step => ({
  id, check: onEncap, quiz: { literal: true, choices, answer }, facts: encapFacts,
});

/** Lesson 7: the VXLAN hop of the learner's own ping, header by header; MTU 1450, don't-fragment, encrypted overlays. */
export const vxlanMicroscope: Lesson = {
  id: 'vxlan-microscope',
  scenario: 'three-node',
  texts: { en: vxlanMicroscopeEn, ko: vxlanMicroscopeKo },
  steps: [
    {
      id: 'network',
      commands: [
        'docker-machine ssh default',
        'docker network create -d overlay --attachable vxnet',
        'docker service create -d --name web --replicas 3 --network vxnet traefik/whoami',
      ],
      check: (v) => runningTasksOn(v.world, 'web', 'vxnet').length === 3,
    },
    {
      id: 'box',
      commands: ['docker run -dit --name box --network vxnet ubuntu', 'docker exec -it box bash', 'apt-get update && apt-get install -y iputils-ping'],
      check: (v) => installed(v, 'box'),
    },
    {
      id: 'ping',
      commands: ['ping -c 1 {ip}'],
      check: (v) => vni(v) > 0 && crossedWithVni(v, vni(v)),
      facts: (v) => ({ ip: ip(v) }),
    },
    atEncap('outer', (v) => [...new Set([encapFacts(v).innerDst, ...v.world.machines.map((m) => m.ip)])].filter((a) => a !== undefined).map(String).sort(byAddress), (v) => String(encapFacts(v).dst ?? '')),
    atEncap('udp', () => ['2377', '4789', '7946'], (v) => String(encapFacts(v).port ?? '')),
    atEncap('vni', (v) => [String(vni(v)), String(ingressNetwork(v.world)?.vni ?? 4096), '4789'].sort(), (v) => String(encapFacts(v).vni ?? '')),
    atEncap('bytes', () => ['8', '28', '50', '64'], (v) => String(encapFacts(v).grow ?? '')),
    {
      id: 'mtu',
      commands: ['ping -c 1 -M do -s {over} {ip}', 'ping -c 1 -M do -s {fits} {ip}'],
      check: (v) => vni(v) > 0 && largestWrapped(v, vni(v)) === mtu(v, 'vxnet'),
      quiz: { literal: true, choices: (v) => [String(mtu(v, 'vxnet') - 28), String(mtu(v, 'vxnet')), '1472'], answer: (v) => String(mtu(v, 'vxnet') - 28) },
      facts: (v) => ({ ip: ip(v), mtu: mtu(v, 'vxnet'), fits: mtu(v, 'vxnet') - 28, over: mtu(v, 'vxnet') - 27 }),
    },
    {
      id: 'secnet',
      commands: [
        'exit',
        'docker network create -d overlay --attachable --opt encrypted secnet',
        'docker service create -d --name sec --replicas 3 --network secnet traefik/whoami',
        'docker run -dit --name sbox --network secnet ubuntu',
        'docker exec -it sbox bash',
        'apt-get update && apt-get install -y iputils-ping',
      ],
      check: (v) => runningTasksOn(v.world, 'sec', 'secnet').length === 3 && installed(v, 'sbox'),
    },
    {
      id: 'esp',
      commands: ['ping -c 1 {ip}'],
      check: (v) => pingEspAtCursor(v) !== null,
      quiz: { literal: true, choices: () => ['1424', '1450', '1500'], answer: (v) => String(mtu(v, 'secnet')) },
      facts: (v) => {
        const hop = pingEspAtCursor(v);
        return { ip: farTask(v, 'sec', 'secnet'), mtu: mtu(v, 'secnet'), spi: hop ? String(hop.why.params.spi) : '', grow: hop ? hop.after.length - hop.before.length : '' };
      },
    },
  ],
};
