import { describe, expect, it } from 'vitest';
import type { CommandList, Word } from './ast';
import { parse } from './parse';
import { ASH } from './voice';

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
    expect(parse('&& ls', ASH)).toEqual({ kind: 'error', message: 'sh: syntax error: unexpected "&&"' });
    expect(parse('a |\n;', ASH)).toEqual({ kind: 'error', message: 'sh: syntax error: unexpected ";"' });
  });
});

describe('parse: redirections and here-documents', () => {
  const redirects = (src: string) => {
    const r = parse(src);
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    return (r.list.items[0]?.first.commands[0]?.redirects ?? []).map((x) =>
      x.kind === 'here' ? `${x.fd}<<${JSON.stringify(x.body.parts.map((p) => (p.kind === 'text' ? p.text : p.kind)))}` : `${x.fd}${x.kind === 'dup' ? '>&' : x.mode}:${x.target.parts.map((p) => (p.kind === 'text' ? p.text : p.kind)).join('')}`,
    );
  };

  it('reads descriptors, files, duplications and &>', () => {
    expect(redirects('cmd > a >> b < c 2> d 2>&1 &> e >&2 x2>f')).toEqual(['1write:a', '1append:b', '0read:c', '2write:d', '2>&:1', '1write:e', '2>&:1', '1>&:2', '1write:f']);
  });

  it('waits for the delimiter line and keeps the body', () => {
    expect(parse('cat <<EOF')).toEqual({ kind: 'incomplete' });
    expect(parse('cat <<EOF\nline')).toEqual({ kind: 'incomplete' });
    expect(redirects('cat <<EOF\na $X\nEOF')).toEqual(['0<<["a ","var","\\n"]']);
    expect(redirects("cat <<'EOF'\na $X\nEOF")).toEqual(['0<<["a $X\\n"]']);
    expect(redirects('cat <<-END\n\t\tx\n\tEND')).toEqual(['0<<["x\\n"]']);
  });

  it('reports a redirection without a target in bash and ash words', () => {
    expect(parse('echo >')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `newline'" });
    expect(parse('echo > | x')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `|'" });
    expect(parse('echo >', ASH)).toEqual({ kind: 'error', message: 'sh: syntax error: unexpected newline' });
  });
});

describe('parse: bounds', () => {
  it('stops nested substitutions at the nesting limit with a clean error, without recursing further', () => {
    const deep = (n: number) => `echo ${'$('.repeat(n)}x${')'.repeat(n)}`;
    expect(parse(deep(200)).kind).toBe('ok');
    expect(parse(deep(2000))).toEqual({ kind: 'error', message: 'bash: command substitution: maximum nesting level exceeded (200)' });
    expect(parse('echo ' + '$('.repeat(100_000))).toEqual({ kind: 'error', message: 'bash: command substitution: maximum nesting level exceeded (200)' });
    expect(parse(deep(2000), ASH)).toEqual({ kind: 'error', message: 'sh: command substitution: maximum nesting level exceeded (200)' });
  });

  it('parses a 1 MB line into one word', () => {
    const r = parse(`echo ${'a'.repeat(1 << 20)}`);
    expect(r.kind === 'ok' && r.list.items[0]?.first.commands[0]?.words.length).toBe(2);
  });
});
