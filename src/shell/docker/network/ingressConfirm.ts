/**
 * docker/cli's question before `network rm` of the routing-mesh network (cli/command/network/remove.go,
 * `ingressWarning`, "newly create" as the CLI spells it), with the ` [y/N] ` its prompt appends.
 */
export const INGRESS_WARNING =
  'WARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. ' +
  'Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.\n' +
  'Are you sure you want to continue? [y/N] ';

/**
 * The answer read from stdin: only `y` or `Y` on its first line means yes. With nothing to read (a line typed at
 * the prompt, no pipe) the question is printed with the Enter a person would press, and the answer is no.
 */
export function ingressConfirm(stdin: string): { readonly yes: boolean; readonly printed: string } {
  const answer = stdin === '' ? null : (stdin.split('\n')[0] ?? '').trim();
  if (answer === null) return { yes: false, printed: `${INGRESS_WARNING}\n` };
  return { yes: answer.toLowerCase() === 'y', printed: INGRESS_WARNING };
}
