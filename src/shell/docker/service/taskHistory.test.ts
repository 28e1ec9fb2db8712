import { describe, expect, test } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const dir = `${__dirname}/testdata`;
const profiles = [['29', 'three-node'], ['17.10', 'seed-2017']] as const;

describe.each(profiles)('task history rows (profile %s)', (profile, scenario) => {
  test('each row shows the image its task was created with; rejected rows are desired Shutdown', () => {
    const h = harness(scenario).onNode('default');
    const out = h.run([
      'docker service create -d --name web --replicas 2 nginx:1.24',
      'docker service update -d --image nginx:1.25 web',
      '@wait 10s',
      'docker service ps web',
      'docker service ps --no-trunc --format "{{.Name}} {{.Image}} {{.DesiredState}}" web',
      'docker service create -d --name bad nosuchimage',
      '@wait 6s',
      'docker service ps bad',
    ].join('\n'));
    expect(out).toBe(golden(`${dir}/task-history-${profile}.golden`, out));
    const rows = out.split('\n').filter((l) => l.includes(' \\_ web.'));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatch(/ nginx:1\.24 /);
    const rejected = out.split('\n').filter((l) => l.includes(' Rejected '));
    expect(rejected.length).toBeGreaterThan(0);
    for (const r of rejected) expect(r).toMatch(/ Shutdown +Rejected /);
  });
});
