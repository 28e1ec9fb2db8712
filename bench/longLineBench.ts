import { builtinScenarios } from '../src/scenario/builtins';
import { initialWorld } from '../src/scenario/load';
import { newSession, runLine } from '../src/shell/session';
import type { BenchContext } from './sections';

/** Hostile lines on a node's shell: 1 MB lines (plain, quoted, many `$`), deep `$(`, a long here-document. */
export function longLineBench({ time }: BenchContext): void {
  const world = initialWorld(builtinScenarios['three-node']!);
  const session = { ...newSession(), stack: [{ kind: 'laptop' as const }, { kind: 'node' as const, machine: 'default' }] };
  const mb = 1 << 20;
  const lines: [string, string][] = [
    ['echo of a 1 MB word', `echo ${'a'.repeat(mb)}`],
    ['docker with a 1 MB argument (E2BIG)', `docker ${'a'.repeat(mb)}`],
    ['1 MB of words', `echo ${'ab '.repeat(mb / 3)}`],
    ['1 MB in double quotes', `echo "${'a'.repeat(mb)}"`],
    ['1 MB of $x', `echo ${'$x'.repeat(mb / 2)}`],
    ['200 nested $(', `echo ${'$(echo '.repeat(200)}x${')'.repeat(200)}`],
    ['100,000 nested $( (refused)', `echo ${'$('.repeat(100_000)}`],
    ['here-document of 20,000 lines', `cat > f <<EOF\n${'line $x\n'.repeat(20_000)}EOF`],
  ];
  for (const [name, line] of lines) {
    const r = time(() => runLine(world, session, line));
    console.log(`${name}: ${r.ms.toFixed(1)} ms (${r.value.output.length} characters out)`);
  }
}
