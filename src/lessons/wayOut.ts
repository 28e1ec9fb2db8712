import { UPSTREAM_RESOLVER } from '../sim/dns/internet';
import { gwbridgeOf } from '../sim/lookup';
import { addressOn, dnsRcodeFor, gwbridgeGateway, interfacesOf, masqueradedFrom, runningContainer } from './checks/egressFacts';
import { hopAtCursor } from './checks/traceFacts';
import { byAddress, overlayNamed } from './checks/worldFacts';
import type { Lesson, LessonView } from './lesson';
import { wayOutEn } from './wayOut.en';
import { wayOutKo } from './wayOut.ko';

const out = (v: LessonView) => runningContainer(v.world, 'out');
const locked = (v: LessonView) => runningContainer(v.world, 'locked');
const node = (v: LessonView) => out(v)?.machine ?? '';
const gwIp = (v: LessonView) => addressOn(v.world, out(v), 'docker_gwbridge');
const overlayIp = (v: LessonView) => addressOn(v.world, out(v), 'appnet');
const gateway = (v: LessonView) => gwbridgeGateway(v.world, node(v));
const nodeIp = (v: LessonView) => v.world.machines.find((m) => m.name === node(v))?.ip ?? '';
const sboxGwIp = (v: LessonView) => {
  const bridge = gwbridgeOf(v.world, node(v));
  return Object.values(v.world.endpoints).find((e) => e.network === bridge?.id && e.owner.kind === 'ingress-sbox')?.ip ?? '';
};
const masqueradeAtCursor = (v: LessonView) => {
  const hop = hopAtCursor(v);
  return hop?.action === 'masquerade' && gwIp(v) !== '' && hop.why.params.src === gwIp(v) ? hop : null;
};
const hasNoWayOut = (v: LessonView) => {
  const ifs = interfacesOf(v.world, locked(v));
  return ifs.length > 0 && ifs.every((i) => i.network.internal) && !ifs.some((i) => i.network.name === 'docker_gwbridge');
};

/** Lesson 4: how a container reaches the outside (docker_gwbridge, masquerade), and an --internal network that cannot. */
export const wayOut: Lesson = {
  id: 'way-out',
  scenario: 'three-node',
  texts: { en: wayOutEn, ko: wayOutKo },
  steps: [
    {
      id: 'gwbridge',
      commands: ['docker-machine ssh default', 'docker network create -d overlay --attachable appnet', 'docker run -dit --name out --network appnet alpine', 'docker network inspect docker_gwbridge'],
      check: (v) => overlayIp(v) !== '' && gwIp(v) !== '',
      quiz: {
        literal: true,
        choices: (v) => [overlayIp(v), gwIp(v), gateway(v), sboxGwIp(v)].filter((ip) => ip !== '').sort(byAddress),
        answer: gwIp,
      },
      facts: (v) => ({ ip: gwIp(v), overlay: overlayIp(v), gateway: gateway(v), sbox: sboxGwIp(v), node: node(v) }),
    },
    {
      id: 'route',
      commands: ['docker exec -it out sh', 'ip route'],
      quiz: {
        literal: true,
        choices: (v) => [gateway(v), overlayNamed(v.world, 'appnet')?.ipam?.gateway ?? '', nodeIp(v)].filter((ip) => ip !== '').sort(byAddress),
        answer: gateway,
      },
      facts: (v) => ({ gateway: gateway(v), iface: `eth${interfacesOf(v.world, out(v)).findIndex((i) => i.network.name === 'docker_gwbridge')}`, overlayGw: overlayNamed(v.world, 'appnet')?.ipam?.gateway ?? '' }),
    },
    {
      id: 'ping',
      commands: ['ping -c 2 8.8.8.8'],
      check: (v) => masqueradedFrom(v, gwIp(v)),
    },
    {
      id: 'masquerade',
      check: (v) => masqueradeAtCursor(v) !== null,
      quiz: {
        literal: true,
        choices: (v) => [gwIp(v), overlayIp(v), nodeIp(v)].filter((ip) => ip !== '').sort(byAddress),
        answer: (v) => String(masqueradeAtCursor(v)?.why.params.to ?? ''),
      },
      facts: (v) => ({ src: gwIp(v), to: String(masqueradeAtCursor(v)?.why.params.to ?? ''), node: node(v), subnet: gwbridgeOf(v.world, node(v))?.ipam?.subnet ?? '' }),
    },
    {
      id: 'internal',
      commands: ['exit', 'docker network create -d overlay --attachable --internal secret', 'docker run -dit --name locked --network secret alpine', 'docker exec -it locked sh', 'ip route', 'ping -c 2 8.8.8.8'],
      check: hasNoWayOut,
      quiz: {
        choices: () => ['route', 'firewall', 'dns'],
        answer: (v) => (hasNoWayOut(v) ? 'route' : 'firewall'),
      },
      facts: (v) => ({ ip: addressOn(v.world, locked(v), 'secret'), subnet: overlayNamed(v.world, 'secret')?.ipam?.subnet ?? '' }),
    },
    {
      id: 'names',
      commands: ['wget -qO- example.com', 'nslookup example.com'],
      check: (v) => { const r = dnsRcodeFor(v, locked(v), 'example.com'); return r !== '' && r !== 'NOERROR'; },
      quiz: {
        literal: true,
        choices: () => ['NOERROR', 'NXDOMAIN', 'SERVFAIL'],
        answer: (v) => dnsRcodeFor(v, locked(v), 'example.com'),
      },
      facts: (v) => ({ rcode: dnsRcodeFor(v, locked(v), 'example.com'), upstream: UPSTREAM_RESOLVER }),
    },
  ],
};
