import { describe, expect, it } from 'vitest';
import { golden } from '../../testing/golden';
import { harness } from '../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

/** Redirections and here-documents, typed line by line (continuation lines at the `> ` prompt). */
const script = (shell: string): string => `echo hi > /dev/null
echo one > notes.txt
echo two >> notes.txt
cat notes.txt
cat < notes.txt | wc -l
cat nosuch
cat < nosuch
echo lost > /nodir/file
cat nosuch 2> /dev/null; echo "status $?"
cat nosuch notes.txt > both.txt 2>&1
cat both.txt
cat nosuch &> all.txt
cat all.txt
echo to-stderr >&2 2>/dev/null
echo x 2>&1 >/dev/null
NAME=web
cat > app.conf <<EOF
server {
  listen 80;
  name $NAME-\\$x $(echo sub);
}
EOF
cat app.conf
cat <<'EOF' > raw.txt
keep $HOME and $(echo this)
EOF
cat raw.txt
cat <<-EOF
\t\tindented
\tEOF
echo >
ls
mkdir conf
mkdir conf
touch conf/a conf/b
ls conf
rm conf
rm -r conf
rm nosuch
ls conf
cat /etc/hostname > copy; cat copy
${shell}`;

describe('redirections and here-documents', () => {
  it('on a node (bash, GNU tools)', () => {
    const t = harness('three-node').onNode('default').run(script('exit').replaceAll('\\t', '\t'));
    expect(t).toBe(golden(file('node-29'), t));
  });

  it('in an ubuntu container (bash) and an alpine container (ash, BusyBox); files go with the container', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker run -d --name deb --hostname deb ubuntu sleep 1d\ndocker run -d --name alp --hostname alp alpine sleep 1d');
    const t1 = h.run(`docker exec -it deb bash\n${script('exit').replaceAll('\\t', '\t')}`);
    expect(t1).toBe(golden(file('ubuntu-29'), t1));
    const t2 = h.run(`docker exec -it alp sh\n${script('exit').replaceAll('\\t', '\t')}`);
    expect(t2).toBe(golden(file('alpine-29'), t2));
    const t3 = h.run('docker exec alp cat notes.txt\ndocker rm -f alp\ndocker run -d --name alp alpine sleep 1d\ndocker exec alp cat notes.txt');
    expect(t3).toBe(golden(file('gone-29'), t3));
  });
});
