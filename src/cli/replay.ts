import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describeHop } from '../i18n/en/hops';
import { builtinScenarios } from '../scenario/builtins';
import { parseScenario, type Scenario } from '../scenario/format';
import { loadScenario } from '../scenario/load';
import { replayScript } from '../scenario/replay';
import { prompt } from '../shell/session';
import { tracesToPcapng } from '../sim/capture/traceToPcapng';
import { own } from '../sim/own';

const USAGE = 'usage: replay [--scenario NAME|FILE] [--pcap FILE] SCRIPT';

/** Outcome of a CLI run: what to print and the exit status. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly pcap?: { readonly path: string; readonly bytes: Uint8Array };
}

/** Parses arguments, loads the scenario and the script, replays; no I/O except reading the named files. */
export function runReplay(args: readonly string[], read: (path: string) => string | null): CliResult {
  let scenarioRef = 'three-node';
  let pcapPath: string | null = null;
  let scriptPath: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--scenario' || a === '--pcap') {
      const v = args[++i];
      if (v === undefined) return error(`replay: ${a} needs a value\n${USAGE}`);
      if (a === '--scenario') scenarioRef = v;
      else pcapPath = v;
    } else if (a.startsWith('-')) return error(`replay: unknown option ${a}\n${USAGE}`);
    else if (scriptPath === null) scriptPath = a;
    else return error(`replay: more than one script given\n${USAGE}`);
  }
  if (scriptPath === null) return error(`replay: no script given\n${USAGE}`);
  const scenario = findScenario(scenarioRef, read);
  if (typeof scenario === 'string') return error(scenario);
  const script = read(scriptPath);
  if (script === null) return error(`replay: cannot read script ${scriptPath}`);
  const loaded = loadScenario(scenario);
  const r = replayScript(loaded.world, loaded.session, script.replace(/\n$/, ''));
  const stdout = `${r.transcript}${prompt(r.world, r.session)}\n`;
  if (pcapPath === null) return { stdout, stderr: '', exitCode: 0 };
  const bytes = tracesToPcapng(r.traces, describeHop);
  return { stdout, stderr: '', exitCode: 0, pcap: { path: pcapPath, bytes } };
}

function findScenario(ref: string, read: (path: string) => string | null): Scenario | string {
  const builtin = own(builtinScenarios, ref);
  if (builtin) return builtin;
  const text = read(ref);
  if (text === null) return `replay: unknown scenario ${ref} (built-in: ${Object.keys(builtinScenarios).join(', ')})`;
  const parsed = parseScenario(text);
  return parsed.ok ? parsed.scenario : `replay: bad scenario ${ref}: ${parsed.error.split('\n')[0] ?? ''}`;
}

function error(message: string): CliResult {
  return { stdout: '', stderr: `${message.split('\n')[0] ?? message}\n`, exitCode: 2 };
}

const readText = (path: string): string | null => (existsSync(path) ? readFileSync(path, 'utf8') : null);

if (process.argv[1] && /replay\.ts$/.test(process.argv[1])) {
  const result = runReplay(process.argv.slice(2), readText);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.pcap) writeFileSync(result.pcap.path, result.pcap.bytes);
  process.exitCode = result.exitCode;
}
