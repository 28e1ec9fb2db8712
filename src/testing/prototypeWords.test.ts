import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../scenario/builtins';
import { harness } from './harness';

/** Words that name Object.prototype members: typed as commands, names, labels or filters they are plain text. */
const words = ['valueOf', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];

describe('prototype names typed at a prompt', () => {
  it.each(words)('%s is an unknown command in every shell', (word) => {
    const h = harness('three-node');
    expect(h.out(word)).toBe(`bash: ${word}: command not found\n`);
    h.run('docker-machine ssh default');
    expect(h.out(word)).toBe(`-sh: ${word}: not found\n`);
    h.run('docker run -dit --name u1 ubuntu\ndocker run -dit --name a1 alpine\ndocker exec -it u1 bash');
    expect(h.out(word)).toBe(`bash: ${word}: command not found\n`);
    expect(h.out(`${word} --help`)).toBe(`bash: ${word}: command not found\n`);
    h.run('exit\ndocker exec -it a1 sh');
    expect(h.out(word)).toBe(`sh: ${word}: not found\n`);
    // Inside a container, file, package and host names are text too.
    expect(h.out(`cat ${word}`)).toBe(`cat: can't open '${word}': No such file or directory\n`);
    expect(h.out(`apk add ${word}`)).toContain(`  ${word} (no such package):\n`);
    h.run('exit');
    expect(h.out(`docker exec a1 ${word}`)).toBe(
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${word}": executable file not found in $PATH: unknown\n`,
    );
  });

  it.each(words)('%s as a package or host name in an ubuntu container', (word) => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable on\ndocker run -dit --name u1 --network on ubuntu\ndocker exec -it u1 bash\napt-get update');
    expect(h.out(`apt-get install -y ${word}`)).toContain(`E: Unable to locate package ${word}\n`);
    h.run('apt-get install -y iputils-ping curl');
    expect(h.out(`ping -c 1 ${word}`)).toBe(`ping: ${word}: Name or service not known\n`);
    expect(h.out(`curl ${word}`)).toBe(`curl: (6) Could not resolve host: ${word}\n`);
  });

  it.each(words)('--label and -o with %s as the key are kept, shown and filtered on', (word) => {
    const h = harness('three-node').onNode('default');
    h.run(`docker network create -d overlay --label ${word}=x -o ${word}=y n1`);
    // Go prints a map's keys sorted by byte.
    const options = [`"${word}":"y"`, '"com.docker.network.driver.overlay.vxlanid_list":"4097"'].sort().join(',');
    expect(h.out("docker network inspect --format '{{json .Labels}} {{json .Options}}' n1")).toBe(`{"${word}":"x"} {${options}}\n`);
    expect(h.out(`docker network ls -q -f label=${word}`)).toBe(`${h.out('docker network ls -q -f name=n1')}`);
    expect(h.out(`docker network ls -q -f label=${word}=x`)).toBe(`${h.out('docker network ls -q -f name=n1')}`);
    expect(h.out(`docker network ls -q -f label=${word}=z`)).toBe('');
  });

  it.each(words)('%s is not a bool, a template function or a duration unit', (word) => {
    const h = harness('three-node').onNode('default');
    expect(h.out(`docker network create --attachable=${word} -d overlay n1`).split('\n')[0]).toBe(
      `invalid argument "${word}" for "--attachable" flag: strconv.ParseBool: parsing "${word}": invalid syntax`,
    );
    expect(h.out(`docker network ls --format '{{${word}}}'`)).toBe(`template parsing error: template: :1: function "${word}" not defined\n`);
    expect(h.out(`docker swarm init --dispatcher-heartbeat 1${word}`).split('\n')[0]).toBe(
      `invalid argument "1${word}" for "--dispatcher-heartbeat" flag: time: unknown unit "${word}" in duration "1${word}"`,
    );
  });

  it.each(words)('%s is not a built-in scenario', (word) => {
    expect(builtinScenarios[word]).toBeUndefined();
    expect(() => harness(word)).toThrow(`no scenario ${word}`);
  });
});

describe('prototype names as shell variables', () => {
  it.each(words)('$%s expands to nothing', (word) => {
    const h = harness('three-node');
    expect(h.out(`echo "[$${word}]"`)).toBe('[]\n');
  });
});
