/** Canvas geometry in flow units (pixels at zoom 1). Positions depend only on order, never on counts elsewhere. */
export const HOST_WIDTH = 300;
export const HOST_GAP = 48;
export const HOST_HEADER = 122;
export const HOST_PADDING = 14;
export const MEMBER_WIDTH = HOST_WIDTH - 2 * HOST_PADDING;
export const MEMBER_BASE = 44;
export const ADDRESS_LINE = 20;
export const MEMBER_GAP = 10;
/** An overlay namespace strip (br0, vxlan0) inside a host. */
export const NS_HEIGHT = 30;
/** Networks sit in a row above the hosts, so hosts growing downwards never move them. */
export const NETWORK_ROW_Y = -170;
export const NETWORK_WIDTH = 210;
export const NETWORK_HEIGHT = 84;
export const NETWORK_GAP = 24;

/** x of the host in column `i`. */
export const hostX = (i: number) => i * (HOST_WIDTH + HOST_GAP);

/** Height of a member box with `addresses` address lines. */
export const memberHeight = (addresses: number) => MEMBER_BASE + ADDRESS_LINE * addresses;

/** x of the network in position `i` of the row. */
export const networkX = (i: number) => i * (NETWORK_WIDTH + NETWORK_GAP);

/** The laptop and the internet: cards in a column left of the first host. */
export const OUTSIDE_WIDTH = 220;
export const OUTSIDE_HEIGHT = 72;
export const OUTSIDE_X = -(OUTSIDE_WIDTH + HOST_GAP);
