import { expect, test } from 'vitest';
import { np, NDArray } from '../../../runtime/index';
import { G } from './golden';

test("Mandelbrot escape counts match NumPy's (z = z*z + c, |z| <= 2)", () => {
  const { n, iters, counts: want } = G.mandelbrot;
  const x = np.linspace(-2, 1, n);
  const y = np.linspace(-1.5, 1.5, n);
  const c = np.add(x.reshape(1, n), np.multiply(y.reshape(n, 1), np.j)) as NDArray;
  expect(c.dtype).toBe('complex128');
  let z = np.zeros_like(c);
  let counts = np.zeros([n, n], { dtype: 'int64' });
  for (let k = 0; k < iters; k++) {
    z = np.add(np.multiply(z, z), c) as NDArray;
    counts = np.add(counts, np.less_equal(np.abs(z), 2)) as NDArray;
  }
  expect(counts.ravel().tolist()).toEqual(want);
});
