import { profiles } from '../../sim/profile';
import type { World } from '../../sim/world';
import { formatTable } from '../format/tabwriter';

/** `docker-machine ls` (tabwriter minwidth 5, padding 3); stopped machines show no URL and `Unknown` Docker. */
export function machineLs(world: World): string {
  const version = `v${profiles[world.profile].engineVersion}`;
  const rows = [['NAME', 'ACTIVE', 'DRIVER', 'STATE', 'URL', 'SWARM', 'DOCKER', 'ERRORS']];
  for (const m of [...world.machines].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const running = m.state === 'Running';
    rows.push([m.name, '-', 'virtualbox', m.state, running ? `tcp://${m.ip}:2376` : '', '', running ? version : 'Unknown', '']);
  }
  return formatTable(rows, { minWidth: 5, padding: 3, measure: 'runes' });
}
