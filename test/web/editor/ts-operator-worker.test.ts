/**
 * The editor's TypeScript worker (Monaco's, with cells read through their operator views)
 * in Node: the same worker class and bundled TypeScript the page runs, np's declarations
 * as the editor gets them, and the cells as mirror models. What the editor shows for
 * operators: types, diagnostics and their places, completion, hover, signature help,
 * references across cells, formatting.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { TypeScriptWorker } from 'monaco-editor/languages/features/typescript/tsWorker';
import { typescript } from 'monaco-editor/languages/features/typescript/lib/typescriptServices';
import { withOperatorView } from '../../../web/editor/ts-operator-worker';
import { OPERATOR_HELPERS, OPERATOR_HELPERS_PATH } from '../../../web/editor/ts-operator-helpers';
import { GLOBALS, IGNORED_DIAGNOSTICS } from '../../../web/editor/editor';
import { npDeclarations } from '../../../web/build/np-declarations';
import type { TsApi, TsDiagnostic } from '../../../web/editor/ts-api';

const ts = typescript as TsApi & Parameters<typeof withOperatorView>[1];
const Worker = withOperatorView(TypeScriptWorker, ts);

/** The cells' texts, by id; each a mirror model `file:///cells/<id>.ts`. */
const cells = new Map<string, { text: string; version: number }>();
let worker: InstanceType<typeof Worker>;
const uri = (id: string) => `file:///cells/${id}.ts`;

/** Sets the cells (all others are dropped) and returns the first one's file name. */
function setCells(...texts: string[]): string {
  cells.clear();
  texts.forEach((text, i) => cells.set(`c${i}`, { text, version: Math.random() }));
  return uri('c0');
}

interface Marker {
  code: number;
  text: string;
  message: string;
}

/** Diagnostics of a cell as Monaco shows them (ignored codes dropped), with the text they cover. */
async function markers(file = uri('c0')): Promise<Marker[]> {
  const text = cells.get(/cells\/(.+)\.ts$/.exec(file)![1])!.text;
  const all = [...(await worker.getSyntacticDiagnostics(file)), ...(await worker.getSemanticDiagnostics(file))] as TsDiagnostic[];
  return all
    .filter((d) => !IGNORED_DIAGNOSTICS.includes(d.code))
    .map((d) => ({ code: d.code, text: text.slice(d.start, d.start! + d.length!), message: ts.flattenDiagnosticMessageText(d.messageText, ' ') }));
}

/** Hover text at the first occurrence of `at` in cell c0. */
async function hover(at: string): Promise<string> {
  const text = cells.get('c0')!.text;
  const info = (await worker.getQuickInfoAtPosition(uri('c0'), text.indexOf(at))) as { displayParts: { text: string }[] } | undefined;
  return info?.displayParts.map((p) => p.text).join('') ?? '';
}

beforeAll(async () => {
  const { files } = await npDeclarations(process.cwd());
  const extraLibs: Record<string, { content: string; version: number }> = {};
  for (const f of [...files, { filePath: 'file:///numbook-globals.d.ts', content: GLOBALS }, { filePath: OPERATOR_HELPERS_PATH, content: OPERATOR_HELPERS }]) {
    extraLibs[f.filePath] = { content: f.content, version: 1 };
  }
  const ctx = {
    getMirrorModels: () =>
      [...cells].map(([id, m]) => ({ uri: { toString: () => uri(id), path: `/cells/${id}.ts` }, version: m.version, getValue: () => m.text })),
  };
  // The compiler options web/editor/editor.ts gives Monaco.
  const compilerOptions = { target: 99, module: 99, moduleResolution: 2, allowNonTsExtensions: true, strict: true, noImplicitAny: false, skipLibCheck: true, lib: ['esnext', 'webworker', 'webworker.iterable'] };
  worker = new Worker(ctx, { compilerOptions, extraLibs });
}, 60_000);

