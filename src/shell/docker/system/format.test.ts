import { describe, expect, test } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const dir = `${__dirname}/testdata`;
const profiles = [['29', 'three-node'], ['17.10', 'seed-2017']] as const;

describe.each(profiles)('docker version / info --format (profile %s)', (profile, scenario) => {
  test('the template runs over the API data; parse errors exit 64, execution errors 1', () => {
    const h = harness(scenario).onNode('default');
    h.run('docker run -d --name web nginx');
    const out = h.run([
      "docker version --format '{{.Server.Version}}'",
      "docker version -f '{{.Client.Version}} {{.Client.APIVersion}}/{{.Server.Os}}'",
      "docker version --format '{{json .Server.Version}} {{.Server.Experimental}}'",
      "docker version --format '{{.Server.Version'",
      "docker version --format '{{printf \"%d\" .Client.Version}}'",
      "docker version --format '{{index .Server.Components 9}}'",
      'echo $?',
      "docker info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}} {{.Swarm.NodeAddr}}'",
      "docker info --format '{{.ServerVersion}} {{.Containers}} {{.ContainersRunning}} {{.Name}} {{.NCPU}} {{.Driver}}'",
      "docker info -f '{{range .Swarm.RemoteManagers}}{{.Addr}}{{end}} {{.Swarm.Managers}} {{.Swarm.Nodes}}'",
      "docker info --format '{{.Nope'",
      'echo $?',
      'exit',
      'docker-machine ssh default-2',
      "docker info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}} {{len .Swarm.RemoteManagers}}'",
    ].join('\n'));
    expect(out).toBe(golden(`${dir}/format-${profile}.golden`, out));
  });
});
