import { describe, expect, it } from 'vitest';
import type { CommandList, Word } from './ast';
import { parse } from './parse';

function ok(source: string): CommandList {
  const r = parse(source);
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.list;
}

/** Renders a list back in a canonical form so whole structures can be compared as strings. */
function show(list: CommandList): string {
  const word = (w: Word): string =>
    w.parts.map((p) => (p.kind === 'text' ? (p.quoted ? `'${p.text}'` : p.text) : p.kind === 'var' ? `${p.quoted ? 'Q' : ''}{${p.name}}` : `${p.quoted ? 'Q' : ''}$(${show(p.list)})`)).join('');
  return list.items
    .map((item) =>
      [item.first, ...item.rest.map((r) => r.pipeline)]
        .map((p, k) => (k === 0 ? '' : item.rest[k - 1]?.op + ' ') + p.commands.map((c) => [...c.assignments.map((a) => `${a.name}=[${word(a.value)}]`), ...c.words.map((w) => `[${word(w)}]`)].join(' ')).join(' | '))
        .join(' '),
    )
    .join(' ; ');
}

describe('parse', () => {
  it('splits words and keeps quoting information', () => {
    expect(show(ok(`echo 'a b' "c $X d" e\\ f`))).toBe(`[echo] ['a b'] ['c 'Q{X}' d'] [e' 'f]`);
  });

  it('parses operators and precedence of lists, and-or and pipes', () => {
    expect(show(ok('a && b || c | d; e\nf'))).toBe('[a] && [b] || [c] | [d] ; [e] ; [f]');
  });

  it('parses nested command substitution, quoted and unquoted', () => {
    expect(show(ok('docker exec -it $(docker ps -q -f name=$(echo "web")) sh'))).toBe(
      `[docker] [exec] [-it] [$([docker] [ps] [-q] [-f] [name=$([echo] ['web'])])] [sh]`,
    );
    expect(show(ok('echo "id: $(cat f | head -n 1)"'))).toBe(`[echo] ['id: 'Q$([cat] [f] | [head] [-n] [1])]`);
    expect(show(ok('echo `hostname`'))).toBe('[echo] [$([hostname])]');
  });

  it('recognises ${VAR}, $? and a lone $', () => {
    expect(show(ok('echo ${HOME}x $? $ a$'))).toBe('[echo] [{HOME}x] [{?}] [$] [a$]');
  });

  it('drops comments but not # inside words or quotes', () => {
    expect(show(ok('echo a#b "#c" # comment && x\necho d'))).toBe(`[echo] [a#b] ['#c'] ; [echo] [d]`);
  });

  it('separates leading assignments from the command', () => {
    expect(show(ok('ID=$(docker ps -q) X= echo $ID'))).toBe('ID=[$([docker] [ps] [-q])] X=[] [echo] [{ID}]');
    expect(show(ok("'A=b' c"))).toBe(`['A=b'] [c]`);
  });

  it('joins continuation lines as bash does', () => {
    expect(show(ok('echo a\\\nb'))).toBe('[echo] [ab]');
    expect(show(ok("echo 'a\nb'"))).toBe(`[echo] ['a\nb']`);
    expect(show(ok('echo "a\\\nb"'))).toBe(`[echo] ['ab']`);
    expect(show(ok('echo a &&\n\necho b'))).toBe('[echo] [a] && [echo] [b]');
  });

  it('reports incomplete input', () => {
    for (const src of ['echo \\', "echo 'a", 'echo "a', 'echo $(ls', 'echo $(echo "a)', 'a &&', 'a ||', 'a |', 'echo ${X', 'echo `ls']) {
      expect(parse(src), src).toEqual({ kind: 'incomplete' });
    }
  });

  it('accepts empty input, blank lines and a trailing separator', () => {
    expect(ok('').items).toEqual([]);
    expect(ok('  # only a comment').items).toEqual([]);
    expect(show(ok('\n a ;\n'))).toBe('[a]');
  });

  it('reports syntax errors in bash and ash wording', () => {
    expect(parse('&& ls')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `&&'" });
    expect(parse('ls | | wc')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `|'" });
    expect(parse('ls ;; wc')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `;'" });
    expect(parse('a\n&& b')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `&&'" });
    expect(parse('echo $(ls &&)')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `)'" });
    expect(parse('ls )')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `)'" });
    expect(parse('&& ls', 'ash')).toEqual({ kind: 'error', message: 'sh: syntax error: unexpected "&&"' });
    expect(parse('a |\n;', 'ash')).toEqual({ kind: 'error', message: 'sh: syntax error: unexpected ";"' });
  });
});
