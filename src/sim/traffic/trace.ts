/**
 * A trace is everything one command's traffic did, decided purely and then played back (STYLE
 * principle 3): an immutable list of hops per packet. Explanations are message keys with parameters,
 * never sentences (the UI's catalogs word them in each language).
 */

/**
 * Where a packet is, as a closed set of kinds. Every place names its machine ('laptop' for the learner's
 * machine, 'internet' for the outside world) and interface ('' inside a process). Its text (the namespace as
 * rules, captures and traces print it) comes from one formatter, `placeNamespace` in `placeText.ts`.
 */
export type Place =
  /** A node's host namespace: eth1 (the underlay NIC), docker_gwbridge, docker0, br-<id>. */
  | { readonly kind: 'host'; readonly machine: string; readonly iface: string }
  /** A container's namespace, by the first 12 hex digits of its id. */
  | { readonly kind: 'container'; readonly machine: string; readonly container: string; readonly iface: string }
  /** A node's namespace of one overlay (br0 and vxlan0), by network id; `networkName` for its text. */
  | { readonly kind: 'overlay'; readonly machine: string; readonly network: string; readonly networkName: string; readonly iface: string }
  /** A node's load-balancer sandbox of one overlay, by network id; `sandbox` as the engine names it (lb-mynet, mynet-sbox). */
  | { readonly kind: 'lb'; readonly machine: string; readonly network: string; readonly sandbox: string; readonly iface: string }
  /** A node's ingress sandbox (ingress_sbox). */
  | { readonly kind: 'ingress-sbox'; readonly machine: string; readonly iface: string }
  /** The embedded DNS server (a process in the container's namespace, listening on 127.0.0.11). */
  | { readonly kind: 'dns'; readonly machine: string; readonly iface: string }
  /** The learner's laptop on the host-only network. */
  | { readonly kind: 'laptop'; readonly machine: 'laptop'; readonly iface: string }
  /** Anywhere past the NAT: the outside world. */
  | { readonly kind: 'internet'; readonly machine: 'internet'; readonly iface: string };

export type PlaceKind = Place['kind'];

/** What happened at a hop (a closed set). */
export type HopAction =
  | 'send'
  | 'route'
  | 'bridge-forward'
  | 'arp-proxy'
  | 'dns-query'
  | 'dns-answer'
  | 'dns-forward'
  | 'ipvs-schedule'
  | 'dnat'
  | 'snat'
  | 'masquerade'
  | 'redirect'
  | 'vxlan-encap'
  | 'esp-encrypt'
  | 'underlay-transit'
  | 'esp-decrypt'
  | 'vxlan-decap'
  | 'deliver'
  | 'answer-local'
  | 'drop';

/** A message key and its parameters, e.g. { key: 'hop.ipvs-schedule', params: { fwmark: 256, real: '10.0.1.4' } }. */
export interface Explanation {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface Hop {
  readonly at: Place;
  readonly action: HopAction;
  readonly why: Explanation;
  /**
   * The table row or rule that decided, as real Docker/Linux shows it (e.g. an iptables rule
   * `-A DOCKER-INGRESS -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:8080`, an IPVS line
   * `FWM  256 rr` / `-> 10.0.1.4:0 Masq 1 0 0`, an FDB entry). Empty when nothing is looked up.
   */
  readonly rule: string;
  /** The frame as it arrives at this hop, and as it leaves (same object when unchanged). */
  readonly before: Uint8Array;
  readonly after: Uint8Array;
  /** Simulated time of this hop, microseconds since the trace started. */
  readonly timeUs: number;
}

export type PacketKind = 'icmp' | 'dns' | 'tcp' | 'udp' | 'http';

/** One packet's journey (a request or a reply). */
export interface PacketTrace {
  readonly id: number;
  readonly kind: PacketKind;
  readonly direction: 'request' | 'reply';
  /** Short summary for event lists, as a message key. */
  readonly summary: Explanation;
  readonly hops: readonly Hop[];
  readonly outcome: 'delivered' | 'dropped';
}

/** Every packet one command caused, in order. `startMs` is the world clock when it started. */
export interface Trace {
  readonly command: string;
  readonly startMs: number;
  readonly packets: readonly PacketTrace[];
  /** Why nothing could be sent (a message key), when `packets` is empty for a reason worth telling. */
  readonly problem?: Explanation;
}
