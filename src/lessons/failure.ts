import { answeredExactly } from './checks/dnsAnswers';
import { availabilityOf, isDown, slotsReplacedFrom } from './checks/nodeFacts';
import { ipvsPicks } from './checks/traceFacts';
import { byAddress, runningTasksOn, vipOf } from './checks/worldFacts';
import { failureEn } from './failure.en';
import { failureKo } from './failure.ko';
import type { Lesson, LessonView } from './lesson';

const MACHINES = ['default', 'default-2', 'default-3'];
const tasks = (v: LessonView) => runningTasksOn(v.world, 'web', 'appnet');
const ips = (v: LessonView) => tasks(v).map((t) => t.ip).sort(byAddress);
const on = (v: LessonView, machine: string) => tasks(v).filter((t) => t.machine === machine);
const lastPicks = (v: LessonView) => ipvsPicks(v).slice(-3);
/** Where the task of a slot that left `machine` runs now, and its new address. */
const moved = (v: LessonView, machine: string) => {
  const slot = slotsReplacedFrom(v.world, 'web', machine)[0];
  const now = tasks(v).find((t) => t.slot === slot);
  return { slot: slot ?? '', node: now?.machine ?? '', ip: now?.ip ?? '' };
};

/** Lesson 6: drain a node, stop a node; tasks move, and DNS and IPVS follow the tasks that run. */
export const failure: Lesson = {
  id: 'failure',
  scenario: 'three-node',
  texts: { en: failureEn, ko: failureKo },
  steps: [
    {
      id: 'spread',
      commands: [
        'docker-machine ssh default',
        'docker network create -d overlay --attachable appnet',
        'docker service create -d --name web --replicas 3 --network appnet traefik/whoami',
        'docker service ps web',
      ],
      check: (v) => tasks(v).length === 3 && new Set(tasks(v).map((t) => t.machine)).size === 3,
    },
    {
      id: 'drain',
      commands: ['docker node update --availability drain default-3', 'docker service ps web', 'docker node ls'],
      check: (v) => availabilityOf(v.world, 'default-3') === 'drain' && tasks(v).length === 3 && on(v, 'default-3').length === 0,
      quiz: { choices: () => ['moved', 'replaced', 'removed'], answer: () => 'replaced' },
      facts: (v) => moved(v, 'default-3'),
    },
    {
      id: 'names',
      commands: ['docker run -dit --name box --network appnet alpine', 'docker exec -it box sh', 'nslookup tasks.web'],
      check: (v) => tasks(v).length === 3 && answeredExactly(v, 'tasks.web', ips(v)),
      facts: (v) => ({ ips: ips(v).join(', '), ip: moved(v, 'default-3').ip }),
    },
    {
      id: 'stop',
      commands: ['exit', 'exit', 'docker-machine stop default-2', 'docker-machine ssh default', 'docker node ls', 'docker service ps web'],
      check: (v) => isDown(v.world, 'default-2') && tasks(v).length === 3 && on(v, 'default-2').length === 0,
      quiz: { choices: () => ['last', 'alive', 'restarting'], answer: () => 'last' },
      facts: (v) => moved(v, 'default-2'),
    },
    {
      id: 'balance',
      commands: ['docker exec -it box sh', 'wget -qO- web', 'wget -qO- web', 'wget -qO- web'],
      check: (v) => lastPicks(v).length === 3 && new Set(lastPicks(v)).size === 3 && lastPicks(v).every((ip) => ips(v).includes(ip)),
      quiz: {
        literal: true,
        choices: () => MACHINES,
        answer: (v) => tasks(v).find((t) => t.ip === lastPicks(v)[2])?.machine ?? '',
      },
      facts: (v) => ({ order: lastPicks(v).join(' → '), vip: vipOf(v.world, 'web', 'appnet'), node: tasks(v).find((t) => t.ip === lastPicks(v)[2])?.machine ?? '' }),
    },
    {
      id: 'back',
      commands: ['exit', 'docker node update --availability active default-3', 'docker service ps web'],
      check: (v) => availabilityOf(v.world, 'default-3') === 'active' && slotsReplacedFrom(v.world, 'web', 'default-3').length > 0,
      quiz: { literal: true, choices: () => ['0', '1', '2', '3'], answer: (v) => String(on(v, 'default-3').length) },
      facts: (v) => ({ n: on(v, 'default-3').length }),
    },
    {
      id: 'force',
      commands: ['docker service update -d --force web', 'docker service ps web'],
      check: (v) => isDown(v.world, 'default-2') && slotsReplacedFrom(v.world, 'web', 'default-3').length > 0 && tasks(v).length === 3 && on(v, 'default-3').length > 0,
      facts: (v) => ({ n: on(v, 'default-3').length }),
    },
  ],
};
