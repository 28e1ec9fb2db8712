import { describe, expect, it } from 'vitest';
import { runTextTool } from './textTools';

const PS = 'ID    NAME   IMAGE\nabc   web.1  nginx:latest\ndef   db.1   postgres:16\nghi   web.2  nginx:latest\n';

function run(line: string, stdin = PS) {
  return runTextTool(line.split(' '), stdin);
}

describe('text tools', () => {
  it('grep selects, inverts, counts, ignores case and uses basic or extended regexes', () => {
    expect(run('grep web')).toEqual({ stdout: 'abc   web.1  nginx:latest\nghi   web.2  nginx:latest\n', stderr: '', exitCode: 0 });
    expect(run('grep -vc web')?.stdout).toBe('2\n');
    expect(run('grep -i NGINX -c')?.stdout).toBe('2\n');
    expect(run('grep nosuch')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    expect(run('grep -c nosuch')).toEqual({ stdout: '0\n', stderr: '', exitCode: 1 });
    expect(run('grep web|db')?.stdout).toBe('');
    expect(run('grep web\\|db')?.stdout).toBe('abc   web.1  nginx:latest\ndef   db.1   postgres:16\nghi   web.2  nginx:latest\n');
    expect(run('grep -E ^(abc|def)')?.stdout).toBe('abc   web.1  nginx:latest\ndef   db.1   postgres:16\n');
    expect(run('grep -x a')).toEqual({
      stdout: '',
      stderr: "grep: invalid option -- 'x'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exitCode: 2,
    });
  });

  it('head and tail take -n N, -N and +N', () => {
    expect(run('head -n 2')?.stdout).toBe('ID    NAME   IMAGE\nabc   web.1  nginx:latest\n');
    expect(run('head -1')?.stdout).toBe('ID    NAME   IMAGE\n');
    expect(run('tail -n1')?.stdout).toBe('ghi   web.2  nginx:latest\n');
    expect(run('tail -n +3')?.stdout).toBe('def   db.1   postgres:16\nghi   web.2  nginx:latest\n');
    expect(run('head -n x')).toEqual({ stdout: '', stderr: "head: invalid number of lines: 'x'\n", exitCode: 1 });
    expect(run('head', 'a\nb')?.stdout).toBe('a\nb');
  });

  it('wc counts lines, words and bytes', () => {
    expect(run('wc -l')?.stdout).toBe('4\n');
    expect(run('wc', 'a b\n')?.stdout).toBe('      1       2       4\n');
  });

  it('sort orders bytes, numbers, reversed and unique', () => {
    expect(run('sort', 'b\nB\na\n')?.stdout).toBe('B\na\nb\n');
    expect(run('sort -n', '10\n9\n100\n')?.stdout).toBe('9\n10\n100\n');
    expect(run('sort -ru', 'a\nb\na\n')?.stdout).toBe('b\na\n');
  });

  it('awk prints fields', () => {
    expect(runTextTool(['awk', '{print $2}'], PS)?.stdout).toBe('NAME\nweb.1\ndb.1\nweb.2\n');
    expect(runTextTool(['awk', '/web/ {print $1, $NF}'], PS)?.stdout).toBe('abc nginx:latest\nghi nginx:latest\n');
    expect(runTextTool(['awk', '-F:', '{print $2 "!"}'], 'a:b\n')?.stdout).toBe('b!\n');
    expect(runTextTool(['awk', '{x++}'], PS)?.exitCode).toBe(2);
  });

  it('cut picks delimited fields', () => {
    expect(run('cut -d : -f 2', 'nginx:latest\nplain\n')?.stdout).toBe('latest\nplain\n');
    expect(run('cut -d. -f1,3-', 'a.b.c.d\n')?.stdout).toBe('a.c.d\n');
    expect(run('cut -d ,')).toEqual({
      stdout: '',
      stderr: "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exitCode: 1,
    });
  });

  it('echo handles -n and -e', () => {
    expect(runTextTool(['echo', 'a', 'b'], '')?.stdout).toBe('a b\n');
    expect(runTextTool(['echo', '-n', 'a'], '')?.stdout).toBe('a');
    expect(runTextTool(['echo', '-e', 'a\\tb\\n'], '')?.stdout).toBe('a\tb\n\n');
    expect(runTextTool(['echo', 'a\\tb', '-n'], '')?.stdout).toBe('a\\tb -n\n');
    expect(runTextTool(['echo', '-e', 'a\\cb'], '')?.stdout).toBe('a');
  });

  it('true and false set the exit code; unknown names are not text tools', () => {
    expect(run('true')?.exitCode).toBe(0);
    expect(run('false')?.exitCode).toBe(1);
    expect(run('docker ps')).toBeUndefined();
    expect(run('toString')).toBeUndefined();
  });
});
