import type { CliStyle, FlagSpec } from '../cli/commandSpec';
import { marshalCompact, marshalIndent, type GoJsonValue } from '../format/goJson';
import { compileTemplate, runTemplate } from '../format/goTemplate';
import type { GoValue } from '../format/goValue';
import type { CommandOutcome } from '../types';

/** The `-f/--format` flag every inspect command shares (docker/cli `flagsHelper.InspectFormatHelp`). */
export const inspectFormatFlag: FlagSpec = {
  name: 'format',
  shorthand: 'f',
  type: 'string',
  usage:
    "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
};

/** JSON as the raw API would give it (maps become objects), for templates. */
function asRaw(value: GoJsonValue): GoValue {
  return JSON.parse(marshalCompact(value, false)) as GoValue;
}

/**
 * What `docker ... inspect` prints, as docker/cli's inspect.Inspect does: found objects as an indented
 * JSON array (`[]` when none), `-f json` as one compact array, or a template per object; then every lookup
 * or template error on stderr, exit 1. A template that does not parse exits 64. Docker 17.10's CLI
 * capitalised `Template parsing error`.
 */
export function inspectOutput(found: readonly GoJsonValue[], format: string, errors: readonly string[], style: CliStyle): CommandOutcome {
  const errs = [...errors];
  const prefix = style === 'legacy' ? 'Template parsing error: ' : 'template parsing error: ';
  let stdout: string;
  if (format === '') stdout = found.length === 0 ? '[]\n' : `${marshalIndent([...found])}\n`;
  else if (format === 'json') stdout = found.length === 0 ? '[]\n' : `${marshalCompact([...found])}\n`;
  else {
    const compiled = compileTemplate(format);
    if (!compiled.ok) return { stdout: '', stderr: `${prefix}${compiled.error}\n`, exitCode: 64 };
    stdout = '';
    for (const value of found) {
      const r = runTemplate(compiled.template, asRaw(value), { missingKey: 'error' });
      if (r.ok) stdout += `${r.text}\n`;
      else errs.push(`${prefix}${r.error}`);
    }
    if (stdout === '') stdout = '\n';
  }
  const stderr = errs.map((e) => `${e}\n`).join('');
  return { stdout, stderr, exitCode: errs.length > 0 ? 1 : 0, transcript: stdout + stderr };
}
