import { describe, expect, test } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const dir = `${__dirname}/testdata`;
const profiles = [['29', 'three-node'], ['17.10', 'seed-2017']] as const;
const deployLine = /--(update|rollback|restart|limit|reserve|placement-pref|stop-grace)/;

describe.each(profiles)('service deploy flags (profile %s)', (profile, scenario) => {
  test('help lines, values in inspect and --pretty, refused values', () => {
    const h = harness(scenario).onNode('default');
    const help = [h.out('docker service create --help'), h.out('docker service update --help')]
      .map((text) => text.split('\n').filter((l) => deployLine.test(l) || /^\s{20,}\S/.test(l)).join('\n'))
      .join('\n---\n');
    const out = h.run([
      'docker service create -d --name lim --limit-cpu 0.5 --limit-memory 512m --reserve-cpu .25 --reserve-memory 128M --placement-pref spread=node.labels.dc --restart-condition on-failure --restart-delay 3s --restart-max-attempts 4 --restart-window 1m --update-parallelism 2 --update-delay 1m30s --update-monitor 10s --update-failure-action rollback --update-max-failure-ratio 0.25 --update-order start-first --rollback-parallelism 0 --rollback-delay 2s --stop-grace-period 20s nginx',
      'docker service inspect --pretty lim',
      "docker service inspect -f '{{json .Spec.UpdateConfig}} {{json .Spec.RollbackConfig}}' lim",
      "docker service inspect -f '{{json .Spec.TaskTemplate.Resources}} {{json .Spec.TaskTemplate.Placement}} {{json .Spec.TaskTemplate.RestartPolicy}} {{.Spec.TaskTemplate.ContainerSpec.StopGracePeriod}}' lim",
      'docker service update -d --update-parallelism 1 --placement-pref-rm spread=node.labels.dc --placement-pref-add spread=node.labels.rack --limit-cpu 1 lim',
      "docker service inspect -f '{{.Spec.UpdateConfig.Parallelism}} {{json .Spec.TaskTemplate.Placement}} {{.Spec.TaskTemplate.Resources.Limits.NanoCPUs}}' lim",
      'docker service create --update-delay x nginx',
      'docker service create --limit-cpu lots nginx',
      'docker service create --limit-memory lots nginx',
      'docker service create --update-max-failure-ratio x nginx',
      'docker service create --restart-max-attempts -1 nginx',
      'docker service update --update-parallelism -1 lim',
    ].join('\n'));
    const all = `${help}\n===\n${out}`;
    expect(all).toBe(golden(`${dir}/deploy-flags-${profile}.golden`, all));
  });

  test('service update --image with --update-delay replaces one task at a time, 10 s apart', () => {
    const h = harness(scenario).onNode('default');
    const out = h.run([
      'docker service create --replicas 3 --name redis --update-delay 10s nginx:1.24',
      'docker service update --image nginx:1.25 redis',
      'docker service ps redis',
      'docker service create -d --replicas 4 --name pair --update-parallelism 2 --update-delay 20s busybox:1.35 sleep 1d',
      '@wait 5s',
      'docker service update -d --image busybox:1.36 pair',
      '@wait 1s',
      'docker service ps pair',
      '@wait 20s',
      'docker service ps pair',
      'docker service update -d --update-delay 5s pair',
      'docker service ps pair',
    ].join('\n'));
    expect(out).toBe(golden(`${dir}/rolling-update-${profile}.golden`, out));
    const rows = out.split('\n');
    const updated = rows.filter((r) => / redis\.\d +nginx:1\.25 /.test(r)).map((r) => Number(/Running (\d+) seconds ago/.exec(r)?.[1]));
    expect(updated.sort((a, b) => a - b)).toEqual([updated[0], updated[0]! + 10, updated[0]! + 20]);
  });
});
