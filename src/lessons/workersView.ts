import { findService, networksVisibleOn } from '../sim/lookup';
import { addressOn, runningContainer } from './checks/egressFacts';
import { crossedWithVni, dnsAnswered } from './checks/traceFacts';
import { byAddress, overlayNamed, runningTasksOn } from './checks/worldFacts';
import type { Lesson, LessonView } from './lesson';
import { workersViewEn } from './workersView.en';
import { workersViewKo } from './workersView.ko';

const WORKER = 'default-3';
const lists = (v: LessonView, net: string) => networksVisibleOn(v.world, WORKER).some((n) => n.name === net);
const tool = (v: LessonView) => runningContainer(v.world, 'tool');
const probe = (v: LessonView) => runningContainer(v.world, 'probe');
const toolIp = (v: LessonView) => addressOn(v.world, tool(v), 'toolnet');
const apiTasks = (v: LessonView) => runningTasksOn(v.world, 'api', 'backnet');
const toolnetVni = (v: LessonView) => overlayNamed(v.world, 'toolnet')?.vni ?? 0;
const backnet = (v: LessonView) => overlayNamed(v.world, 'backnet');

/** Lesson 5: what a worker knows of overlay networks: lazily, through tasks; attachable networks and standalone containers. */
export const workersView: Lesson = {
  id: 'workers-view',
  scenario: 'three-node',
  texts: { en: workersViewEn, ko: workersViewKo },
  steps: [
    {
      id: 'networks',
      commands: ['docker-machine ssh default', 'docker network create -d overlay backnet', 'docker network create -d overlay --attachable toolnet', 'docker network ls'],
      check: (v) => backnet(v)?.attachable === false && overlayNamed(v.world, 'toolnet')?.attachable === true,
    },
    {
      id: 'worker',
      commands: ['exit', `docker-machine ssh ${WORKER}`, 'docker network ls'],
      quiz: {
        choices: () => ['both', 'backnet', 'toolnet', 'none'],
        answer: (v) => (lists(v, 'backnet') ? (lists(v, 'toolnet') ? 'both' : 'backnet') : lists(v, 'toolnet') ? 'toolnet' : 'none'),
      },
      facts: () => ({ worker: WORKER }),
    },
    {
      id: 'task',
      commands: ['exit', 'docker-machine ssh default', `docker service create -d --name api --replicas 1 --constraint node.hostname==${WORKER} --network backnet nginx`, 'exit', `docker-machine ssh ${WORKER}`, 'docker network ls'],
      check: (v) => apiTasks(v).some((t) => t.machine === WORKER) && lists(v, 'backnet'),
      facts: (v) => ({ worker: WORKER, ip: apiTasks(v)[0]?.ip ?? '' }),
    },
    {
      id: 'gone',
      commands: ['exit', 'docker-machine ssh default', 'docker service scale api=0', 'exit', `docker-machine ssh ${WORKER}`, 'docker network ls'],
      check: (v) => findService(v.world, 'api') !== null && apiTasks(v).length === 0 && backnet(v) !== undefined,
      quiz: {
        choices: () => ['yes', 'no'],
        answer: (v) => (lists(v, 'backnet') ? 'yes' : 'no'),
      },
      facts: () => ({ worker: WORKER }),
    },
    {
      id: 'refused',
      commands: ['docker run -dit --network backnet alpine', 'docker ps -a'],
      quiz: {
        choices: () => ['attachable', 'worker', 'missing'],
        answer: (v) => (backnet(v)?.attachable === false ? 'attachable' : 'missing'),
      },
      facts: () => ({ worker: WORKER }),
    },
    {
      id: 'attach',
      commands: ['docker run -dit --name tool --network toolnet alpine', 'docker network ls'],
      check: (v) => tool(v)?.machine === WORKER && toolIp(v) !== '' && lists(v, 'toolnet'),
      facts: (v) => ({ worker: WORKER, ip: toolIp(v) }),
    },
    {
      id: 'reach',
      commands: ['exit', 'docker-machine ssh default', 'docker run -dit --name probe --network toolnet alpine', 'docker exec -it probe sh', 'ping -c 2 tool'],
      check: (v) => toolIp(v) !== '' && dnsAnswered(v, 'tool', toolIp(v)) && toolnetVni(v) > 0 && crossedWithVni(v, toolnetVni(v)),
      quiz: {
        literal: true,
        choices: (v) => [toolIp(v), addressOn(v.world, probe(v), 'toolnet'), overlayNamed(v.world, 'toolnet')?.ipam?.gateway ?? ''].filter((ip) => ip !== '').sort(byAddress),
        answer: toolIp,
      },
      facts: (v) => ({ worker: WORKER, ip: toolIp(v), probe: addressOn(v.world, probe(v), 'toolnet'), vni: toolnetVni(v) }),
    },
  ],
};
