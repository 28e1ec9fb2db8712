import { describe, expect, it } from 'vitest';
import { describeHop } from '../../i18n/en/hops';
import { builtinScenarios } from '../../scenario/builtins';
import { initialWorld } from '../../scenario/load';
import { replayLines } from '../../scenario/replay';
import { newSession } from '../../shell/session';
import { eventList } from '../stepper/eventList';
import { traceSvg } from './traceSvg';

describe('traceSvg', () => {
  it('draws one row per hop of a cross-node ping, its words escaped', () => {
    const { model } = replayLines(initialWorld(builtinScenarios['three-node']!), newSession(), [
      'docker-machine ssh default',
      'docker network create -d overlay --attachable pnet',
      'docker service create -d --name web --network pnet --replicas 3 nginx',
      'docker run -dit --name c1 --network pnet alpine',
      'docker exec -it c1 ping -c 1 web',
    ]);
    const events = eventList(model.world, model.traces, model.traces.length - 1);
    const svg = traceSvg('ping <web> & "more"', events, (e) => describeHop(e.why), 'trace of ping');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<text x="16" y="30" class="cmd">ping &lt;web&gt; &amp; &quot;more&quot;</text>');
    expect(svg.match(/<g[ >]/g)).toHaveLength(events.length);
    expect(svg).not.toMatch(/<(?!\/?(svg|style|rect|text|g)\b)/);
  });
});
