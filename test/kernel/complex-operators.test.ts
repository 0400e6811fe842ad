/**
 * Complex numbers in cells: `Complex` has Python's data model, so `-0.5 + 0.6 * np.j`,
 * `2 * c` and `z * z + c` (z an ndarray) compute as Python and NumPy do.
 */
import { describe, expect, it } from 'vitest';
import { makeRunner } from './cells';

const runner = makeRunner();

describe('complex numbers in cells', () => {
  it("scalars follow Python's complex arithmetic", async () => {
    expect(await runner.value('const c = -0.5 + 0.6 * np.j; String(c)')).toBe('(-0.5+0.6j)');
    expect(await runner.value('String(2 * c)')).toBe('(-1+1.2j)');
    expect(await runner.value('String(c * c - 1)')).toBe('(-1.1099999999999999-0.6j)');
    expect(await runner.value('String(np.j ** 2)')).toBe('(-1+0j)');
    expect(await runner.value('String(1 / (1 + np.j))')).toBe('(0.5-0.5j)');
    expect(await runner.value('String(-np.j)')).toBe('(-0-1j)');
    expect(await runner.value('c == np.complex(-0.5, 0.6)')).toBe(true);
  });

  it('an ndarray with a Complex gives a complex array (NumPy 2 promotion)', async () => {
    expect(await runner.value("const z = np.array([0, 1, 2], {dtype: 'float32'}); String(z * np.j)")).toBe('[0.+0.j 0.+1.j 0.+2.j]');
    expect(await runner.value("(z * np.j).dtype")).toBe('complex64');
    expect(await runner.value("const w = np.zeros(2, {dtype: 'complex128'}); np.array_repr(w * w + c)")).toBe('array([-0.5+0.6j, -0.5+0.6j])');
    expect(await runner.value("String(np.abs(w + 3 + 4 * np.j) <= 5)")).toBe('[ True  True]');
  });
});
