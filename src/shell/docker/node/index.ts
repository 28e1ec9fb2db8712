import type { DockerCommand } from '../dockerCommand';
import { nodeDemote } from './demote';
import { nodeInspect } from './inspect';
import { nodeLs } from './ls';
import { nodePromote } from './promote';
import { nodePs } from './ps';
import { nodeRm } from './rm';
import { nodeUpdate } from './update';

/** The `docker node` commands. */
export const nodeCommands: readonly DockerCommand[] = [nodeDemote, nodeInspect, nodeLs, nodePromote, nodePs, nodeRm, nodeUpdate];
