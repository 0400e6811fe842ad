import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { typescript } from 'monaco-editor/languages/features/typescript/lib/typescriptServices';
import { operatorView } from '../../../web/editor/ts-operator-view';
import type { TsApi } from '../../../web/editor/ts-api';

const ts = typescript as TsApi;
const view = (text: string) => operatorView(ts, text).text;

describe('operator view: each operator as a helper call', () => {
  it('binary operators', () => {
    const cases: [string, string][] = [
      ['+', 'add'], ['-', 'sub'], ['*', 'mul'], ['/', 'div'], ['%', 'mod'], ['**', 'pow'],
      ['<', 'lt'], ['<=', 'le'], ['>', 'gt'], ['>=', 'ge'], ['==', 'eq'], ['!=', 'ne'],
      ['&', 'and'], ['|', 'or'], ['^', 'xor'], ['<<', 'lshift'], ['>>', 'rshift'],
    ];
    for (const [op, helper] of cases) {
      // The operator becomes a comma and spaces: the same length, so nothing after it moves.
      expect(view(`a ${op} b`)).toBe(`__nb.${helper}(a ${','.padEnd(op.length)} b)`);
    }
  });

  it('compound assignments', () => {
    const cases: [string, string][] = [
      ['+=', 'iadd'], ['-=', 'isub'], ['*=', 'imul'], ['/=', 'idiv'], ['%=', 'imod'], ['**=', 'ipow'],
      ['&=', 'iand'], ['|=', 'ior'], ['^=', 'ixor'], ['<<=', 'ilshift'], ['>>=', 'irshift'],
    ];
    for (const [op, helper] of cases) expect(view(`a ${op} b;`)).toBe(`__nb.${helper}(a ${','.padEnd(op.length)} b);`);
    expect(view('a[0] += 1')).toBe('__nb.iadd(a[0] ,  1)');
  });

  it('prefix -, + and ~ (the operator becomes a space)', () => {
    expect(view('-a')).toBe('__nb.neg( a)');
    expect(view('+a')).toBe('__nb.pos( a)');
    expect(view('~mask')).toBe('__nb.invert( mask)');
    expect(view('-(a * 2)')).toBe('__nb.neg( (__nb.mul(a , 2)))');
    expect(view('- -a')).toBe('__nb.neg(  __nb.neg( a))');
  });

  it('nesting follows precedence and parentheses', () => {
    expect(view('a + b * c')).toBe('__nb.add(a , __nb.mul(b , c))');
    expect(view('(a + b) * c')).toBe('__nb.mul((__nb.add(a , b)) , c)');
    expect(view('a * b * c')).toBe('__nb.mul(__nb.mul(a , b) , c)');
    expect(view('a ** b ** c')).toBe('__nb.pow(a ,  __nb.pow(b ,  c))');
    expect(view('-a * b')).toBe('__nb.mul(__nb.neg( a) , b)');
    expect(view('(a > 1) & (a < 5)')).toBe('__nb.and((__nb.gt(a , 1)) , (__nb.lt(a , 5)))');
    expect(view('a += b * 2')).toBe('__nb.iadd(a ,  __nb.mul(b , 2))');
    expect(view('np.sum(a * 2, {axis: 0}).mul(-x)')).toBe('np.sum(__nb.mul(a , 2), {axis: 0}).mul(__nb.neg( x))');
    expect(view('f(a)[0] * g(b - 1)')).toBe('__nb.mul(f(a)[0] , g(__nb.sub(b , 1)))');
    expect(view('x = a > 0 ? a * 2 : -a')).toBe('x = __nb.gt(a , 0) ? __nb.mul(a , 2) : __nb.neg( a)');
  });

  it('keeps comments and line breaks between operands', () => {
    expect(view('a /* times */ * // two\n  2')).toBe('__nb.mul(a /* times */ , // two\n  2)');
    expect(view('a\n  + b')).toBe('__nb.add(a\n  , b)');
  });

  it('leaves literal-only operands to TypeScript (its types and errors are right)', () => {
    for (const src of ['1 + 2', '"x" - 2', '2 ** 8', '-1', '~0', '+"3"', '1 << 4 | 2', '-(2 * 3)', 'true + 1', '1n * 2n']) expect(view(src)).toBe(src);
  });

  it('leaves + with a string literal, template or typeof side, and rewrites inside it', () => {
    expect(view('"shape: " + a')).toBe('"shape: " + a');
    expect(view('a + "!"')).toBe('a + "!"');
    expect(view('"n=" + a + b')).toBe('"n=" + a + b');
    expect(view('`${a * 2}` + b')).toBe('`${__nb.mul(a , 2)}` + b');
    expect(view('"x" + (a * 2)')).toBe('"x" + (__nb.mul(a , 2))');
    expect(view('typeof a + b')).toBe('typeof a + b');
  });

  it('leaves null checks, typeof tests and non-NumPy operators', () => {
    for (const src of ['x == null', 'null != x', 'x != undefined', 'x == void 0', 'typeof x == "number"', 'kind == "line"', "'a' != kind", 'x === y', 'x !== y', 'a && b', 'a || b', 'a ?? b', 'k in o', 'a instanceof B', 'x = y', 'i++', '--i', '!a', 'a >>> 1', 'a >>>= 1', 'a ??= b'])
      expect(view(src)).toBe(src);
  });

  it('spells a[1, 2] as a tuple index; other commas stay commas', () => {
    expect(view('a[1, 2]')).toBe('a[__nb.tuple(1, 2)]');
    expect(view('a[1, 2, 3]')).toBe('a[__nb.tuple(1, 2, 3)]');
    expect(view('a[i + 1, j] = -v')).toBe('a[__nb.tuple(__nb.add(i , 1), j)] = __nb.neg( v)');
    expect(view('a[1, 2][0]')).toBe('a[__nb.tuple(1, 2)][0]');
    expect(view('a[b[0, 1], 2]')).toBe('a[__nb.tuple(b[__nb.tuple(0, 1)], 2)]');
    for (const src of ['a[0]', 'a[(1, 2)]', 'f(1, 2)', 'x = (1, 2)', 'for (i = 0, j = 1; ; ) {}']) expect(view(src)).toBe(src);
  });

  it('leaves enum initialisers (constant expressions) and text near a syntax error', () => {
    expect(view('enum E { A = 1 << b, B = A | 2 }')).toBe('enum E { A = 1 << b, B = A | 2 }');
    expect(view('const b = a * ')).toBe('const b = a * ');
    expect(view('const c = a * 2;\nconst b = a * ')).toBe('const c = __nb.mul(a , 2);\nconst b = a * ');
    expect(view('f(a * 2')).toBe('f(a * 2');
  });

  it('records each rewrite: helper, operator as written, spans without trivia', () => {
    const v = operatorView(ts, 'x = a  **= /* c */ -b;');
    expect(v.rewrites).toEqual([
      { helper: 'ipow', operator: '**=', kind: 'compound', start: 4, end: 21, operands: [{ start: 4, end: 5 }, { start: 19, end: 21 }] },
      { helper: 'neg', operator: '-', kind: 'unary', start: 19, end: 21, operands: [{ start: 20, end: 21 }] },
    ]);
    expect(operatorView(ts, 'a[1, 2]').rewrites).toEqual([{ helper: 'tuple', operator: ',', kind: 'tuple', start: 2, end: 6, operands: [{ start: 2, end: 3 }, { start: 5, end: 6 }] }]);
  });
});

