/**
 * The cell transform, run for real (esbuild-wasm in Node, then eval): IPython's semantics
 * for every kind of top-level declaration, the last expression, await, and source lines.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { transformCell } from '../../kernel/transform';
import { makeRunner } from './cells';

const k = makeRunner();
const g = globalThis as Record<string, any>;

beforeAll(async () => {
  await k.value('1'); // esbuild's first call compiles its wasm: keep it out of the timed tests
}, 60_000);

describe('top-level declarations persist', () => {
  it('const, let, var', async () => {
    await k.value('const a1 = 1; let b1 = 2; var c1 = 3;');
    expect(await k.value('a1 + b1 + c1')).toBe(6);
  });

  it('re-running a const cell rebinds instead of throwing', async () => {
    await k.value('const x2: number = 1');
    const r = await k.run('const x2: number = 2');
    expect(r.status).toBe('ok');
    expect(await k.value('x2')).toBe(2);
    // a later cell may even assign it, as Python names are never constant
    expect(await k.value('x2 = 5; x2')).toBe(5);
  });

  it('let without initialiser resets; var without initialiser keeps the value', async () => {
    await k.value('let l3 = 1; var v3 = 1;');
    await k.value('let l3; var v3;');
    expect(await k.value('[l3, v3]')).toEqual([undefined, 1]);
  });

  it('functions (hoisted, async, generator) and classes', async () => {
    await k.value(`
      const early = f4(2);           // hoisted within the cell
      function f4(n: number): number { return n * 10 }
      async function af4() { return 7 }
      function* gen4() { yield 1; yield 2 }
      class K4 { constructor(public v: number) {} twice() { return this.v * 2 } }
      class L4 extends K4 {}
    `);
    expect(await k.value('early')).toBe(20);
    expect(await k.value('f4(3)')).toBe(30);
    expect(await k.value('await af4()')).toBe(7);
    expect(await k.value('[...gen4()]')).toEqual([1, 2]);
    expect(await k.value('new L4(4).twice()')).toBe(8);
    expect(await k.value('f4.name + " " + K4.name')).toBe('f4 K4');
  });

  it('destructuring: object, array, nested, defaults, rest', async () => {
    await k.value('const {p5, q5: [r5, ...s5], t5 = 9} = {p5: 1, q5: [2, 3, 4]} as any; let [u5, , w5] = [5, 6, 7];');
    expect(await k.value('[p5, r5, s5, t5, u5, w5]')).toEqual([1, 2, [3, 4], 9, 5, 7]);
  });

  it('import declarations bind names', async () => {
    await k.value(`import { np as np6 } from 'numbook'; import * as nb6 from 'numbook'; import def6 from 'numbook';`);
    expect(await k.value('np6 === np && nb6.np === np && def6 === np')).toBe(true);
  });

  it('enum and namespace (TypeScript) persist', async () => {
    await k.value('enum Color7 { Red, Green }');
    expect(await k.value('Color7.Green')).toBe(1);
  });

  it('export is ignored: the declaration is a top-level one', async () => {
    await k.value('export const e8 = 8; export function fe8() { return e8 }');
    expect(await k.value('fe8()')).toBe(8);
  });

  it('var inside top-level blocks and for heads is top-level (function scope)', async () => {
    await k.value('if (true) { var iv9 = 1 } for (var i9 = 0; i9 < 3; i9++) {} for (var key9 in {a: 1}) {}');
    expect(await k.value('[iv9, i9, key9]')).toEqual([1, 3, 'a']);
  });

  it('block-scoped and function-local names stay local', async () => {
    await k.value('{ const inner10 = 1 } for (let j10 = 0; j10 < 2; j10++) {} function h10() { var local10 = 1; return local10 }');
    expect(g.inner10).toBeUndefined();
    expect(g.j10).toBeUndefined();
    expect(await k.value('h10()')).toBe(1);
    expect(g.local10).toBeUndefined();
  });

  it('closures see later rebinds, as IPython globals do', async () => {
    await k.value('let base11 = 1; const addBase11 = (n: number) => n + base11; function callsHelper11() { return helper11() } function helper11() { return "old" }');
    await k.value('base11 = 100');
    expect(await k.value('addBase11(1)')).toBe(101);
    await k.value('const base11 = 1000');
    expect(await k.value('addBase11(1)')).toBe(1001);
    await k.value('function helper11() { return "new" }');
    expect(await k.value('callsHelper11()')).toBe('new');
  });

  it('refuses to redeclare a JavaScript global np relies on', async () => {
    const r = await k.run('const Math = 1');
    expect(r.status).toBe('error');
    expect(r.error!.ename).toBe('SyntaxError');
    expect(r.error!.evalue).toContain("Cannot redeclare 'Math'");
    expect(Math.max(1, 2)).toBe(2);
  });

  it('may shadow np and display like any global', async () => {
    const saved = g.np;
    await k.value('const np = 5');
    expect(await k.value('np')).toBe(5);
    g.np = saved;
  });
});

describe('code without semicolons (the plain-JavaScript path keeps the user\'s text)', () => {
  it('a destructuring, an import or a hoisted function never joins the line before', async () => {
    await k.value('const f18 = () => 1\nconst {a18} = {a18: 2}\nconst [b18] = [3]\nimport {np as np18} from "numbook"\nf18()\nfunction g18() { return 4 }\n(g18)()');
    expect(await k.value('[a18, b18, np18 === np, g18()]')).toEqual([2, 3, true, 4]);
    expect(await k.value('let c18 = 1\nif (c18 > 5) var {d18} = {d18: 1}\nd18')).toBeUndefined();
  });
});

describe('results', () => {
  it('the last expression statement is the value; _ holds the last result', async () => {
    const r = await k.run('const z12 = 2\nz12 * 21');
    expect(r.hasValue).toBe(true);
    expect(r.value).toBe(42);
    expect(await k.value('_')).toBe(42);
    expect(await k.value('"s"')).toBe('s');
    expect(await k.value('[_, __]')).toEqual(['s', 42]);
  });

  it('no value after a declaration, a trailing statement or an undefined expression', async () => {
    expect((await k.run('const n13 = 1')).hasValue).toBe(false);
    expect((await k.run('1; if (true) {}')).hasValue).toBe(false);
    expect((await k.run('undefined')).hasValue).toBe(false);
    expect((await k.run('')).hasValue).toBe(false);
    expect((await k.run('// just a comment')).hasValue).toBe(false);
  });

  it('an object literal in parentheses, a sequence, a promise left unawaited', async () => {
    expect(await k.value('({a: 1})')).toEqual({ a: 1 });
    expect(await k.value('1, 2')).toBe(2);
    expect((await k.run('Promise.resolve(3)')).value).toBeInstanceOf(Promise);
  });

  it('top-level await, also in declarations and loops', async () => {
    expect(await k.value('const w14 = await Promise.resolve(5); for (const p of [1, 2]) await p; w14 + (await Promise.resolve(1))')).toBe(6);
    expect(await k.value('for await (const v of [Promise.resolve(1)]) {} w14')).toBe(5);
  });

  it('an ndarray result', async () => {
    const v = await k.value('np.arange(3)');
    expect(String(v)).toBe('[0 1 2]');
  });

  it('execution counts increase, failures included', async () => {
    const a = await k.run('1');
    const b = await k.run('throw new Error("x")');
    const c = await k.run('const = ;');
    const d = await k.run('2');
    expect([b.count - a.count, c.count - b.count, d.count - c.count]).toEqual([1, 1, 1]);
  });
});

describe('errors point at the TypeScript the user wrote', () => {
  it('a runtime error names the cell, line and column, through type annotations', async () => {
    const r = await k.run('type T = { a: number };\nconst o15: T = { a: 1 };\n\nconst bad15: any = null;\nconst y15: number = bad15.field;');
    expect(r.status).toBe('error');
    expect(r.error!.ename).toBe('TypeError');
    const tb = r.error!.traceback.join('\n');
    expect(tb).toMatch(new RegExp(`Cell In\\[${r.count}\\], line 5, col 27`));
    expect(tb).toContain('const y15: number = bad15.field;');
    expect(r.error!.traceback.at(-1)).toMatch(/^TypeError: Cannot read properties of null/);
  });

  it('frames in functions from earlier cells, with names; np errors keep NumPy names', async () => {
    const def = await k.run('function broadcastFail16(n: number) {\n  const a = np.ones([2, 3]);\n  return a.add(np.ones(n));\n}');
    const r = await k.run('\n\nbroadcastFail16(4)');
    expect(r.error!.ename).toBe('ValueError');
    const tb = r.error!.traceback;
    const top = tb.findIndex((l) => l.startsWith(`  Cell In[${r.count}], line 3`));
    const inner = tb.findIndex((l) => l.startsWith(`  Cell In[${def.count}], line 3`) && l.endsWith('in broadcastFail16'));
    expect(top).toBeGreaterThan(0);
    expect(inner).toBeGreaterThan(top);
    expect(tb.at(-1)).toBe('ValueError: operands could not be broadcast together with shapes (2,3) (4,) ');
  });

  it('lines after a hoisted function keep their numbers', async () => {
    const r = await k.run('const q17 = 1;\nfunction later17() { return 1 }\nthrow new RangeError("here");');
    expect(r.error!.traceback.join('\n')).toContain(`Cell In[${r.count}], line 3, col 7`);
  });

  it('a syntax error is esbuild\'s message with the line and a caret', async () => {
    const r = await k.run('const ok = 1;\nconst x = ;');
    expect(r.error!.ename).toBe('SyntaxError');
    expect(r.error!.evalue).toBe('Unexpected ";"');
    expect(r.error!.traceback).toEqual([`  Cell In[${r.count}], line 2, col 11`, '    const x = ;', '              ^', 'SyntaxError: Unexpected ";"']);
  });

  it('a thrown non-Error is reported, not lost', async () => {
    const r = await k.run('throw 42');
    expect(r.error!.ename).toBe('Uncaught');
    expect(r.error!.evalue).toMatch(/^42/);
  });

  it('MemoryError instead of a dead tab', async () => {
    const { setMemoryLimit } = await import('../../runtime/allocate');
    setMemoryLimit(2 ** 30);
    const r = await k.run('np.zeros([100000, 100000])');
    expect(r.error!.ename).toBe('MemoryError');
    expect(r.error!.evalue).toMatch(/^Unable to allocate 74\.5\d* GiB for an array with shape \(100000, 100000\)/);
  });
});

describe('transformCell (the rewrite itself)', () => {
  it('collects the declared names and guards loops and functions', () => {
    const t = transformCell('const a = 1;\nlet {b, c: [d]} = o;\nfunction f() {}\nclass K {}\nwhile (true) x++;\n', 'u.js');
    expect(t.names).toEqual(['a', 'b', 'd', 'f', 'K']);
    expect(t.code).toContain('$nbI$[0] !== 0 && $nb$.check();x++;');
    expect(t.code).toMatch(/f = function \(\) \{\$nbI\$\[0\] !== 0/);
    expect(t.code.endsWith('//# sourceURL=u.js')).toBe(true);
    expect(t.hasResult).toBe(false);
  });
});
