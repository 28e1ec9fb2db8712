import type { Container } from '../world';
import type { LbCursors } from './ipvs';
import type { Step } from './step';

/** What a flow needs decided: protocol, destination, and for the MTU check the IP packet size in bytes. */
export interface FlowSpec {
  readonly proto: 'icmp' | 'tcp' | 'udp';
  readonly dst: string;
  readonly dstPort?: number;
  /** IPv4 total length of the request, checked against the outgoing MTU when `dontFragment`. */
  readonly ipLength?: number;
  readonly dontFragment?: boolean;
}

/**
 * How a flow ends: answered; refused (TCP RST, ICMP port unreachable); timeout (nothing comes back);
 * unreachable (no route: `connect: Network is unreachable`); host-unreachable (no neighbour answers on an
 * on-link subnet); msgsize (larger than the MTU with DF set: never leaves).
 */
export type Verdict = 'answered' | 'refused' | 'timeout' | 'unreachable' | 'host-unreachable' | 'msgsize';

/** A decided flow: the request's and the reply's steps, independent of the payload. */
export interface Plan {
  readonly request: readonly Step[];
  /** Empty when nothing comes back. */
  readonly reply: readonly Step[];
  readonly verdict: Verdict;
  /** The client's source address (the interface the route picked). */
  readonly srcIp: string;
  /** The container whose application or kernel answered, if any. */
  readonly server: Container | null;
  /** The address and port the server sees the request come from/to, after every NAT. */
  readonly seenFrom: string;
  readonly serverPort: number;
  /** MTU of the outgoing interface. */
  readonly mtu: number;
  /** TTL the answer arrives with, when routers decremented it (default 64: same L2 segment). */
  readonly replyTtl?: number;
  /** IPVS positions to store (World.lbCursors) if the command's traffic is kept. */
  readonly cursors: LbCursors;
}

/** A plan that ends before leaving the sender (no route, message too long). */
export function stillborn(verdict: Verdict, srcIp: string, mtu: number, request: readonly Step[] = []): Plan {
  return { request, reply: [], verdict, srcIp, server: null, seenFrom: srcIp, serverPort: 0, mtu, cursors: {} };
}
