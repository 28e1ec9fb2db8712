import type { Edge, Node } from '@xyflow/react';
import type { Availability, NodeRole } from '../../sim/world';

export type Lens = 'overlay' | 'underlay';

/** One address of a canvas element on a network. */
export type AddressChip = {
  readonly network: string;
  readonly ip: string;
  readonly colour: string;
};

export type HostData = {
  readonly machine: string;
  /** Underlay address with prefix, e.g. 192.168.99.100/24. */
  readonly address: string;
  /** null: the machine is not in a swarm. */
  readonly role: NodeRole | null;
  readonly leader: boolean;
  readonly status: 'ready' | 'down';
  readonly availability: Availability | null;
  /** This machine's docker_gwbridge gateway with prefix, e.g. 172.18.0.1/16; null before it exists. */
  readonly gwbridge: string | null;
};

export type MemberKind = 'task' | 'container' | 'lb' | 'sbox';

export type MemberData = {
  readonly kind: MemberKind;
  readonly name: string;
  readonly image: string | null;
  readonly machine: string;
  readonly running: boolean;
  readonly addresses: readonly AddressChip[];
};

export type NetworkData = {
  readonly name: string;
  readonly subnet: string | null;
  readonly vni: number | null;
  readonly colour: string;
  readonly encrypted: boolean;
  readonly ingress: boolean;
};

export type UnderlayData = { readonly subnet: string };

/** A machine's namespace for one overlay: br0 and vxlan0 (the VTEP, drawn as such in the underlay lens). */
export type OverlayNsData = {
  readonly machine: string;
  readonly network: string;
  readonly vni: number | null;
  readonly colour: string;
  readonly lens: Lens;
};

/** Outside the swarm: the laptop (where a curl to a published port starts) or the internet. */
export type OutsideData = { readonly kind: 'laptop' | 'internet'; readonly address: string };

export type HostNode = Node<HostData, 'host'>;
export type MemberNode = Node<MemberData, 'member'>;
export type NetworkNode = Node<NetworkData, 'network'>;
export type UnderlayNode = Node<UnderlayData, 'underlay'>;
export type OverlayNsNode = Node<OverlayNsData, 'overlayNs'>;
export type OutsideNode = Node<OutsideData, 'outside'>;
export type FlowNode = HostNode | MemberNode | NetworkNode | UnderlayNode | OverlayNsNode | OutsideNode;
/** `lane`: an overlay link's place in the host's gutter and above the hosts (its network's position in the row). */
export type FlowEdge = Edge<{ readonly colour: string; readonly label: string; readonly lane?: number }>;

export interface Flow {
  readonly nodes: FlowNode[];
  readonly edges: FlowEdge[];
}
