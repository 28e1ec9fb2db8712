import { writeMac } from './address';

/** EtherType of IPv4. */
export const ETHERTYPE_IPV4 = 0x0800;
/** Ethernet II header length in bytes (no 802.1Q tag, no FCS). */
export const ETHERNET_HEADER_LENGTH = 14;

/** Ethernet II addressing; the EtherType follows from the payload. */
export interface EthHeader {
  /** e.g. "02:42:0a:00:00:06" */
  dst: string;
  src: string;
}

/** Encodes the 14-byte Ethernet II header: dst MAC, src MAC, EtherType. */
export function encodeEthernet(header: EthHeader, etherType = ETHERTYPE_IPV4): Uint8Array {
  const out = new Uint8Array(ETHERNET_HEADER_LENGTH);
  writeMac(out, 0, header.dst);
  writeMac(out, 6, header.src);
  out[12] = etherType >> 8;
  out[13] = etherType & 0xff;
  return out;
}
