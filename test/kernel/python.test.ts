/**
 * Python habits in cells (kernel/python.ts): print, len, and Python 3.12's "Did you mean"
 * for a misspelt np name or global.
 */
import { describe, it, expect } from 'vitest';
import { makePrint, len, suggestName, guardNamespace } from '../../kernel/python';
import { makeRunner } from './cells';
import { provide } from '../../kernel/scope';
import { np } from '../../runtime/index';

describe('print', () => {
  const printed = (...args: unknown[]) => {
    let out = '';
    makePrint((t) => (out += t))(...args);
    return out;
  };
  it('separates values by spaces and ends with a newline, arrays as NumPy\'s str', () => {
    expect(printed('mean:', 2.5, np.arange(3))).toBe('mean: 2.5 [0 1 2]\n');
    expect(printed()).toBe('\n');
    expect(printed(np.ones([2, 2]))).toBe('[[1. 1.]\n [1. 1.]]\n');
  });
  it('sep and end as a trailing options object', () => {
    expect(printed(1, 2, 3, { sep: ', ', end: '!' })).toBe('1, 2, 3!');
    expect(printed('a', { end: '' })).toBe('a');
    // An object that is not print()'s options is printed.
    expect(printed({ x: 1 })).toBe('{ x: 1 }\n');
  });
});

describe('len', () => {
  it('first dimension of an array; length or size of JS collections', () => {
    expect(len(np.zeros([3, 4]))).toBe(3);
    expect(len([1, 2])).toBe(2);
    expect(len('abc')).toBe(3);
    expect(len(new Set([1, 2, 2]))).toBe(2);
    expect(len(new Float32Array(5))).toBe(5);
  });
  it('Python\'s errors', () => {
    expect(() => len(np.add(np.array(1), 0))).toThrowError('len() of unsized object');
    expect(() => len(5)).toThrowError("object of type 'int' has no len()");
    expect(() => len(null)).toThrowError("object of type 'NoneType' has no len()");
  });
});

describe('suggestions, as CPython computes them', () => {
  it('nearest name within a third of the characters; none when too far', () => {
    expect(suggestName('zeroes', Object.keys(np))).toBe('zeros');
    expect(suggestName('arrange', Object.keys(np))).toBe('arange');
    expect(suggestName('lenspace', Object.keys(np))).toBe('linspace');
    expect(suggestName('Sum', ['sum', 'cumsum'])).toBe('sum');
    expect(suggestName('qqqqqq', ['zeros', 'ones'])).toBeNull();
    expect(suggestName('x', ['_x'])).toBeNull();
  });

  it('a namespace raises AttributeError for a missing name, stays quiet for existing ones and promise checks', async () => {
    const ns: Record<string, unknown> = { zeros: 1, ones: 2 };
    guardNamespace(ns, 'demo');
    expect(ns.zeros).toBe(1);
    expect(() => ns.zeroes).toThrowError("module 'demo' has no attribute 'zeroes'. Did you mean: 'zeros'?");
    expect(() => ns.qqqqqq).toThrowError(/^module 'demo' has no attribute 'qqqqqq'$/);
    expect(ns.then).toBeUndefined();
    expect(await Promise.resolve(ns)).toBe(ns);
    expect(String(ns)).toBe('[object Object]');
  });

  it('in cells: np.zeroes and a misspelt global', async () => {
    guardNamespace(np, 'numpy');
    guardNamespace(np.random, 'numpy.random');
    provide('print', makePrint(() => {}));
    const k = makeRunner();
    const r = await k.run('np.zeroes(3)');
    expect(r.error!.ename).toBe('AttributeError');
    expect(r.error!.evalue).toBe("module 'numpy' has no attribute 'zeroes'. Did you mean: 'zeros'?");
    const r2 = await k.run('np.random.rnd(2)');
    expect(r2.error!.evalue).toBe("module 'numpy.random' has no attribute 'rnd'. Did you mean: 'rand'?");
    const r3 = await k.run('prnt("hi")');
    expect(r3.error!.ename).toBe('ReferenceError');
    expect(r3.error!.evalue).toBe("prnt is not defined. Did you mean: 'print'?");
  });
});

describe('Python slice syntax', () => {
  it('is a SyntaxError that says how to write it', async () => {
    const k = makeRunner();
    const cases: [string, string][] = [
      ['const s1 = np.arange(5);\ns1[1:3]', 'Python\'s slice syntax s1[1:3] is not TypeScript: write s1.get("1:3"), NumPy\'s index as a string'],
      ['const img = np.zeros([4, 4]);\nconst crop = img[:2, ::-1];', 'Python\'s slice syntax img[:2, ::-1] is not TypeScript: write img.get(":2, ::-1"), NumPy\'s index as a string'],
      ['const m2 = np.zeros([3, 3]);\nm2[:, 0] = 1', 'Python\'s slice syntax m2[:, 0] is not TypeScript: write m2.set(":, 0", value), NumPy\'s index as a string'],
      ['const t2 = {a: np.zeros(3)};\nt2.a[f(1):]', 'Python\'s slice syntax t2.a[f(1):] is not TypeScript: write t2.a.get("f(1):"), NumPy\'s index as a string'],
    ];
    for (const [code, message] of cases) {
      const r = await k.run(code);
      expect(r.error!.ename).toBe('SyntaxError');
      expect(r.error!.evalue).toBe(message);
      expect(r.error!.traceback[0]).toMatch(/line 2, col \d+$/);
    }
  });
});

describe('Python floor division', () => {
  it('a // 2 is a comment in TypeScript: a warning says so', async () => {
    const { floorDivisionWarnings } = await import('../../kernel/python');
    expect(floorDivisionWarnings('const a = np.arange(5);\nconst h = a // 2\nlen(x) // (n + 1);', 7)).toEqual([
      'Cell In[7], line 2: SyntaxWarning: "a // 2" is a comment in TypeScript, not floor division; write np.floor_divide(a, 2) (or Math.floor(a / 2) for numbers)\n',
      'Cell In[7], line 3: SyntaxWarning: "len(x) // (n + 1)" is a comment in TypeScript, not floor division; write np.floor_divide(len(x), (n + 1)) (or Math.floor(len(x) / (n + 1)) for numbers)\n',
    ]);
    // Ordinary comments, URLs in strings, and comments after a statement are left alone.
    expect(floorDivisionWarnings('x = 5 // the default\nconst u = "http://a.b/c" // 2\nf(); // 3\n// 10 items\nk = n // two', 1)).toEqual([]);
  });
  it('reaches the cell\'s stderr', async () => {
    const k = makeRunner();
    const warnings: string[] = [];
    const st = await k.executor.run('const fd = 7 // 2\nfd', 1, { warning: (w) => warnings.push(w) });
    expect(st).toBe('ok');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"7 // 2" is a comment in TypeScript');
  });
});
