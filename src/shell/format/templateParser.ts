import { lexTemplate, TemplateSyntaxError, type Item, type Token } from './templateLexer';
import { table } from '../../sim/own';

/** An operand of a command. Field chains after a variable or a parenthesised pipeline live in `fields`. */
export type Arg =
  | { kind: 'field'; pos: number; fields: string[] }
  | { kind: 'dot'; pos: number }
  | { kind: 'variable'; pos: number; name: string; fields: string[] }
  | { kind: 'pipe'; pos: number; pipe: Pipe; fields: string[] }
  | { kind: 'literal'; pos: number; text: string; value: string | number | boolean | null }
  | { kind: 'function'; pos: number; name: string };

export interface Command {
  pos: number;
  args: Arg[];
}

export interface Pipe {
  pos: number;
  decl: string[];
  assign: boolean;
  cmds: Command[];
}

/** `{{if}}`, `{{with}}` or `{{range}}` with its body and optional `{{else}}` body. */
export interface ControlNode {
  kind: 'if' | 'with' | 'range';
  pipe: Pipe;
  list: TemplateNode[];
  elseList: TemplateNode[] | null;
}

export type TemplateNode = { kind: 'text'; text: string } | { kind: 'action'; pipe: Pipe } | ControlNode;

/** Parses Go text/template source into nodes; `isFunction` says which identifiers name functions. */
export function parseTemplate(src: string, isFunction: (name: string) => boolean): TemplateNode[] {
  return new Parser(lexTemplate(src), isFunction).parseRoot();
}

class Parser {
  private index = 0;
  private scopes: string[][] = [['$']];

  constructor(private readonly items: Item[], private readonly isFunction: (name: string) => boolean) {}

  parseRoot(): TemplateNode[] {
    const { list, stop } = this.parseList();
    if (stop) throw new TemplateSyntaxError(`unexpected {{${stop.keyword}}}`, stop.pos);
    return list;
  }

  private parseList(): { list: TemplateNode[]; stop: { keyword: 'end' | 'else'; rest: Token[]; pos: number } | null } {
    const list: TemplateNode[] = [];
    while (this.index < this.items.length) {
      const item = this.items[this.index++]!;
      if (item.kind === 'text') {
        list.push({ kind: 'text', text: item.text });
        continue;
      }
      const tokens = item.tokens.filter((t) => t.type !== 'space');
      const first = tokens[0];
      if (first?.type === 'keyword') {
        if (first.text === 'end' || first.text === 'else') {
          return { list, stop: { keyword: first.text, rest: item.tokens.slice(item.tokens.indexOf(first) + 1), pos: first.pos } };
        }
        if (first.text === 'if' || first.text === 'with' || first.text === 'range') {
          list.push(this.parseControl(first.text, item.tokens.slice(item.tokens.indexOf(first) + 1), first.pos));
          continue;
        }
        throw new TemplateSyntaxError(`unexpected {{${first.text}}}`, first.pos);
      }
      if (!first) throw new TemplateSyntaxError('missing value for command', item.pos);
      list.push({ kind: 'action', pipe: this.parsePipe(item.tokens, 'command', item.pos + 2) });
    }
    return { list, stop: null };
  }

  private parseControl(kind: 'if' | 'with' | 'range', tokens: Token[], pos: number): TemplateNode {
    this.scopes.push([]);
    const pipe = this.parsePipe(tokens, kind, pos);
    const { list, stop } = this.parseList();
    if (!stop) throw new TemplateSyntaxError('unexpected EOF', this.lastPos());
    this.scopes.pop();
    let elseList: TemplateNode[] | null = null;
    if (stop.keyword === 'else') {
      const rest = stop.rest.filter((t) => t.type !== 'space');
      if (rest[0]?.type === 'keyword' && (rest[0].text === 'if' || rest[0].text === 'with')) {
        // {{else if x}} opens a nested control that shares this control's {{end}}.
        elseList = [this.parseControl(rest[0].text, stop.rest.slice(stop.rest.indexOf(rest[0]) + 1), rest[0].pos)];
      } else {
        if (rest.length > 0) throw new TemplateSyntaxError(`unexpected ${describe(rest[0]!)} in else`, rest[0]!.pos);
        this.scopes.push([]);
        const tail = this.parseList();
        this.scopes.pop();
        if (!tail.stop) throw new TemplateSyntaxError('unexpected EOF', this.lastPos());
        if (tail.stop.keyword !== 'end') throw new TemplateSyntaxError('expected end; found {{else}}', tail.stop.pos);
        elseList = tail.list;
      }
    } else if (stop.rest.some((t) => t.type !== 'space')) {
      throw new TemplateSyntaxError('unexpected tokens in end', stop.pos);
    }
    return { kind, pipe, list, elseList };
  }

  private lastPos(): number {
    return this.items.at(-1)?.pos ?? 0;
  }

  private parsePipe(tokens: Token[], context: string, pos: number): Pipe {
    const t = tokens.filter((tok) => tok.type !== 'space');
    const decl: string[] = [];
    let assign = false;
    let start = 0;
    const declEnd = t.findIndex((tok) => tok.type === 'declare' || tok.type === 'assign');
    if (declEnd > 0 && t.slice(0, declEnd).every((tok) => tok.type === 'variable' || tok.type === 'comma')) {
      for (const tok of t.slice(0, declEnd)) if (tok.type === 'variable') decl.push(tok.text);
      assign = t[declEnd]!.type === 'assign';
      if (assign) decl.forEach((name) => this.lookup(name, pos));
      start = declEnd + 1;
    }
    const rest = tokens.slice(tokens.indexOf(t[start]!) >= 0 ? tokens.indexOf(t[start]!) : tokens.length);
    const cursor = { tokens: rest, i: 0 };
    const pipe = this.parseCommands(cursor, context, t[start]?.pos ?? pos, false);
    if (!assign) this.scopes.at(-1)!.push(...decl);
    return { ...pipe, pos, decl, assign };
  }

