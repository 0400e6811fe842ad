/**
 * NumPy's operators in cells (kernel/operators.ts), run for real through the executor:
 * NumPy's answers (goldens from NumPy 2.4 in test/goldens/operators.json), JavaScript's
 * meaning for everything that is not an ndarray, in-place compound assignment through
 * views, bracket indexing, conditions, and tracebacks that still point at the user's text.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { makeRunner } from './cells';
import { np } from '../../runtime/index';
import { transformCell } from '../../kernel/transform';

const k = makeRunner();
const goldens = JSON.parse(readFileSync(new URL('../goldens/operators.json', import.meta.url), 'utf8')) as {
  setup_ts: string;
  cases: { name: string; ts: string; str?: string; ename?: string; evalue?: string }[];
};

beforeAll(async () => {
  await k.value('1');
  await k.value(goldens.setup_ts);
}, 60_000);

describe('NumPy operators give what NumPy gives (goldens)', () => {
  for (const c of goldens.cases) {
    it(c.name, async () => {
      const r = await k.run(`${goldens.setup_ts}\n${c.ts}`);
      if (c.ename) {
        expect(r.status, 'should raise').toBe('error');
        // UFuncTypeError is NumPy's subclass of TypeError; both name the class they are.
        expect(r.error!.ename).toBe(c.ename);
        expect(r.error!.evalue).toBe(c.evalue);
      } else {
        if (r.status !== 'ok') throw new Error(r.error!.traceback.join('\n'));
        expect(String(r.value)).toBe(c.str);
      }
    });
  }
});

describe('JavaScript values keep JavaScript meaning', () => {
  it('numbers, strings, bigints, arrays and objects', async () => {
    expect(await k.value('[7 % -3, -7 % 3, 2 ** 10, 7 / 2, 1 << 3, -8 >> 1, 5 & 3, 5 | 2, 5 ^ 1, ~5, -(3), +"4"]')).toEqual([1, -1, 1024, 3.5, 8, -4, 1, 7, 4, -6, -3, 4]);
    expect(await k.value('["x = " + 1, 1 + "2", `t${1 + 1}`, [1] + [2], 1n + 2n, 2n ** 10n]')).toEqual(['x = 1', '12', 't2', '12', 3n, 1024n]);
    expect(await k.value('[1 < 2, "a" < "b", 1 == "1", null == undefined, 0 != false, NaN == NaN]')).toEqual([true, true, true, true, false, false]);
    expect(await k.value('let s0 = "a"; s0 += "b"; let n0 = 1; n0 **= 3; n0 -= 1; [s0, n0]')).toEqual(['ab', 0]);
    expect(Number.isNaN(await k.value('("a" as any) * 2'))).toBe(true);
  });

  it('JS arrays and objects index as JavaScript does', async () => {
    expect(await k.value('const xs = [10, 20, 30]; xs[1] = 5; xs[0] += 1; [xs[0], xs[1], xs[xs.length - 1]]')).toEqual([11, 5, 30]);
    expect(await k.value('const o0: any = {k: 1, "a b": 2}; o0["k"] += 1; o0["new"] = 3; [o0.k, o0["a b"], o0.new]')).toEqual([2, 2, 3]);
    // A comma in brackets on nested JS arrays indexes each level (a subplots grid `axes[0, 1]`);
    // on other objects it is JavaScript's comma operator.
    expect(await k.value('const rows = [[1, 2], [3, 4]]; rows[1, 0] = 30; [rows[1, 0], rows[0, 1], rows[1]]')).toEqual([30, 2, [30, 4]]);
    expect(await k.value('const objc: any = {a: 1, b: 2}; objc["a", "b"]')).toBe(2);
    expect(String(await k.value('const mixed = [np.arange(6).reshape(2, 3)]; mixed[0, 1, 2]'))).toBe('5');
    const tooMany = await k.run('xs[0, 2]');
    expect([tooMany.error!.ename, tooMany.error!.evalue]).toEqual(['TypeError', "'int' object is not subscriptable"]);
    expect(await k.value('const grid = [[1, 2], [3, 4]]; grid[1][0] *= 10; grid')).toEqual([[1, 2], [30, 4]]);
    expect(await k.value('const m0 = new Map([[1, "a"]]); const ta = new Float64Array(3); ta[1] = 2.5; [m0.get(1), ta[1], "abc"[1]]')).toEqual(['a', 2.5, 'b']);
  });

  it('=== stays identity and == null stays the null check', async () => {
    expect(await k.value('const id1 = np.arange(3); [id1 === id1, id1 !== np.arange(3), id1 == null, id1 != undefined]')).toEqual([true, true, false, true]);
  });

  it('a string beside an ndarray concatenates NumPy\'s str', async () => {
    expect(await k.value('"shape: " + np.arange(3)')).toBe('shape: [0 1 2]');
    expect(await k.value('np.ones(2) + "!"')).toBe('[1. 1.]!');
    expect(await k.value('let msg = "a = "; msg += np.arange(2); msg')).toBe('a = [0 1]');
  });

  it('ndarray properties stay properties in brackets', async () => {
    expect(await k.value('const p1 = np.zeros([2, 3]); [p1["shape"], p1["ndim"], typeof p1["sum"]]')).toEqual([[2, 3], 2, 'function']);
    expect(String(await k.value('p1["1, :2"]'))).toBe('[0. 0.]');
  });
});

describe('compound assignment changes an ndarray in place', () => {
  it('views and other names see the change', async () => {
    expect(String(await k.value('let base2 = np.zeros([2, 3]); let alias2 = base2; let row2 = base2[1]; row2 += 5; alias2 *= 2; base2'))).toBe('[[ 0.  0.  0.]\n [10. 10. 10.]]');
    expect(await k.value('alias2 === base2')).toBe(true);
  });

  it('const bindings of arrays work at top level and in functions', async () => {
    expect(String(await k.value('const c3 = np.ones(3); c3 += 1; c3'))).toBe('[2. 2. 2.]');
    expect(String(await k.value('function bump3(v: any) { let w = v; w -= 1; return v } bump3(np.ones(2))'))).toBe('[0. 0.]');
    expect(String(await k.value('function bump4() { const w = np.ones(2); w *= 3; return w } bump4()'))).toBe('[3. 3.]');
    expect(await k.value('function bump5() { const n = 1; try { (n as any) += 1 } catch (e) { return (e as Error).name } } bump5()')).toBe('TypeError');
  });

  it('members and elements: o.p += v, o[k] += v, in Python\'s order', async () => {
    expect(String(await k.value('const holder = {arr: np.arange(3)}; const before = holder.arr; holder.arr += 10; [holder.arr === before, String(holder.arr)]'))).toBe('true,[10 11 12]');
    const order = await k.value(`
      const log4: string[] = [];
      const t4 = np.zeros(3);
      const obj4 = () => (log4.push("obj"), t4);
      const key4 = () => (log4.push("key"), 1);
      const val4 = () => (log4.push("val"), 2);
      obj4()[key4()] += val4();
      [log4.join(","), String(t4)]`);
    expect(order).toEqual(['obj,key,val', '[0. 2. 0.]']);
  });

  it('a list of arrays: lst[0] += 1 changes the array it holds', async () => {
    expect(await k.value('const held = np.zeros(2); const lst = [held]; lst[0] += 1; [lst[0] === held, String(held)]')).toEqual([true, '[1. 1.]']);
  });
});

describe('the rewrite keeps JavaScript working', () => {
  it('recursion with element temporaries (per call, not shared)', async () => {
    expect(await k.value('const memo: Record<number, number> = {0: 0, 1: 1}; const fib = (n: number): number => memo[n] ?? (memo[n] = fib(n - 1) + fib(n - 2)); fib(40)')).toBe(102334155);
    expect(await k.value('function depth(a: number[], i: number): number { return i < a.length ? a[i] + depth(a, i + 1) : 0 } depth([1, 2, 3, 4], 0)')).toBe(10);
  });

  it('callees keep this; optional chains short-circuit; destructuring targets', async () => {
    expect(await k.value('const objm = {v: 2, f() { return this.v } }; objm["f"]()')).toBe(2);
    expect(await k.value('const nul: any = null; [nul?.[0], nul?.a[0]]')).toEqual([undefined, undefined]);
    expect(await k.value('const dst = [0, 0]; [dst[0], dst[1]] = [3, 4]; ({x: dst[0]} = {x: 9}); dst')).toEqual([9, 4]);
    expect(await k.value('const cnt = [0]; cnt[0]++; ++cnt[0]; delete (cnt as any)[5]; cnt[0]')).toBe(2);
  });

  it('statements that start with a rewritten expression do not join the line before', async () => {
    expect(await k.value('const arr6 = [1, 2]\nlet f6 = () => 1\narr6[0] = 5\narr6[1] += 1\narr6[0].toString()')).toBe('5');
  });

  it('arrow bodies, class fields, parameter defaults and generators', async () => {
    expect(await k.value('const pick = (a: any) => ({first: a[0]}); pick(np.arange(3)).first')).toBe(0);
    expect(await k.value('class Box7 { v = np.arange(4); w = this.v[1] * 2 } new Box7().w')).toBe(2);
    expect(String(await k.value('function dflt(a = np.ones(2) * 3) { return a } dflt()'))).toBe('[3. 3.]');
    expect(await k.value('function* gen8(a: any) { for (let i = 0; i < 2; i++) yield a[i] * 10 } [...gen8([1, 2])]')).toEqual([10, 20]);
  });

  it('conditions on operator results check the truth value; plain objects keep JS truthiness', async () => {
    expect(await k.value('const arr9 = np.arange(3); [arr9 ? 1 : 0, arr9 && 5, !arr9, (arr9.sum() > 2) ? "y" : "n"]')).toEqual([1, 5, false, 'y']);
    expect(await k.value('let w9 = 0; while (np.array([w9]) < 3) w9++; w9')).toBe(3);
    expect(await k.value('np.array([0]) == 1 || "fallback"')).toBe('fallback');
  });
});

describe('tracebacks point at the user\'s line and column after the rewrite', () => {
  it('an operator error points at its expression', async () => {
    const r = await k.run('const tb1 = np.ones(3);\nconst ok1 = 1;\nconst z1: number = ok1 + (tb1 + np.ones(4)).sum();');
    expect(r.error!.ename).toBe('ValueError');
    expect(r.error!.traceback).toEqual([
      'Traceback (most recent call last):',
      `  Cell In[${r.count}], line 3, col 27`,
      '    const z1: number = ok1 + (tb1 + np.ones(4)).sum();',
      '                              ^',
      'ValueError: operands could not be broadcast together with shapes (3,) (4,) ',
    ]);
  });

  it('an index error points at its subscript, in plain JavaScript and in TypeScript', async () => {
    for (const [code, col] of [
      ['const tb2 = np.arange(3);\ntb2[1] + tb2[7]', 10],
      ['const tb3: any = np.arange(3);\nlet q3: number = tb3[1] + tb3[7]', 27],
      // An object that is not a name: the subscript's closing bracket.
      ['const tb7 = {a: np.arange(3)};\ntb7.a[1] + tb7.a[7]', 19],
    ] as const) {
      const r = await k.run(code);
      expect(r.error!.evalue).toBe('index 7 is out of bounds for axis 0 with size 3');
      expect(r.error!.traceback[1]).toBe(`  Cell In[${r.count}], line 2, col ${col}`);
    }
  });

  it('a compound assignment error points at its line (the end of its right side)', async () => {
    const r = await k.run('let tb4 = np.arange(3)\n  tb4 += 0.5');
    expect(r.error!.ename).toBe('UFuncTypeError');
    expect(r.error!.traceback.slice(1, 4)).toEqual([`  Cell In[${r.count}], line 2, col 12`, '    tb4 += 0.5', '             ^']);
  });

  it('an error in the slow branch of an inline operator points at the expression', async () => {
    const r = await k.run('const tb5 = np.ones(3), tb6 = np.ones(4);\nconst z5 = 1 +\n  tb5 * tb6;');
    expect(r.error!.ename).toBe('ValueError');
    expect(r.error!.traceback.slice(1, 4)).toEqual([`  Cell In[${r.count}], line 3, col 3`, '    tb5 * tb6;', '    ^']);
  });
});

describe('outside cells an ndarray refuses JavaScript operators', () => {
  const a = np.arange(3);
  const any = (x: unknown) => x as any;
  it('arithmetic and comparison throw a TypeError naming the methods', () => {
    expect(() => any(a) * 2).toThrowError(/only 0-dimensional arrays can be converted to Python scalars.*shape \(3,\).*a\.mul\(2\) for a \* 2/);
    expect(() => any(a) + 1).toThrowError(/a\.add\(b\) for a \+ b/);
    expect(() => any(a) < 1).toThrowError(TypeError);
    expect(() => any(a) == 1).toThrowError(/a\.eq\(b\) for a == b/);
  });
  it('a 0-d array is its number; a string context is NumPy\'s str', () => {
    const zero = np.add(np.array(2.5), 0);
    expect(any(zero) * 2).toBe(5);
    expect(`${a}`).toBe('[0 1 2]');
    expect(String(np.ones([2, 2]))).toBe('[[1. 1.]\n [1. 1.]]');
  });
});

describe('transformCell', () => {
  it('leaves literal arithmetic and null checks alone, and can be turned off', () => {
    const t = transformCell('const x = 1 + 2 * 3; if (y == null) z = -1', 'c.js').code;
    expect(t).not.toContain('$nb$.add');
    expect(t).not.toContain('$nb$.eq');
    expect(t).not.toContain('$nb$.neg');
    expect(transformCell('a.x * b', 'c.js').code).toContain('$nb$.mul(a.x , b)');
    // Names and numbers: JavaScript's operator inline, the helper only for the rest.
    expect(transformCell('a * 2', 'c.js').code).toContain("(typeof a === 'number' ? a * 2 : $nb$.o.mul(a, 2))");
    expect(transformCell('a * b; a[0]', 'c.js', 'latest', false).code).not.toMatch(/\$nb\$\.|nbT/);
  });
});
