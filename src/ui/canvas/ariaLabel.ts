import type { Translate } from '../../i18n/t';
import type { FlowNode } from './flowTypes';

/** What a screen reader says for a canvas element. */
export function ariaLabel(n: FlowNode, t: Translate): string {
  switch (n.type) {
    case 'host': {
      const d = n.data;
      const role = d.role === null ? t('role.none') : d.leader ? t('role.leader') : t(`role.${d.role}`);
      return t('canvas.host', { name: d.machine, role, status: t(`status.${d.status}`), address: d.address });
    }
    case 'member': {
      const d = n.data;
      if (d.kind === 'lb') return t('canvas.lb', { name: d.name, machine: d.machine });
      if (d.kind === 'sbox') return t('canvas.sbox', { machine: d.machine });
      return t('canvas.container', { name: d.name, image: d.image ?? '' });
    }
    case 'network':
      return t('canvas.network', { name: n.data.name, subnet: n.data.subnet ?? t('network.unallocated'), vni: n.data.vni ?? t('network.none') });
    case 'underlay':
      return t('canvas.underlay', { subnet: n.data.subnet });
    case 'overlayNs': {
      const d = n.data;
      return t(d.lens === 'overlay' ? 'canvas.ns' : 'canvas.vtep', { network: d.network, machine: d.machine, vni: d.vni ?? t('network.none') });
    }
    case 'outside':
      return n.data.kind === 'laptop' ? t('canvas.laptop', { address: n.data.address }) : t('canvas.internet');
    default:
      return '';
  }
}
