import { dnsAnswered, ipvsPicks } from './checks/traceFacts';
import { byAddress, runningTasksOn, vipOf } from './checks/worldFacts';
import type { Lesson, LessonView } from './lesson';
import { vipDnsrrEn } from './vipDnsrr.en';
import { vipDnsrrKo } from './vipDnsrr.ko';

const ips = (v: LessonView, svc: string) => runningTasksOn(v.world, svc, 'appnet').map((t) => t.ip);
const vip = (v: LessonView) => vipOf(v.world, 'web', 'appnet');

/** Lesson 2: what `web`, `tasks.web` and a dnsrr service's name answer, and IPVS taking turns. */
export const vipDnsrr: Lesson = {
  id: 'vip-dnsrr',
  scenario: 'three-node',
  texts: { en: vipDnsrrEn, ko: vipDnsrrKo },
  steps: [
    {
      id: 'services',
      commands: [
        'docker-machine ssh default',
        'docker network create -d overlay --attachable appnet',
        'docker service create -d --name web --replicas 3 --network appnet traefik/whoami',
        'docker service create -d --name rr --endpoint-mode dnsrr --replicas 2 --network appnet traefik/whoami',
      ],
      check: (v) => ips(v, 'web').length === 3 && ips(v, 'rr').length === 2,
    },
    {
      id: 'vip',
      commands: ['docker run -dit --name box --network appnet alpine', 'docker exec -it box sh', 'nslookup web'],
      check: (v) => vip(v) !== '' && dnsAnswered(v, 'web', vip(v)),
      quiz: { literal: true, choices: (v) => [vip(v), ...ips(v, 'web')].sort(byAddress), answer: vip },
      facts: (v) => ({ vip: vip(v) }),
    },
    {
      id: 'tasks',
      commands: ['nslookup tasks.web'],
      check: (v) => ips(v, 'web').length > 0 && ips(v, 'web').every((ip) => dnsAnswered(v, 'tasks.web', ip)),
      quiz: { literal: true, choices: () => ['1', '2', '3'], answer: (v) => String(ips(v, 'web').length) },
      facts: (v) => ({ ips: ips(v, 'web').sort(byAddress).join(', '), vip: vip(v) }),
    },
    {
      id: 'dnsrr',
      commands: ['nslookup rr'],
      check: (v) => ips(v, 'rr').length > 0 && ips(v, 'rr').every((ip) => dnsAnswered(v, 'rr', ip)),
      quiz: { choices: () => ['vip', 'dnsrr', 'down'], answer: () => 'dnsrr' },
      facts: (v) => ({ ips: ips(v, 'rr').sort(byAddress).join(', ') }),
    },
    {
      id: 'turns',
      commands: ['wget -qO- web', 'wget -qO- web', 'wget -qO- web'],
      check: (v) => new Set(ipvsPicks(v).slice(-3)).size === 3,
      quiz: { literal: true, choices: (v) => ips(v, 'web').sort(byAddress), answer: (v) => ipvsPicks(v).slice(-3)[1] ?? '' },
      facts: (v) => ({ order: ipvsPicks(v).slice(-3).join(' → '), vip: vip(v) }),
    },
  ],
};