describe('TypeScript worker with operator views', () => {
  it('types every operator on ndarrays as NDArray, with no diagnostics', async () => {
    const lines = [
      'const a = np.arange(6); const m = a.gt(2); declare const x: number, y: number, big: bigint, str: string, untyped: any;',
      'const t1 = a * 2, t2 = 2 * a, t3 = a + a, t4 = a - 1, t5 = a / a, t6 = a % 2, t7 = a ** 2;',
      'const t8 = -a, t9 = +a, t10 = ~m, t11 = a < 1, t12 = a <= a, t13 = a > 1, t14 = a >= 1, t15 = a == 1, t16 = a != a;',
      'const t17 = m & m, t18 = m | true, t19 = m ^ m, t20 = a << 1, t21 = a >> 1, t22 = [1, 2, 3, 4, 5, 6] * a, t23 = a - [[1], [2]];',
      'const t24 = (a > 1) & (a < 5), t25 = np.sum(a * 2, {axis: 0}), t26 = (a * 2).reshape(2, 3);',
    ];
    setCells(lines.join('\n'));
    expect(await markers()).toEqual([]);
    for (let i = 1; i <= 24; i++) expect(await hover(`t${i} =`)).toBe(`const t${i}: NDArray`);
    expect(await hover('t26 =')).toBe('const t26: NDArray');
  });

  it('keeps JavaScript types for non-arrays; any gives any; a[1, 2] is any', async () => {
    setCells(
      [
        'declare const x: number, y: number, big: bigint, str: string, untyped: any; const a = np.ones(3);',
        'const n1 = x * y, n2 = -x, n3 = +str, n4 = x ** 2 % y, g1 = big * big, g2 = -big, s1 = str + a, s2 = str + x, s3 = x + str;',
        'const b1 = x < y, b2 = x == y, b3 = str < str, b4 = x != y, u1 = untyped * a, u2 = a * untyped, u3 = -untyped, u4 = untyped + 1;',
        'const q1 = a[1, 2], q2 = a[0];',
      ].join('\n'),
    );
    const want: Record<string, string> = {
      n1: 'number', n2: 'number', n3: 'number', n4: 'number', g1: 'bigint', g2: 'bigint', s1: 'string', s2: 'string', s3: 'string',
      b1: 'boolean', b2: 'boolean', b3: 'boolean', b4: 'boolean', u1: 'any', u2: 'any', u3: 'any', u4: 'any', q1: 'any', q2: 'any',
    };
    for (const [name, type] of Object.entries(want)) expect(await hover(`${name} =`)).toBe(`const ${name}: ${type}`);
    expect(await markers()).toEqual([]);
  });

  it("np.poly1d's operators are typed through Python's data model", async () => {
    setCells("const p = np.poly1d([1, 2]); const q = np.poly1d([3, 0, -1]);\nconst w1 = p * q, w2 = 2 * p, w3 = p + 1, w4 = 5 - p, w5 = -p, w6 = p ** 3, w7 = p / 2, o = (p * q).order;");
    expect(await markers()).toEqual([]);
    for (let i = 1; i <= 7; i++) expect(await hover(`w${i} =`)).toBe(`const w${i}: Poly1d`);
    expect(await hover('o =')).toBe('const o: number');
  });

  it("np.polynomial.Polynomial's operators are typed through Python's data model", async () => {
    setCells('const p = new np.polynomial.Polynomial([1, 2]);\nconst v1 = p * p, v2 = 2 * p, v3 = p - 1, v4 = p ** 2, v5 = -p, d = (p * p).degree();');
    expect(await markers()).toEqual([]);
    for (let i = 1; i <= 5; i++) expect(await hover(`v${i} =`)).toBe(`const v${i}: Polynomial`);
    expect(await hover('d =')).toBe('const d: number');
  });

  it("np.polynomial's other series classes are typed too: operators, fit, cast and convert(kind)", async () => {
    setCells(
      [
        'const c = new np.polynomial.Chebyshev([1, 2]);',
        'const u1 = c * c, u2 = 3 - c, u3 = np.polynomial.Hermite.fit([0, 1, 2], [1, 0, 1], 2), u4 = np.polynomial.Legendre.cast(c);',
        'const u5 = c.convert({ kind: np.polynomial.Laguerre }), v = np.polynomial.chebyshev.chebval(0.5, [1, 2]);',
      ].join('\n'),
    );
    expect(await markers()).toEqual([]);
    expect(await hover('u1 =')).toBe('const u1: Chebyshev');
    expect(await hover('u2 =')).toBe('const u2: Chebyshev');
    expect(await hover('u3 =')).toBe('const u3: Hermite');
    expect(await hover('u4 =')).toBe('const u4: Legendre');
    expect(await hover('u5 =')).toBe('const u5: Laguerre');
    expect(await hover('v =')).toBe('const v: number | NDArray');
  });

  it('complex numbers: np.j and Complex take Python\'s operators; with an ndarray, NumPy\'s', async () => {
    setCells("const c = -0.5 + 0.6 * np.j; const z = np.zeros(3, {dtype: 'complex128'});\nconst w1 = 2 * c, w2 = c * c + 1, w3 = z * z + c, w4 = np.abs(z) <= 2, w5 = c.re;");
    expect(await markers()).toEqual([]);
    expect(await hover('w1 =')).toBe('const w1: Complex');
    expect(await hover('w2 =')).toBe('const w2: Complex');
    expect(await hover('w3 =')).toBe('const w3: NDArray');
    expect(await hover('w4 =')).toBe('const w4: NDArray');
    expect(await hover('w5 =')).toBe('const w5: number');
  });

  it('compound assignment on an ndarray is in place (even const); on a const number an error', async () => {
    setCells(
      [
        'const a = np.ones(3); a += 1; a -= a; a *= 2; a /= 2; a %= 5; a **= 2; a <<= 1; a >>= 1;',
        'const m = a.gt(0); m &= m; m |= false; m ^= m; a += [1, 2, 3];',
        'let n = 1; n += 2; n **= 2; let s = ""; s += 1; let u: any; u -= a;',
        'const k = 1; k += 1;',
        'let w = 1; w += "x";',
      ].join('\n'),
    );
    expect(await markers()).toEqual([
      { code: 2365, text: 'w += "x"', message: "Operator '+=' cannot be applied to types 'number' and 'string'." },
      { code: 2588, text: 'k', message: "Cannot assign to 'k' because it is a constant." },
    ]);
  });

  it('flags real operator errors in TypeScript words, on the expression written', async () => {
    setCells(
      [
        'const z = "a" * {};',
        'const t = {} - 1;',
        'const u = "x" - 2;',
        'declare const str: string; const a = np.ones(3);',
        'const v = a * {};',
        'const w = str < 1;',
        'const q = -undefined;',
        'const r = a * 2 + (str - 1);',
      ].join('\n'),
    );
    expect(await markers()).toEqual([
      { code: 2365, text: '"a" * {}', message: "Operator '*' cannot be applied to types 'string' and '{}'." },
      { code: 2365, text: '{} - 1', message: "Operator '-' cannot be applied to types '{}' and 'number'." },
      // Literal operands are TypeScript's own check.
      { code: 2362, text: '"x"', message: "The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type." },
      { code: 2365, text: 'a * {}', message: "Operator '*' cannot be applied to types 'NDArray' and '{}'." },
      { code: 2365, text: 'str < 1', message: "Operator '<' cannot be applied to types 'string' and 'number'." },
      { code: 2736, text: '-undefined', message: "Operator '-' cannot be applied to type 'undefined'." },
      { code: 2365, text: 'str - 1', message: "Operator '-' cannot be applied to types 'string' and 'number'." },
    ]);
  });

  it('a[1, 2] is a tuple index, not a comma operator; commas elsewhere still flagged', async () => {
    setCells('const a = np.ones([2, 3]); const e = a[1, 2]; a[0, 1] = 5; a[0, 1] += 1;\nconst f = (1, 2);');
    expect(await markers()).toEqual([{ code: 2695, text: '1', message: 'Left side of comma operator is unused and has no side effects.' }]);
  });

  it('x == null, typeof x == "number", k.kind == "n" stay JavaScript tests that narrow', async () => {
    setCells('declare const v: number | undefined; if (v != null) { const d = v * 2; }\ndeclare const o: string | number; if (typeof o == "number") { const e = o * 2; }\ndeclare const k: { kind: "n"; n: number } | { kind: "s"; s: string }; if (k.kind == "n") { const f = k.n * 2; }');
    expect(await markers()).toEqual([]);
    expect(await hover('d =')).toBe('const d: number');
  });

  it('other diagnostics keep their places in the text written', async () => {
    setCells('const a = np.ones(3); const b = -a * 2 + a;\nconst r: string = 5; nope(a * 2);');
    expect(await markers()).toEqual([
      { code: 2322, text: 'r', message: "Type 'number' is not assignable to type 'string'." },
      { code: 2304, text: 'nope', message: "Cannot find name 'nope'." },
    ]);
  });

  it('syntax errors are the text written\'s', async () => {
    // The operator being typed is not judged yet (`a` is no number) until the text parses.
    setCells('const a = np.ones(3); const c = a * 2;\nconst b = a * ');
    expect(await markers()).toEqual([{ code: 1109, text: '', message: 'Expression expected.' }]);
    const [d] = (await worker.getSyntacticDiagnostics(uri('c0'))) as TsDiagnostic[];
    // Where TypeScript puts it in the text written (the view has `__nb.mul(` before it).
    const own = ts.createSourceFile('x.ts', cells.get('c0')!.text, ts.ScriptTarget.ESNext, true).parseDiagnostics!;
    expect(d.start).toBe(own[0].start);
    expect(d.start).toBeGreaterThan(cells.get('c0')!.text.indexOf('b = a *'));
  });

  it('completes ndarray methods on an operator result and inside an operand', async () => {
    const names = async (text: string) => {
      const file = setCells(text);
      const info = (await worker.getCompletionsAtPosition(file, text.length)) as { entries: { name: string }[] };
      return info.entries.map((e) => e.name);
    };
    expect(await names('const a = np.arange(6);\n(a * 2).')).toEqual(expect.arrayContaining(['reshape', 'sum', 'mean', 'astype']));
    expect(await names('const a = np.arange(6);\n(-a + 1).')).toEqual(expect.arrayContaining(['reshape', 'sum']));
    expect(await names('const a = np.arange(6);\nconst b = 2 * a.s')).toEqual(expect.arrayContaining(['sum', 'shape']));
    const text = 'const a = np.arange(6);\nconst b = 2 * a.s';
    const file = setCells(text);
    const details = (await worker.getCompletionEntryDetails(file, text.length, 'sum')) as { displayParts: { text: string }[] };
    expect(details.displayParts.map((p) => p.text).join('')).toContain('sum(');
  });

  it('signature help is the user\'s call, never a helper\'s, at the end of an operand or inside one', async () => {
    const text = 'const a = np.arange(6);\nnp.reshape(a * 2 + -a, [3, 2]);\nnp.sum(a[1, 2] * 2, 0);';
    const file = setCells(text);
    const help = async (at: number) =>
      (await worker.getSignatureHelpItems(file, at, undefined)) as {
        items: { prefixDisplayParts: { text: string }[] }[];
        applicableSpan: { start: number; length: number };
        argumentIndex: number;
      };
    const callee = (h: Awaited<ReturnType<typeof help>>) => h.items[0].prefixDisplayParts.map((p) => p.text).join('');
    for (const at of [text.indexOf(', ['), text.indexOf('* 2 +'), text.indexOf('a * 2'), text.indexOf('-a,') + 2, text.indexOf('2 + -a')]) {
      const h = await help(at);
      expect(callee(h)).toContain('reshape(');
      expect(h.argumentIndex).toBe(0);
      expect(text.slice(h.applicableSpan.start, h.applicableSpan.start + h.applicableSpan.length)).toBe('a * 2 + -a, [3, 2]');
    }
    expect((await help(text.indexOf('[3, 2]') + 1)).argumentIndex).toBe(1);
    for (const at of [text.indexOf('a[1, 2]') + 5, text.indexOf('] * 2') + 3]) {
      const h = await help(at);
      expect(callee(h)).toContain('sum(');
      expect(h.argumentIndex).toBe(0);
    }
  });

  it('completion does not offer the helpers\' namespace', async () => {
    const text = 'const a = np.arange(6);\nconst b = a * 2;\n_';
    const file = setCells(text);
    const info = (await worker.getCompletionsAtPosition(file, text.length)) as { entries: { name: string }[] };
    const names = info.entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['_', '__', 'np', 'a', 'b']));
    expect(names).not.toContain('__nb');
  });

  it('definition, references, highlights and rename map into every cell', async () => {
    const first = 'const arr = np.ones(3);';
    const second = 'const d = arr * 2 + -arr;\narr += 1;';
    setCells(first, second);
    const texts: Record<string, string> = { [uri('c0')]: first, [uri('c1')]: second };
    const at = (spans: { fileName: string; textSpan: { start: number; length: number } }[]) =>
      spans.map((s) => `${s.fileName.slice(-5)}:${s.textSpan.start}:${texts[s.fileName].slice(s.textSpan.start, s.textSpan.start + s.textSpan.length)}`);
    const pos = second.indexOf('arr += ');
    expect(at((await worker.getDefinitionAtPosition(uri('c1'), pos)) as never)).toEqual(['c0.ts:6:arr']);
    expect(at((await worker.getReferencesAtPosition(uri('c1'), pos)) as never).sort()).toEqual(['c0.ts:6:arr', 'c1.ts:10:arr', 'c1.ts:21:arr', 'c1.ts:26:arr']);
    expect(at((await worker.findRenameLocations(uri('c1'), pos, false, false, false)) as never).sort()).toEqual(['c0.ts:6:arr', 'c1.ts:10:arr', 'c1.ts:21:arr', 'c1.ts:26:arr']);
    const highlights = (await worker.getDocumentHighlights(uri('c1'), pos, [uri('c1')])) as { highlightSpans: { textSpan: { start: number } }[] }[];
    expect(highlights[0].highlightSpans.map((h) => h.textSpan.start)).toEqual([10, 21, 26]);
    const rename = (await worker.getRenameInfo(uri('c1'), pos, {})) as { canRename: boolean; triggerSpan: { start: number; length: number } };
    expect(rename).toMatchObject({ canRename: true, triggerSpan: { start: 26, length: 3 } });
  });

  it('formats the text written (never the helper calls) and outlines it', async () => {
    const text = 'const a=np.ones(3);const b=a*2+-a;a+=1;';
    const file = setCells(text);
    const edits = (await worker.getFormattingEditsForDocument(file, { indentSize: 2, tabSize: 2, convertTabsToSpaces: true, insertSpaceAfterSemicolonInForStatements: true, insertSpaceBeforeAndAfterBinaryOperators: true })) as {
      span: { start: number; length: number };
      newText: string;
    }[];
    let out = text;
    for (const e of [...edits].sort((x, y) => y.span.start - x.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.start + e.span.length);
    expect(out).toBe('const a = np.ones(3); const b = a * 2 + -a; a += 1;');
    const tree = (await worker.getNavigationTree(file)) as { childItems: { text: string; spans: { start: number }[] }[] };
    expect(tree.childItems.map((c) => `${c.text}@${c.spans[0].start}`)).toEqual(['a@6', 'b@25']);
  });

  it('plt is typed: pyplot calls, subplots grids, Axes methods, with hover docs', async () => {
    setCells(
      [
        'const x = np.linspace(0, 2 * np.pi, 200);',
        "const lines = plt.plot(x, np.sin(x) * 2, 'r--', {label: 'sin', linewidth: 2});",
        'const [fig, axes] = plt.subplots(2, 2, {figsize: [8, 6], sharex: true});',
        "axes[0][1].scatter(x, x, {c: x, cmap: 'plasma'}); const ax2 = axes[1][0]; ax2.set_title('t');",
        'const [n, bins, patches] = plt.hist(x, {bins: 10}); plt.legend(); plt.xlabel("x");',
      ].join('\n'),
    );
    expect(await markers()).toEqual([]);
    expect(await hover('lines =')).toBe('const lines: Line2D[]');
    expect(await hover('ax2 =')).toBe('const ax2: Axes');
    expect(await hover('n,')).toBe('const n: NDArray');
    setCells("plt.plot([1, 2], {colour: 'r'});");
    expect((await markers()).map((m) => m.code)).toEqual([2353]);
  });

  it('check is typed: the shipped exercises\' code checks, over their setup cells and solutions, have no diagnostics', async () => {
    const nb = JSON.parse(readFileSync('notebooks/exercises-visual-numpy/exercises-visual-numpy.ipynb', 'utf8')) as { cells: { cell_type: string; source: string | string[]; metadata: any }[] };
    const text = (s: string | string[]) => (Array.isArray(s) ? s.join('') : s);
    const code: string[] = [];
    for (const c of nb.cells) {
      if (c.cell_type !== 'code') continue;
      const spec = c.metadata.numbook?.exercise;
      if (!spec) code.push(text(c.source));
      else code.push(spec.solution, ...spec.checks.filter((k: any) => k.code).map((k: any) => k.code));
    }
    expect(code.filter((c) => c.includes('check.')).length).toBe(2);
    setCells(...code);
    const found: string[] = [];
    for (let i = 0; i < code.length; i++) for (const m of await markers(uri(`c${i}`))) found.push(`cell ${i}: ${m.text} | ${m.message}`);
    expect(found).toEqual([]);
    setCells('check.that(1 > 0, "fine"); check.shape(np.zeros([2]), [2]); check.fail(1);', 'check.ok(true);');
    expect((await markers()).map((m) => [m.code, m.text])).toEqual([[2345, '1']]);
    expect((await markers(uri('c1'))).map((m) => [m.code, m.text])).toEqual([[2339, 'ok']]);
    setCells('check.that(true, "x");');
    expect(await hover('that')).toBe('(method) CheckApi.that(condition: unknown, message: string): void');
  });

  for (const file of ['notebooks/visual-numpy/visual-numpy.ipynb', 'notebooks/plotting/plotting.ipynb', 'notebooks/svd-compression/svd-compression.ipynb', 'notebooks/moores-law/moores-law.ipynb', 'notebooks/mandelbrot/mandelbrot.ipynb', 'notebooks/spectrum/spectrum.ipynb']) {
    it(`the notebook we ship has no diagnostics (its cells share one namespace): ${file}`, async () => {
      const nb = JSON.parse(readFileSync(file, 'utf8')) as { cells: { cell_type: string; source: string | string[] }[] };
      const code = nb.cells.filter((c) => c.cell_type === 'code').map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source));
      setCells(...code);
      const found: string[] = [];
      for (let i = 0; i < code.length; i++) for (const m of await markers(uri(`c${i}`))) found.push(`cell ${i}: ${m.text} | ${m.message}`);
      expect(found).toEqual([]);
    });
  }
});

