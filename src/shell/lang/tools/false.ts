import { ok, type TextTool } from './lines';

/** `false`: exits 1. */
export const falseTool: TextTool = () => ok('', 1);
