import { describe, expect, it } from 'vitest';
import { own, ownRecord, table } from './own';

const prototypeWords = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

describe('lookups by user text', () => {
  it('own() finds only own keys', () => {
    const r = { a: 1 };
    for (const w of prototypeWords) expect(own(r, w)).toBeUndefined();
    expect(own(r, 'a')).toBe(1);
  });
  it('table() has no prototype and keeps its keys', () => {
    const t = table({ curl: 1, wget: 2 });
    for (const w of prototypeWords) expect(t[w]).toBeUndefined();
    expect(Object.keys(t)).toEqual(['curl', 'wget']);
    expect(Object.isFrozen(t)).toBe(true);
  });
  it('ownRecord() keeps __proto__ as an ordinary key', () => {
    const r = ownRecord([['__proto__', 'x'], ['constructor', 'y']]);
    expect(Object.keys(r)).toEqual(['__proto__', 'constructor']);
    expect(own(r, '__proto__')).toBe('x');
    expect(JSON.stringify(r)).toBe('{"__proto__":"x","constructor":"y"}');
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  });
});
