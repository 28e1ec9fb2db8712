import type { GoValue } from './goValue';
import { BUILTINS, DOCKER_FUNCS, type TemplateFunc } from './templateFuncs';
import { ExecError, executeTemplate } from './templateExec';
import { TemplateSyntaxError } from './templateLexer';
import { parseTemplate, type Pipe, type TemplateNode } from './templateParser';
import { table } from '../../sim/own';

/** Text, or an error in Go's words (`template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"`). */
export type TemplateResult = { ok: true; text: string } | { ok: false; error: string };

/** `missingKey: 'error'` is Go's `missingkey=error`, which docker inspect uses on raw JSON data. */
export interface RenderOptions {
  missingKey?: 'default' | 'error';
  /** Functions replacing the docker ones for this run (docker's HeaderFunctions for table headers). */
  funcs?: Readonly<Record<string, TemplateFunc>>;
}

/** A parsed template that can run many times; `fields` are the top-level fields it reads, in order. */
export interface CompiledTemplate {
  source: string;
  nodes: TemplateNode[];
  fields: string[];
}

const FUNCS: Readonly<Record<string, TemplateFunc>> = { ...BUILTINS, ...DOCKER_FUNCS };

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

function location(source: string, pos: number): { line: number; column: number } {
  const before = source.slice(0, pos);
  const lastNewline = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: utf8Length(before.slice(lastNewline + 1)) };
}

/** Parses a Go text/template with docker's functions (templates.Parse). */
export function compileTemplate(source: string): { ok: true; template: CompiledTemplate } | { ok: false; error: string } {
  try {
    const nodes = parseTemplate(source, (name) => Object.hasOwn(FUNCS, name));
    return { ok: true, template: { source, nodes, fields: topLevelFields(nodes) } };
  } catch (error) {
    if (!(error instanceof TemplateSyntaxError)) throw error;
    return { ok: false, error: `template: :${location(source, error.pos).line}: ${error.message}` };
  }
}

/** Runs a compiled template against data. */
export function runTemplate(template: CompiledTemplate, data: GoValue, options: RenderOptions = {}): TemplateResult {
  try {
    const funcs = table({ ...FUNCS, ...options.funcs });
    return { ok: true, text: executeTemplate(template.nodes, data, { missingKey: options.missingKey ?? 'default', funcs }) };
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    const { line, column } = location(template.source, error.pos);
    // Go: past 20 bytes, the context is cut to 20 runes and "..." added.
    const context = utf8Length(error.context) > 20 ? `${[...error.context].slice(0, 20).join('')}...` : error.context;
    return { ok: false, error: `template: :${line}:${column}: executing "" at <${context}>: ${error.message}` };
  }
}

/**
 * Parses and runs a `--format` template against JSON-like data.
 * Example: renderTemplate('{{.Name}} {{json .Labels}}', { Name: 'web', Labels: {} }) -> { ok: true, text: 'web {}' }
 */
export function renderTemplate(source: string, data: GoValue, options: RenderOptions = {}): TemplateResult {
  const compiled = compileTemplate(source);
  return compiled.ok ? runTemplate(compiled.template, data, options) : compiled;
}

function topLevelFields(nodes: TemplateNode[]): string[] {
  const found = new Set<string>();
  const visitPipe = (pipe: Pipe): void => {
    for (const arg of pipe.cmds.flatMap((cmd) => cmd.args)) {
      if (arg.kind === 'field') found.add(arg.fields[0]!);
      if (arg.kind === 'pipe') visitPipe(arg.pipe);
    }
  };
  const visit = (list: TemplateNode[]): void => {
    for (const node of list) {
      if (node.kind === 'text') continue;
      visitPipe(node.pipe);
      if (node.kind !== 'action') {
        visit(node.list);
        if (node.elseList) visit(node.elseList);
      }
    }
  };
  visit(nodes);
  return [...found];
}