describe('what the editor shows: no internal paths, np. in a reader\'s order (issue 13)', () => {
  /** Every diagnostic of cell c0, as Monaco's marker hover would write it (message, then `file(line, col): text` per related place). */
  async function hoverTexts(): Promise<string[]> {
    const file = uri('c0');
    const all = [...(await worker.getSyntacticDiagnostics(file)), ...(await worker.getSemanticDiagnostics(file))] as TsDiagnostic[];
    return all.map((d) =>
      [ts.flattenDiagnosticMessageText(d.messageText, '\n'), ...(d.relatedInformation ?? []).map((r) => `${r.file?.fileName}: ${ts.flattenDiagnosticMessageText(r.messageText, '\n')}`)].join('\n'),
    );
  }

  it('an error whose related place is in np\'s declarations names no declaration file', async () => {
    // TypeScript relates "Expected 1-3 arguments" to histogram's parameter `a` in sorting.d.ts (issue 13 saw `sorting.d.ts(244, 35)`).
    setCells('np.histogram();');
    const texts = await hoverTexts();
    expect(texts).toEqual(['Expected 1-3 arguments, but got 0.']);
    for (const t of texts) expect(t).not.toMatch(/\.d\.ts|file:\/\//);
  });

  it('a related place in the cell is said by its line, one in another cell without its file name', async () => {
    setCells('const q = 1;\nw;\nlet w = 2;');
    const texts = await hoverTexts();
    expect(texts).toContainEqual("Block-scoped variable 'w' used before its declaration.\n(line 3: 'w' is declared here.)");
    for (const t of texts) expect(t).not.toMatch(/cells\/|\.ts\b/);
  });

  it("every function of np shows docs on hover (wrapped ones and renamed ones too)", async () => {
    const { np } = await import('../../../runtime/index');
    // functions, not the abstract scalar types (np.number, np.floating ...: classes)
    const names = Object.keys(np).filter((n) => /^[a-z]/.test(n) && typeof (np as any)[n] === 'function' && !/^class\b/.test(Function.prototype.toString.call((np as any)[n])));
    expect(names.length).toBeGreaterThan(300);
    const text = names.map((n) => `np.${n};`).join('\n');
    setCells(text);
    const missing: string[] = [];
    for (const n of names) {
      const info = (await worker.getQuickInfoAtPosition(uri('c0'), text.indexOf(`np.${n};`) + 3)) as { documentation?: { text: string }[] } | undefined;
      if (!(info?.documentation?.map((p) => p.text).join('') ?? '').trim()) missing.push(n);
    }
    expect(missing).toEqual([]);
  }, 120_000);

  it("np's namespaces (np.linalg, np.fft, np.random, np.testing) show their functions' docs on hover", async () => {
    const calls = ['np.linalg.svd', 'np.linalg.inv', 'np.linalg.outer', 'np.fft.fft', 'np.fft.rfftfreq', 'np.random.default_rng', 'np.random.seed', 'np.random.rand', 'np.random.ranf', 'np.random.exponential', 'np.testing.assert_allclose', 'np.polynomial.polynomial.polyval'];
    const text = calls.join(';\n') + ';';
    setCells(text);
    for (const call of calls) {
      const at = text.indexOf(call) + call.length - 1;
      const info = (await worker.getQuickInfoAtPosition(uri('c0'), at)) as { documentation?: { text: string }[] } | undefined;
      expect(info?.documentation?.map((p) => p.text).join('') ?? '', call).toMatch(/\w{3}/);
    }
  });

  it('functions np re-exports from a folder (np.append, np.sort) hover and complete as functions, not aliases', async () => {
    setCells('np.append; np.sort; np.sum;');
    for (const name of ['append', 'sort', 'sum']) {
      const text = await hover(name);
      expect(text).toMatch(new RegExp(`^function ${name}\\(`));
      expect(text).not.toMatch(/alias|\nexport /);
    }
    const file = setCells('np.');
    const info = (await worker.getCompletionsAtPosition(file, 3)) as { entries: { name: string; kind: string }[] };
    const kinds = Object.fromEntries(info.entries.filter((e) => ['append', 'sort', 'sum'].includes(e.name)).map((e) => [e.name, e.kind]));
    expect(kinds).toEqual({ append: 'function', sort: 'function', sum: 'function' });
    expect(info.entries.filter((e) => e.kind === 'alias').map((e) => e.name)).toEqual([]);
    const details = (await worker.getCompletionEntryDetails(file, 3, 'append')) as { kind: string; displayParts: { text: string }[]; documentation: { text: string }[] };
    expect(details.kind).toBe('function');
    expect(details.displayParts.map((p) => p.text).join('')).toMatch(/^function append\(/);
    expect(details.documentation.map((p) => p.text).join('')).toMatch(/\S/); // the JSDoc stays
  });

  it('np. completes functions first and the error classes last', async () => {
    const text = 'np.';
    const file = setCells(text);
    const info = (await worker.getCompletionsAtPosition(file, text.length)) as { entries: { name: string; sortText: string; kind: string }[] };
    // Monaco's order with nothing typed yet: sort text, then name ignoring case.
    const sorted = [...info.entries].sort((a, b) => a.sortText.localeCompare(b.sortText) || a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    const names = sorted.map((e) => e.name);
    expect(names.slice(0, 3)).toEqual(['abs', 'absolute', 'acos']);
    for (const e of sorted.slice(0, 20)) expect(e.kind).toMatch(/function|method|property|const|var/);
    const errors = names.filter((n) => /Error$/.test(n));
    expect(errors.length).toBeGreaterThanOrEqual(8);
    const tail = names.slice(-errors.length - 2);
    for (const n of errors) expect(tail).toContain(n);
  });
});
