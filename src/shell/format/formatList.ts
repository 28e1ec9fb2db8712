import { compileTemplate, runTemplate, type TemplateResult } from './goTemplate';
import type { GoValue } from './goValue';
import { DOCKER_TABLE, tabwrite, type TabwriterOptions } from './tabwriter';
import { HEADER_FUNCS } from './templateFuncs';

/** Column headers by field name, and the table layout (Docker 29's by default). */
export interface ListFormatOptions {
  headers?: Readonly<Record<string, string>>;
  table?: TabwriterOptions;
}

/** "CurrentState" -> "CURRENT STATE": the header docker shows for a field it has no special name for. */
export function defaultHeader(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toUpperCase();
}

/**
 * docker/cli's formatter.Context.Write: `table ...` prints a header row (the template run with
 * HeaderFunctions against the header names) and aligns with the tabwriter; `json` is `{{json .}}`;
 * literal `\t` and `\n` in the format become a tab and a newline; every row ends with a newline.
 * Errors come back as `template parsing error: ...`, as docker prints them.
 */
export function formatList(format: string, rows: readonly GoValue[], options: ListFormatOptions = {}): TemplateResult {
  const isTable = format.startsWith('table');
  let source = isTable ? format.slice('table'.length) : format === 'json' ? '{{json .}}' : format;
  source = source.replace(/^ +| +$/g, '').replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'));
  const compiled = compileTemplate(source);
  if (!compiled.ok) return { ok: false, error: `template parsing error: ${compiled.error}` };
  let body = '';
  for (const row of rows) {
    const result = runTemplate(compiled.template, row);
    if (!result.ok) return { ok: false, error: `template parsing error: ${result.error}` };
    body += result.text + '\n';
  }
  if (!isTable) return { ok: true, text: body };
  const headerData = new Map(
    compiled.template.fields.map((field) => [field, options.headers?.[field] ?? defaultHeader(field)]),
  );
  const header = runTemplate(compiled.template, headerData, { funcs: HEADER_FUNCS });
  const headerText = header.ok ? header.text : '';
  return { ok: true, text: tabwrite(headerText + '\n' + body, options.table ?? DOCKER_TABLE) };
}
