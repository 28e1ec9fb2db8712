import { compileTemplate, runTemplate } from '../../format/goTemplate';
import type { GoValue } from '../../format/goValue';
import type { CliStyle } from '../../cli/commandSpec';
import type { CommandOutcome } from '../../types';

/**
 * `docker version --format` / `docker info --format`: the template runs once over the command's data,
 * followed by a newline. A template that does not parse exits 64 (`template parsing error: ...`, 17.10
 * `Template parsing error: ...`); one that fails while running prints what it wrote and the error, exit 1.
 * `name` is the Go template's name, which its errors quote (`template: version:1:2: ...`).
 */
export function templateOutput(format: string, data: GoValue, name: string, style: CliStyle): CommandOutcome {
  const source = format === 'json' ? '{{json .}}' : format;
  const named = (error: string) => error.replace(/^template: :/, `template: ${name}:`).replace(/executing "" at/, `executing "${name}" at`);
  const compiled = compileTemplate(source);
  if (!compiled.ok) {
    const prefix = style === 'legacy' ? 'Template parsing error: ' : 'template parsing error: ';
    return { stdout: '', stderr: `${prefix}${named(compiled.error)}\n`, exitCode: 64 };
  }
  const r = runTemplate(compiled.template, data);
  if (!r.ok) return { stdout: '', stderr: `${named(r.error)}\n`, exitCode: 1 };
  return { stdout: `${r.text}\n`, stderr: '', exitCode: 0 };
}
