import type { Operation } from '../terminal/operation';

export interface ReportInput {
  readonly panel: string;
  readonly scenario: string;
  readonly engine: string;
  readonly log: readonly Operation[];
  readonly error: unknown;
  readonly componentStack?: string;
}

/** One logged operation as a line of the report: typed lines as typed, the rest by name. */
function logLine(op: Operation): string {
  switch (op.op) {
    case 'type':
      return `[${op.tab}] $ ${op.line}`;
    case 'interrupt':
      return `[${op.tab}] ^C`;
    case 'wait':
      return `wait ${op.ms} ms`;
    case 'send':
      return `send ${JSON.stringify(op.request)}`;
    default:
      return op.op;
  }
}

/**
 * The plain-text report a broken panel offers to copy: which panel, the scenario and engine, every
 * command typed since the scenario loaded, and the error with its stacks.
 */
export function errorReport(r: ReportInput): string {
  const head = r.error instanceof Error ? `${r.error.name}: ${r.error.message}` : String(r.error);
  const stack = r.error instanceof Error ? (r.error.stack ?? '') : '';
  // V8's stack starts with the same "Name: message" line.
  const error = stack.startsWith(head) ? stack : `${head}\n${stack}`;
  return [
    `Swarm network playground: ${r.panel} failed`,
    `scenario: ${r.scenario}`,
    `engine: Docker ${r.engine}`,
    `commands (${r.log.length}):`,
    ...r.log.map((op) => `  ${logLine(op)}`),
    'error:',
    error.trimEnd(),
    ...(r.componentStack ? ['component stack:', r.componentStack.trim()] : []),
    '',
  ].join('\n');
}
