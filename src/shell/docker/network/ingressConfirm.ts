import { question } from '../confirm';

/**
 * docker/cli's question before `network rm` of the routing-mesh network (cli/command/network/remove.go,
 * `ingressWarning`, "newly create" as the CLI spells it).
 */
export const INGRESS_WARNING = question(
  'WARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. ' +
    'Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.',
);
