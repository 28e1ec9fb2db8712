import { concatBytes } from './address';
import { encodeDns, type DnsMessage } from './dns';
import { sealEsp, type EspHeader } from './esp';
import { encodeEthernet, type EthHeader } from './ethernet';
import { flowSourcePort, type FlowTuple } from './flowHash';
import { encodeIcmp, type Icmp } from './icmp';
import { encodeIpv4, IP_PROTOCOL, type Ipv4Header } from './ipv4';
import { encodeTcp, type TcpHeader } from './tcp';
import { encodeUdp, type UdpHeader } from './udp';
import { encodeVxlan, VXLAN_PORT } from './vxlan';

interface FrameBase {
  eth: EthHeader;
  ip: Ipv4Header;
}
export interface IcmpFrame extends FrameBase {
  l4: Icmp;
  app?: undefined;
}
export interface UdpFrame extends FrameBase {
  l4: UdpHeader;
  app?: DnsMessage | Uint8Array;
}
export interface TcpFrame extends FrameBase {
  l4: TcpHeader;
  app?: Uint8Array;
}
/** A plain Ethernet/IPv4 frame described by its fields; lengths and checksums are computed. */
export type Frame = IcmpFrame | UdpFrame | TcpFrame;

/** Node-to-node headers around an overlay frame. UDP source defaults to the inner flow's hash, dst to 4789. */
export interface Underlay {
  eth: EthHeader;
  ip: Ipv4Header;
  udp?: { srcPort?: number; dstPort?: number };
}
/** An overlay frame in the clear: outer Ethernet / IPv4 / UDP / VXLAN, then the inner frame. */
export interface VxlanFrame {
  encap: 'vxlan';
  outer: Underlay;
  vni: number;
  inner: Frame;
}
/** An encrypted overlay frame: outer Ethernet / IPv4 (protocol 50) / ESP sealing UDP / VXLAN / inner frame. */
export interface EspFrame {
  encap: 'esp';
  outer: Underlay;
  esp: EspHeader;
  vni: number;
  inner: Frame;
}
export type WireFrame = Frame | VxlanFrame | EspFrame;

/**
 * Encodes a frame to the bytes on the wire (no FCS).
 * @example encodeFrame({ eth, ip: { src: '10.0.1.3', dst: '10.0.1.4' }, l4: { kind: 'icmp', type: 'echo-request', id: 1, seq: 1 } })
 */
export function encodeFrame(frame: WireFrame): Uint8Array {
  if (!('encap' in frame)) return concatBytes(encodeEthernet(frame.eth), encodeIpPacket(frame));
  const datagram = encodeVxlanDatagram(frame);
  // Encrypted overlays: transport-mode ESP seals the whole UDP datagram, next header 17.
  const [protocol, payload] = frame.encap === 'esp'
    ? [IP_PROTOCOL.esp, sealEsp(frame.esp, datagram, IP_PROTOCOL.udp)]
    : [IP_PROTOCOL.udp, datagram];
  // The kernel's vxlan device leaves the outer Don't Fragment bit clear unless created with `df set` or
  // `df inherit` (vxlan_xmit_one); Docker creates it with neither.
  return concatBytes(encodeEthernet(frame.outer.eth), encodeIpv4({ ...frame.outer.ip, dontFragment: false }, protocol, payload.length), payload);
}

function encodeVxlanDatagram(frame: VxlanFrame | EspFrame): Uint8Array {
  const udp: UdpHeader = {
    kind: 'udp',
    srcPort: frame.outer.udp?.srcPort ?? flowSourcePort(flowOf(frame.inner)),
    dstPort: frame.outer.udp?.dstPort ?? VXLAN_PORT,
  };
  const payload = concatBytes(encodeVxlan(frame.vni), encodeFrame(frame.inner));
  return encodeUdp(udp, payload, frame.outer.ip.src, frame.outer.ip.dst);
}

/** The IPv4 packet of a plain frame, without its Ethernet header (what an ICMP error quotes). */
export function encodeIpPacket(frame: Frame): Uint8Array {
  const { ip, l4 } = frame;
  let segment: Uint8Array;
  if (l4.kind === 'icmp') segment = encodeIcmp(l4);
  else if (l4.kind === 'udp') segment = encodeUdp(l4, appBytes(frame.app), ip.src, ip.dst);
  else segment = encodeTcp(l4, appBytes(frame.app), ip.src, ip.dst);
  return concatBytes(encodeIpv4(ip, IP_PROTOCOL[l4.kind], segment.length), segment);
}

/** The 5-tuple of a plain frame (ports 0 for ICMP). */
export function flowOf(frame: Frame): FlowTuple {
  const { ip, l4 } = frame;
  const ports = l4.kind === 'icmp' ? {} : { srcPort: l4.srcPort, dstPort: l4.dstPort };
  return { src: ip.src, dst: ip.dst, protocol: IP_PROTOCOL[l4.kind], ...ports };
}

function appBytes(app: DnsMessage | Uint8Array | undefined): Uint8Array {
  if (app === undefined) return new Uint8Array(0);
  return app instanceof Uint8Array ? app : encodeDns(app);
}
