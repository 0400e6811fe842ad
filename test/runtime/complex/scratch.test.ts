import { test } from 'vitest';
import { np } from '../../../runtime/index';
test('pieces', () => {
  const n = 1000;
  const c = np.add(np.linspace(-2, 1, n).reshape(1, n), np.multiply(np.linspace(-1.5, 1.5, n).reshape(n, 1), np.j));
  const f = np.linspace(0, 1, n * n).reshape(n, n);
  for (let rep = 0; rep < 3; rep++) {
    const T: Record<string, number> = {};
    const time = (k: string, fn: () => any) => { const s = performance.now(); for (let i = 0; i < 10; i++) fn(); T[k] = +((performance.now() - s) / 10).toFixed(1); };
    time('cmul', () => np.multiply(c, c));
    time('cadd', () => np.add(c, c));
    time('cabs', () => np.abs(c));
    time('fle', () => np.less_equal(f, 2));
    time('fadd', () => np.add(f, f));
    time('alloc16MB', () => new Float64Array(2e6));
    console.log(JSON.stringify(T));
  }
});
