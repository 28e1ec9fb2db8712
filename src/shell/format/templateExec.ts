import { formatGoValue, goTypeName, isGoMap, isTrue, mapGet, sortedEntries, type GoValue } from './goValue';
import { ArgError, CallError, type TemplateFunc } from './templateFuncs';
import { argString, commandString, type Arg, type Command, type ControlNode, type Pipe, type TemplateNode } from './templateParser';

/** An execution error: Go prints it as `template: :LINE:COL: executing "" at <CONTEXT>: MESSAGE`. */
export class ExecError extends Error {
  constructor(message: string, readonly pos: number, readonly context: string) {
    super(message);
  }
}

/** How a run treats missing map keys (`<no value>` or an error) and which functions it calls. */
export interface ExecOptions {
  missingKey: 'default' | 'error';
  funcs: Readonly<Record<string, TemplateFunc>>;
}

const NO_FINAL: unique symbol = Symbol('no final value');
type Final = GoValue | typeof NO_FINAL;

/** Runs parsed template nodes against data and returns the text. Throws ExecError. */
export function executeTemplate(nodes: TemplateNode[], data: GoValue, options: ExecOptions): string {
  const out: string[] = [];
  new State(data, options).walk(nodes, data, out);
  return out.join('');
}

class State {
  private vars: { name: string; value: GoValue }[];

  constructor(private readonly root: GoValue, private readonly options: ExecOptions) {
    this.vars = [{ name: '$', value: root }];
  }

  walk(nodes: TemplateNode[], dot: GoValue, out: string[]): void {
    for (const node of nodes) {
      const mark = this.vars.length;
      if (node.kind === 'text') out.push(node.text);
      else if (node.kind === 'action') {
        const value = this.evalPipe(node.pipe, dot);
        if (node.pipe.decl.length === 0) out.push(formatGoValue(value));
        continue; // a declaration stays visible until the enclosing control ends
      } else if (node.kind === 'range') this.walkRange(node, dot, out);
      else {
        const value = this.evalPipe(node.pipe, dot);
        if (isTrue(value)) this.walk(node.list, node.kind === 'with' ? value : dot, out);
        else if (node.elseList) this.walk(node.elseList, dot, out);
      }
      this.vars.length = mark;
    }
  }

  private walkRange(node: ControlNode, dot: GoValue, out: string[]): void {
    const value = this.evalPipe(node.pipe, dot);
    let items: [GoValue, GoValue][];
    if (value === undefined || value === null) items = [];
    else if (Array.isArray(value)) items = (value as readonly GoValue[]).map((v, i) => [i, v]);
    else if (isGoMap(value)) items = sortedEntries(value);
    else throw new ExecError(`range can't iterate over ${formatGoValue(value)}`, node.pipe.pos, pipeContext(node.pipe));
    if (items.length === 0) {
      if (node.elseList) this.walk(node.elseList, dot, out);
      return;
    }
    const decl = node.pipe.decl;
    const base = this.vars.length - decl.length;
    for (const [key, elem] of items) {
      if (decl.length === 1) this.vars[base] = { name: decl[0]!, value: elem };
      if (decl.length === 2) {
        this.vars[base] = { name: decl[0]!, value: key };
        this.vars[base + 1] = { name: decl[1]!, value: elem };
      }
      const mark = this.vars.length;
      this.walk(node.list, elem, out);
      this.vars.length = mark;
    }
  }

  private evalPipe(pipe: Pipe, dot: GoValue): GoValue {
    let value: Final = NO_FINAL;
    for (const cmd of pipe.cmds) value = this.evalCommand(cmd, dot, value);
    const result = value === NO_FINAL ? undefined : value;
    for (const name of pipe.decl) {
      if (pipe.assign) {
        const slot = this.vars.findLast((v) => v.name === name);
        if (slot) slot.value = result;
      } else this.vars.push({ name, value: result });
    }
    return result;
  }

  private evalCommand(cmd: Command, dot: GoValue, final: Final): GoValue {
    const [first, ...args] = cmd.args as [Arg, ...Arg[]];
    const hasArgs = args.length > 0 || final !== NO_FINAL;
    switch (first.kind) {
      case 'field': return this.evalFields(dot, first.fields, first, hasArgs);
      case 'variable': case 'pipe': {
        const base = first.kind === 'variable' ? this.variable(first.name) : this.evalPipe(first.pipe, dot);
        if (first.fields.length > 0) return this.evalFields(base, first.fields, first, hasArgs);
        if (hasArgs) throw new ExecError(`can't give argument to non-function ${argString(first)}`, first.pos, argString(first));
        return base;
      }
      case 'function': return this.call(first, cmd, args, dot, final);
      default:
        if (hasArgs) throw new ExecError(`can't give argument to non-function ${argString(first)}`, first.pos, argString(first));
        return first.kind === 'dot' ? dot : first.value;
    }
  }

  private call(fn: Extract<Arg, { kind: 'function' }>, cmd: Command, args: Arg[], dot: GoValue, final: Final): GoValue {
    const func = this.options.funcs[fn.name]!;
    const count = args.length + (final === NO_FINAL ? 0 : 1);
    if (func.variadic ? count < func.arity : count !== func.arity) {
      const want = func.variadic ? `at least ${func.arity}` : String(func.arity);
      throw new ExecError(`wrong number of args for ${fn.name}: want ${want} got ${count}`, fn.pos, fn.name);
    }
    const values = args.map((arg) => this.evalArg(arg, dot));
    if (final !== NO_FINAL) values.push(final);
    try {
      return func.call(values);
    } catch (error) {
      if (error instanceof CallError) throw new ExecError(`error calling ${fn.name}: ${error.message}`, cmd.pos, commandString(cmd));
      if (!(error instanceof ArgError)) throw error;
      const bad = args[error.index];
      // A piped-in value has no node of its own; Go then points at the command.
      throw bad ? new ExecError(error.message, bad.pos, argString(bad)) : new ExecError(error.message, cmd.pos, commandString(cmd));
    }
  }

  private evalArg(arg: Arg, dot: GoValue): GoValue {
    if (arg.kind === 'function') return this.call(arg, { pos: arg.pos, args: [arg] }, [], dot, NO_FINAL);
    return this.evalCommand({ pos: arg.pos, args: [arg] }, dot, NO_FINAL);
  }

  private variable(name: string): GoValue {
    return this.vars.findLast((v) => v.name === name)?.value;
  }

  private evalFields(receiver: GoValue, fields: string[], node: Arg, hasArgs: boolean): GoValue {
    let value = receiver;
    fields.forEach((field, i) => {
      value = this.evalField(value, field, node, hasArgs && i === fields.length - 1);
    });
    return value;
  }

  private evalField(receiver: GoValue, name: string, node: Arg, hasArgs: boolean): GoValue {
    const fail = (message: string): never => {
      throw new ExecError(message, node.pos, argString(node));
    };
    if (receiver === undefined) {
      if (this.options.missingKey === 'error') fail(`nil data; no entry for key "${name}"`);
      return undefined;
    }
    if (receiver === null) return fail(`nil pointer evaluating interface {}.${name}`);
    if (!isGoMap(receiver)) {
      return fail(`can't evaluate field ${name} in type ${receiver === this.root ? goTypeName(receiver) : 'interface {}'}`);
    }
    if (hasArgs) fail(`${name} is not a method but has arguments`);
    const value = mapGet(receiver, name);
    if (value === undefined && this.options.missingKey === 'error') fail(`map has no entry for key "${name}"`);
    return value;
  }
}

function pipeContext(pipe: Pipe): string {
  return pipe.cmds.map(commandString).join(' | ');
}
