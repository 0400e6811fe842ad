// np.where's row kernels (runtime/lib/where-rows.ts): the contiguous path against strided,
// reversed and broadcast operands, and against the definition element by element.
import { expect, test } from 'vitest';
import { np, NDArray } from '../../../runtime/index';

const n = 97;
const cond = np.array(Array.from({ length: n }, (_, i) => (i * 5) % 7 < 3));
const xs = Array.from({ length: n }, (_, i) => (i % 11 === 0 ? NaN : i % 13 === 0 ? -0 : i * 1.5 - 40));
const ys = Array.from({ length: n }, (_, i) => -i * 0.25);

function values(a: NDArray): number[] {
  return Array.from({ length: a.size }, (_, i) => a.get(i) as number);
}

for (const dtype of ['float64', 'float32', 'int32'] as const) {
  test(`np.where on ${dtype}: contiguous, strided, reversed and broadcast paths agree with the definition`, () => {
    const x = np.array(xs).astype(dtype);
    const y = np.array(ys).astype(dtype);
    // The definition, on the operands' own values (the cast is astype's business).
    const xv = values(x);
    const yv = values(y);
    const w = xv.map((v, i) => (cond.get(i) ? v : yv[i]));
    const got = np.where(cond, x, y) as NDArray;
    expect(got.dtype).toBe(dtype);
    values(got).forEach((v, i) => expect(Object.is(v, w[i]), `at ${i}: ${v} vs ${w[i]}`).toBe(true));
    // Stride 2 views of the same values.
    const big = (a: NDArray) => {
      const b = np.zeros([2 * n], { dtype: a.dtype });
      b.set(np.slice(null, null, 2), a);
      return b.get(np.slice(null, null, 2)) as NDArray;
    };
    expect(values(np.where(big(cond), big(x), big(y)) as NDArray)).toEqual(values(got));
    // Reversed twice: a stride -1 view holding the values in order.
    const rev = (a: NDArray) => ((a.get(np.slice(null, null, -1)) as NDArray).copy().get(np.slice(null, null, -1)) as NDArray);
    expect(values(np.where(rev(cond), rev(x), rev(y)) as NDArray)).toEqual(values(got));
    // A scalar operand (stride 0) and a broadcast 2-d condition.
    const s = np.where(cond, x, 7) as NDArray;
    values(s).forEach((v, i) => expect(Object.is(v, cond.get(i) ? w[i] : 7)).toBe(true));
    const two = np.where(np.stack([cond, np.logical_not(cond)]), x, y) as NDArray;
    expect(two.shape).toEqual([2, n]);
    expect(values(two.get(0) as NDArray)).toEqual(values(got));
    expect(values(two.get(1) as NDArray)).toEqual(values(np.where(cond, y, x) as NDArray));
  });
}
