import { ok, type TextTool } from './lines';

/** `true`: exits 0. */
export const trueTool: TextTool = () => ok('');