  private parseCommands(c: { tokens: Token[]; i: number }, context: string, pos: number, inParens: boolean): Pipe {
    const cmds: Command[] = [];
    let args: Arg[] = [];
    const finish = (at: number) => {
      if (args.length === 0) throw new TemplateSyntaxError(`missing value for ${context}`, at);
      if (args[0]!.kind === 'literal' && args[0]!.value === null) throw new TemplateSyntaxError('nil is not a command', at);
      cmds.push({ pos: args[0]!.pos, args });
      args = [];
    };
    while (c.i < c.tokens.length) {
      const tok = c.tokens[c.i]!;
      if (tok.type === 'space') { c.i++; continue; }
      if (tok.type === 'pipe') { finish(tok.pos); c.i++; continue; }
      if (tok.type === 'rparen') {
        if (!inParens) throw new TemplateSyntaxError(`unexpected right paren`, tok.pos);
        break;
      }
      args.push(this.parseOperand(c));
    }
    finish(c.tokens[c.i]?.pos ?? pos);
    return { pos, decl: [], assign: false, cmds };
  }

  private parseOperand(c: { tokens: Token[]; i: number }): Arg {
    const tok = c.tokens[c.i++]!;
    let arg: Arg;
    switch (tok.type) {
      case 'field': arg = { kind: 'field', pos: tok.pos, fields: [tok.text.slice(1)] }; break;
      case 'dot': arg = { kind: 'dot', pos: tok.pos }; break;
      case 'variable':
        this.lookup(tok.text, tok.pos);
        arg = { kind: 'variable', pos: tok.pos, name: tok.text, fields: [] };
        break;
      case 'string': arg = { kind: 'literal', pos: tok.pos, text: tok.text, value: unquote(tok.text, tok.pos) }; break;
      case 'number': arg = { kind: 'literal', pos: tok.pos, text: tok.text, value: parseNumber(tok.text, tok.pos) }; break;
      case 'bool': arg = { kind: 'literal', pos: tok.pos, text: tok.text, value: tok.text === 'true' }; break;
      case 'nil': arg = { kind: 'literal', pos: tok.pos, text: 'nil', value: null }; break;
      case 'identifier':
        if (!this.isFunction(tok.text)) throw new TemplateSyntaxError(`function "${tok.text}" not defined`, tok.pos);
        arg = { kind: 'function', pos: tok.pos, name: tok.text };
        break;
      case 'lparen': {
        const pipe = this.parseCommands(c, 'parenthesized pipeline', tok.pos, true);
        if (c.tokens[c.i]?.type !== 'rparen') throw new TemplateSyntaxError('unclosed left paren', tok.pos);
        c.i++;
        arg = { kind: 'pipe', pos: tok.pos, pipe, fields: [] };
        break;
      }
      default:
        throw new TemplateSyntaxError(`unexpected ${describe(tok)} in operand`, tok.pos);
    }
    while (c.tokens[c.i]?.type === 'field') {
      const field = c.tokens[c.i++]!.text.slice(1);
      if (arg.kind === 'field' || arg.kind === 'variable' || arg.kind === 'pipe') arg.fields.push(field);
      else throw new TemplateSyntaxError(`unexpected . after term "${argString(arg)}"`, tok.pos);
    }
    return arg;
  }

  private lookup(name: string, pos: number): void {
    if (!this.scopes.some((scope) => scope.includes(name))) throw new TemplateSyntaxError(`undefined variable "${name}"`, pos);
  }
}

function describe(tok: Token): string {
  return `"${tok.text}"`;
}

function parseNumber(text: string, pos: number): number {
  if (text.startsWith("'")) return unquote(text, pos).codePointAt(0) ?? 0;
  const value = Number(text.replaceAll('_', ''));
  if (Number.isNaN(value)) throw new TemplateSyntaxError(`illegal number syntax: "${text}"`, pos);
  return value;
}

const ESCAPES: Readonly<Record<string, string>> = table({
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'",
});

function unquote(text: string, pos: number): string {
  if (text.startsWith('`')) return text.slice(1, -1);
  return text.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, esc: string) => {
    if (/^[xuU]/.test(esc)) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    if (/^[0-7]{3}$/.test(esc)) return String.fromCodePoint(parseInt(esc, 8));
    const out = ESCAPES[esc];
    if (out === undefined) throw new TemplateSyntaxError(`invalid syntax`, pos);
    return out;
  });
}

/** An operand as Go prints it in error contexts (`<.Field>`, `<index .Options "k">`). */
export function argString(arg: Arg): string {
  const chain = 'fields' in arg ? arg.fields.map((f) => '.' + f).join('') : '';
  switch (arg.kind) {
    case 'field': return chain;
    case 'dot': return '.';
    case 'variable': return arg.name + chain;
    case 'pipe': return `(${pipeString(arg.pipe)})${chain}`;
    case 'literal': return arg.text;
    case 'function': return arg.name;
  }
}

/** A command as Go prints it in error contexts. */
export function commandString(cmd: Command): string {
  return cmd.args.map(argString).join(' ');
}

function pipeString(pipe: Pipe): string {
  const decl = pipe.decl.length ? `${pipe.decl.join(', ')} ${pipe.assign ? '=' : ':='} ` : '';
  return decl + pipe.cmds.map(commandString).join(' | ');
}
