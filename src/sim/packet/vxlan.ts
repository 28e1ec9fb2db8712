/** IANA VXLAN UDP port, Docker's default data path port. */
export const VXLAN_PORT = 4789;
export const VXLAN_HEADER_LENGTH = 8;
/** Flags byte with the I bit: the VNI is valid. */
export const VXLAN_FLAGS = 0x08;

/** Encodes the 8-byte VXLAN header (RFC 7348): flags 0x08, 24 reserved bits, 24-bit VNI, 8 reserved bits. */
export function encodeVxlan(vni: number): Uint8Array {
  if (!Number.isInteger(vni) || vni < 0 || vni > 0xffffff) throw new Error(`invalid VNI: ${vni}`);
  const out = new Uint8Array(VXLAN_HEADER_LENGTH);
  out[0] = VXLAN_FLAGS;
  out[4] = vni >>> 16;
  out[5] = (vni >>> 8) & 0xff;
  out[6] = vni & 0xff;
  return out;
}
