/**
 * Python's data model in cells: np.poly1d's operators (`p * q`, `2 * p`, `p ** 3`, `-p`,
 * `p == q` ...) give NumPy's poly1d (test/goldens/breadth.json's poly1d_ops, from NumPy),
 * through kernel/operator-helpers.ts's `__mul__`/`__rmul__` dispatch.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeRunner } from './cells';

const goldens: { poly1d_ops: { expr: string; repr: string }[] } = JSON.parse(readFileSync(new URL('../goldens/breadth.json', import.meta.url), 'utf8'));
const runner = makeRunner();

describe("poly1d's operators in cells", () => {
  it(`give NumPy's results (${goldens.poly1d_ops.length} expressions)`, async () => {
    await runner.value('const p = np.poly1d([1, 2]); const q = np.poly1d([3, 0, -1]); 0');
    const failures: string[] = [];
    for (const { expr, repr } of goldens.poly1d_ops) {
      const v = await runner.value(`const v = ${expr}; typeof v === 'boolean' ? String(v) : v.__repr__()`);
      if (v !== repr) failures.push(`${expr}: ${String(v)} != ${repr}`);
    }
    expect(failures).toEqual([]);
  });

  it('objects without the data model keep JavaScript operators', async () => {
    expect(await runner.value("const o = { toString: () => 'x' }; o + 1")).toBe('x1');
    expect(await runner.value('const d = new Date(5); d - 2')).toBe(3);
  });
});

describe("np.polynomial.Polynomial's operators in cells", () => {
  it("give NumPy's results (repr from test/goldens/polynomial_class.json)", async () => {
    const golden = JSON.parse(readFileSync(new URL('../goldens/polynomial_class.json', import.meta.url), 'utf8'));
    const P = 'np.polynomial.Polynomial';
    const cases: [string, string][] = [
      [`new ${P}([1, 2, 3]) * new ${P}([1, -1])`, golden.printed.product.repr],
      [`new ${P}([1, 1]) ** 5`, golden.printed.power.repr],
      [`new ${P}([1, 2]) - 3`, golden.printed.sub_scalar.repr],
      [`3 - new ${P}([1, 2])`, golden.printed.rsub_scalar.repr],
      [`new ${P}([2, 4, 6]) / 2`, golden.printed.div_scalar.repr],
      [`new ${P}([1, 2, 2]) % new ${P}([1, 1])`, golden.printed.mod.repr],
    ];
    for (const [expr, repr] of cases) expect(await runner.value(`(${expr}).__repr__()`)).toBe(repr);
    expect(await runner.value(`new ${P}([1, 2]) == new ${P}([1, 2])`)).toBe(true);
  });
});

describe("np.polynomial's other series classes' operators in cells", () => {
  it("give NumPy's results (repr from test/goldens/polybases.json)", async () => {
    const golden = JSON.parse(readFileSync(new URL('../goldens/polybases.json', import.meta.url), 'utf8'));
    for (const name of ['Chebyshev', 'Legendre', 'Laguerre', 'Hermite', 'HermiteE']) {
      const K = `np.polynomial.${name}`;
      const cases: [string, string][] = [
        [`new ${K}([1, 2, 3]) * new ${K}([1, -1])`, golden.printed[name].product.repr],
        [`new ${K}([1, 1]) ** 3`, golden.printed[name].power.repr],
        [`3 - new ${K}([1, 2])`, golden.printed[name].rsub_scalar.repr],
        [`2 * new ${K}([1, 2])`, golden.printed[name].rmul_scalar.repr],
        [`new ${K}([2, 4, 6]) / 2`, golden.printed[name].div_scalar.repr],
      ];
      for (const [expr, repr] of cases) expect(await runner.value(`(${expr}).__repr__()`)).toBe(repr);
    }
    expect(await runner.value('new np.polynomial.Chebyshev([1, 2]) == new np.polynomial.Polynomial([1, 2])')).toBe(false);
  });
});
