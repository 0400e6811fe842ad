// a[mask] = value with one value for every selected element (runtime/indexing.ts's
// maskAssign casts it once and scatters it): the same as the integer-index assignment
// and the per-element value array, for real and complex dtypes.
import { expect, test } from 'vitest';
import { np, NDArray } from '../../runtime/index';

const n = 53;
const mask = np.array(Array.from({ length: n }, (_, i) => (i * 3) % 5 < 2));
const idx = (np.nonzero(mask) as NDArray[])[0];
const count = idx.size;

function values(a: NDArray): unknown[] {
  return Array.from({ length: a.size }, (_, i) => String(a.get(i)));
}

for (const dtype of ['float64', 'float32', 'int64', 'int8', 'uint8', 'bool', 'complex128', 'complex64'] as const) {
  test(`${dtype}: a[mask] = scalar equals a[nonzero(mask)] = scalar and a[mask] = full(count, scalar)`, () => {
    const base = np.arange(n).astype(dtype);
    for (const v of [0, 1, 2.75, -3, true, np.array(7), np.array([5]), np.complex(1.5, -2)]) {
      if (typeof v === 'object' && 're' in (v as any) && !dtype.startsWith('complex')) continue;
      if (dtype === 'uint8' && v === -3) continue; // NumPy's OverflowError, covered elsewhere
      const got = base.copy();
      got.set(mask, v as any);
      const byIndex = base.copy();
      byIndex.set(idx, v as any);
      expect(values(got), `value ${String(v)}`).toEqual(values(byIndex));
      // Unselected elements keep their values; selected ones all hold the cast value.
      const expected = base.copy();
      expected.set(mask, np.full([count], v as any).astype(dtype));
      expect(values(got), `value ${String(v)} as an array`).toEqual(values(expected));
    }
  });
}

test('an all-false mask assigns nothing, and a size-1 array value still fills every selected element', () => {
  const a = np.arange(5).astype('complex128');
  a.set(np.zeros([5], { dtype: 'bool' }), 9);
  expect(values(a)).toEqual(values(np.arange(5).astype('complex128')));
  const b = np.arange(5);
  b.set(np.array([true, false, true, true, false]), np.array([8]));
  expect(b.tolist()).toEqual([8, 1, 8, 8, 4]);
});
