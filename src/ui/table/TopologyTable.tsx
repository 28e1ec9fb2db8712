import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectActions, selectWorld } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import { topologyRows } from './topologyRows';

const kindKey = { task: 'kind.task', container: 'kind.container', lb: 'kind.lb', sbox: 'kind.sbox' } as const;

/** The topology as real tables: the accessible alternative to the map. Names select the element for the inspector. */
export function TopologyTable() {
  const world = usePlayground(selectWorld);
  const { select } = usePlayground(useShallow(selectActions));
  const t = useT();
  const rows = useMemo(() => topologyRows(world), [world]);
  const name = (id: string, text: string) => (
    <button type="button" className="link" onClick={() => select(id)} aria-label={t('table.select', { name: text })}>{text}</button>
  );
  return (
    <div className="topology-table" data-testid="topology-table" role="region" aria-label={t('table.title')} tabIndex={0}>
      <table data-testid="table-nodes">
        <caption>{t('table.nodes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inspector.hostname')}</th>
            <th scope="col">{t('inspector.role')}</th>
            <th scope="col">{t('inspector.status')}</th>
            <th scope="col">{t('inspector.availability')}</th>
            <th scope="col">{t('inspector.underlay')}</th>
            <th scope="col">docker_gwbridge</th>
          </tr>
        </thead>
        <tbody>
          {rows.nodes.map(({ id, data: d }) => (
            <tr key={id}>
              <th scope="row">{name(id, d.machine)}</th>
              <td>{d.role === null ? t('role.none') : d.leader ? t('role.leader') : t(`role.${d.role}`)}</td>
              <td>{t(`status.${d.status}`)}</td>
              <td>{d.availability ? t(`availability.${d.availability}`) : t('network.none')}</td>
              <td className="mono">{d.address}</td>
              <td className="mono">{d.gwbridge ?? t('network.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table data-testid="table-members">
        <caption>{t('table.members')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('inspector.image')}</th>
            <th scope="col">{t('inspector.machine')}</th>
            <th scope="col">{t('table.addresses')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.members.map(({ id, data: d }) => (
            <tr key={id} data-testid={`row-${d.name}`}>
              <th scope="row">{name(id, d.name)}</th>
              <td>{t(kindKey[d.kind])}{d.running ? '' : ` (${t('status.exited')})`}</td>
              <td className="mono">{d.image ?? t('network.none')}</td>
              <td>{d.machine}</td>
              <td>
                <ul>
                  {d.addresses.map((a) => <li key={`${a.network}-${a.ip}`}>{a.ip} <span className="muted">{a.network}</span></li>)}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table data-testid="table-networks">
        <caption>{t('table.networks')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('inspector.driver')}</th>
            <th scope="col">{t('inspector.scope')}</th>
            <th scope="col">{t('inspector.machine')}</th>
            <th scope="col">{t('inspector.subnet')}</th>
            <th scope="col">{t('inspector.vni')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.networks.map((n) => (
            <tr key={`${n.id}`}>
              <th scope="row">{name(n.id, n.name)}</th>
              <td>{n.driver}</td>
              <td>{n.scope}</td>
              <td>{n.machine ?? t('network.none')}</td>
              <td className="mono">{n.subnet ?? t('network.unallocated')}</td>
              <td className="mono">{n.vni ?? t('network.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
