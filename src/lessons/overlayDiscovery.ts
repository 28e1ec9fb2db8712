import { networksVisibleOn } from '../sim/lookup';
import { hasPackage, taskContainerOn } from './checks/containers';
import { crossedWithVni, dnsAnswered } from './checks/traceFacts';
import { byAddress, overlayNamed, runningTasksOn, vipOf } from './checks/worldFacts';
import type { Lesson, LessonView } from './lesson';
import { overlayDiscoveryEn } from './overlayDiscovery.en';
import { overlayDiscoveryKo } from './overlayDiscovery.ko';

const vni = (v: LessonView) => overlayNamed(v.world, 'overnet')?.vni ?? 0;
const tasks = (v: LessonView) => runningTasksOn(v.world, 'myservice', 'overnet');
const onDefault2 = (v: LessonView) => tasks(v).find((t) => t.machine === 'default-2');

/** Lesson 1: the seed walkthrough (Docker 17.10): an overlay network, a service on it, and its name. */
export const overlayDiscovery: Lesson = {
  id: 'overlay-discovery',
  scenario: 'seed-2017',
  texts: { en: overlayDiscoveryEn, ko: overlayDiscoveryKo },
  steps: [
    {
      id: 'network',
      commands: ['docker-machine ssh default', 'docker network create -d overlay overnet', 'docker network inspect overnet'],
      check: (v) => overlayNamed(v.world, 'overnet') !== undefined,
      facts: (v) => ({ vni: vni(v) }),
    },
    {
      id: 'lazy',
      commands: ['exit', 'docker-machine ssh default-2', 'docker network ls'],
      quiz: {
        choices: () => ['yes', 'no'],
        answer: (v) => (networksVisibleOn(v.world, 'default-2').some((n) => n.name === 'overnet') ? 'yes' : 'no'),
      },
    },
    {
      id: 'service',
      commands: ['exit', 'docker-machine ssh default', 'docker service create --name myservice --network overnet --replicas 3 ubuntu sleep infinity', 'docker service ps myservice'],
      check: (v) => tasks(v).length === 3,
    },
    {
      id: 'address',
      commands: ['exit', 'docker-machine ssh default-2', 'docker network inspect overnet'],
      quiz: {
        literal: true,
        choices: (v) => [...tasks(v).map((t) => t.ip), vipOf(v.world, 'myservice', 'overnet')].filter((ip) => ip !== '').sort(byAddress),
        answer: (v) => onDefault2(v)?.ip ?? '',
      },
      facts: (v) => ({ ip: onDefault2(v)?.ip ?? '', slot: onDefault2(v)?.slot ?? '', vip: vipOf(v.world, 'myservice', 'overnet') }),
    },
    {
      id: 'exec',
      commands: ['exit', 'docker-machine ssh default', 'docker ps', 'docker exec -it $(docker ps -q -f name=myservice) /bin/bash', 'apt-get update && apt-get install iputils-ping'],
      check: (v) => hasPackage(taskContainerOn(v.world, 'myservice', 'default'), 'iputils-ping'),
      facts: (v) => ({ id: taskContainerOn(v.world, 'myservice', 'default')?.id.slice(0, 12) ?? '' }),
    },
    {
      id: 'ping',
      commands: ['ping -c 3 {ip}'],
      check: (v) => vni(v) > 0 && crossedWithVni(v, vni(v)),
      facts: (v) => ({ ip: onDefault2(v)?.ip ?? '' }),
    },
    {
      id: 'vni',
      quiz: {
        literal: true,
        choices: (v) => [String(vni(v)), '4789', '4096'],
        answer: (v) => String(vni(v)),
      },
      facts: (v) => ({ vni: vni(v), ip: onDefault2(v)?.ip ?? '' }),
    },
    {
      id: 'name',
      commands: ['cat /etc/resolv.conf', 'ping -c 2 myservice'],
      check: (v) => { const vip = vipOf(v.world, 'myservice', 'overnet'); return vip !== '' && dnsAnswered(v, 'myservice', vip); },
    },
    {
      id: 'vip',
      commands: ['exit', 'docker service inspect myservice'],
      quiz: { choices: () => ['task', 'vip', 'dns'], answer: () => 'vip' },
      facts: (v) => ({ vip: vipOf(v.world, 'myservice', 'overnet'), tasks: tasks(v).map((t) => t.ip).join(', ') }),
    },
  ],
};