describe('operator view: offsets', () => {
  it('maps positions both ways; inside inserted text, to where it was inserted', () => {
    const src = 'const b = a * 2;';
    const v = operatorView(ts, src);
    expect(v.text).toBe('const b = __nb.mul(a , 2);');
    const { map } = v;
    expect(map.toView(src.indexOf('a'))).toBe(v.text.indexOf('a ,')); // after the opening
    expect(map.toView(src.indexOf('2'))).toBe(v.text.indexOf('2'));
    expect(map.toView(src.indexOf(';'), 'token')).toBe(v.text.indexOf(')')); // before the closing
    expect(map.toView(src.indexOf(';'), 'after')).toBe(v.text.indexOf(';'));
    expect(map.toOrig(v.text.indexOf('__nb'))).toBe(src.indexOf('a'));
    expect(map.toOrig(v.text.indexOf('mul'))).toBe(src.indexOf('a'));
    expect(map.toOrig(v.text.indexOf(')'))).toBe(src.indexOf(';'));
    expect(map.toOrig(v.text.indexOf(';'))).toBe(src.indexOf(';'));
    // The helper call's span is the expression written.
    expect(map.spanToOrig({ start: v.text.indexOf('__nb'), length: '__nb.mul(a , 2)'.length })).toEqual({ start: 10, length: 5 });
    expect(map.insideInserted(v.text.indexOf('mul'))).toBe(true);
    expect(map.insideInserted(v.text.indexOf('__nb'))).toBe(false);
  });

  it('a cursor at the end of an operand stays in it for completion, passes the call for signature help', () => {
    const src = 'f(b * a.s)';
    const v = operatorView(ts, src);
    expect(v.text).toBe('f(__nb.mul(b , a.s))');
    const end = src.indexOf(')');
    expect(v.text.slice(0, v.map.toView(end, 'token'))).toBe('f(__nb.mul(b , a.s');
    expect(v.text.slice(0, v.map.toView(end, 'after'))).toBe('f(__nb.mul(b , a.s)');
  });

  it('every original offset round-trips, and the view keeps every original character but operators', () => {
    const src = 'const c = (a > 1) & (a < 5); a += 1;\nconst d = -a[1, 2] * (b ** 2) /* ok */ - ~m;\nx == null; "s" + a;';
    const v = operatorView(ts, src);
    for (let p = 0; p <= src.length; p++) {
      for (const bias of ['token', 'after'] as const) expect(v.map.toOrig(v.map.toView(p, bias))).toBe(p);
      const at = v.map.toView(p, 'after');
      if (p < src.length && !'><&+=*-~,'.includes(src[p])) expect(v.text[at]).toBe(src[p]);
    }
  });

  it('property: random operator expressions make a view that parses, with exact mapping outside inserted text', () => {
    const leaf = fc.constantFrom('a', 'b', 'x.y', 'f(a)', 'a[0]', '1', '"s"', 'null');
    const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '%', '**', '<', '>=', '==', '!=', '===', '&', '|', '^', '<<', '>>', '&&', '??'), tie('e')).map(([l, op, r]) => `(${l} ${op} ${r})`),
        fc.tuple(fc.constantFrom('-', '+', '~', '!'), tie('e')).map(([op, e]) => `(${op}(${e}))`),
        fc.tuple(tie('e'), tie('e')).map(([i, j]) => `a[${i}, ${j}]`),
      ),
    })).e;
    fc.assert(
      fc.property(expr, fc.constantFrom('', 'v += ', 'v **= ', 'let q = '), (e, lead) => {
        const src = `${lead}${e};`;
        const v = operatorView(ts, src);
        expect(v.sourceFile.parseDiagnostics ?? []).toEqual([]);
        const reparsed = ts.createSourceFile('v.ts', v.text, ts.ScriptTarget.ESNext, true);
        expect(reparsed.parseDiagnostics ?? []).toEqual([]);
        for (let p = 0; p <= src.length; p++) expect(v.map.toOrig(v.map.toView(p, 'after'))).toBe(p);
        // Without the inserted text, the operands are the source's, in order (operators and
        // commas aside: they are what the view changes).
        let back = '';
        for (let i = 0; i < v.text.length; i++) if (!v.map.insideInserted(i) && !startsInsertion(v, i)) back += v.text[i];
        const operands = (t: string) => t.replace(/[\s,+\-*/%<>=!&|^~?]/g, '');
        expect(operands(back)).toBe(operands(src));
      }),
      { numRuns: 300 },
    );
  });
});

/** Whether view offset i is the first character of an insertion (part of inserted text). */
function startsInsertion(v: ReturnType<typeof operatorView>, i: number): boolean {
  let shift = 0;
  for (const ins of v.map.insertions) {
    const start = ins.pos + shift;
    if (start === i && ins.text.length) return true;
    shift += ins.text.length;
  }
  return false;
}
