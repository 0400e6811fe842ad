// The complex kernels' fast paths (runtime/complex/loops.ts: contiguous, one operand fixed,
// a real operand read as x + 0j; the pair loops of mask get/set, np.where and copies)
// against the general paths: strided and reversed views, materialised broadcasts, cast
// copies, integer-index gathers, and the scalar functions of cmath.ts element by element.
// Bit for bit (Object.is on every part: NaN and -0 included), complex128 and complex64.
import { describe, expect, test } from 'vitest';
import { np, NDArray } from '../../../runtime/index';
import * as cm from '../../../runtime/complex/cmath';

const S = [0, -0, 1, -1.5, 3.25, -7e-5, 2.5e-300, 1e300, Infinity, -Infinity, NaN];
const N = S.length * S.length;
const RE = S.flatMap((x) => S.map(() => x));
const IM = S.flatMap(() => S);

/** The special-value grid as a complex array of `dtype` (every (re, im) pair of S). */
function grid(dtype: 'complex128' | 'complex64'): NDArray {
  // Written part by part: RE + IM * 1j would turn inf * 1j into (nan+infj).
  const z = np.zeros([N], { dtype });
  RE.forEach((x, i) => {
    z.data[2 * i] = x;
    z.data[2 * i + 1] = IM[i];
  });
  return z;
}

/** The buffer's parts of a C-contiguous array (two per complex element). */
function parts(x: NDArray): number[] {
  expect(x.isCContiguous).toBe(true);
  const w = x.dtype.startsWith('complex') ? 2 : 1;
  return Array.from(x.data.subarray(w * x.offset, w * (x.offset + x.size)) as ArrayLike<number>);
}

function sameBits(got: NDArray, want: NDArray | number[], what: string): void {
  const g = parts(got);
  const w = Array.isArray(want) ? want : parts(want);
  expect(g.length, what).toBe(w.length);
  const bad = g.findIndex((v, i) => !Object.is(v, w[i]));
  expect(bad === -1 ? null : { what, at: bad, got: g[bad], want: w[bad] }).toBe(null);
}

/** `x` stored at every other slot of a larger buffer: a view with element stride 2. */
function strided(x: NDArray): NDArray {
  const big = np.zeros([2 * x.size], { dtype: x.dtype });
  const v = big.get(np.slice(null, null, 2));
  v.set(np.slice(null), x.ravel());
  expect(v.isCContiguous).toBe(false);
  return v;
}

/** `x` reversed in memory: a view with stride -1 holding x's values in order. */
function reversed(x: NDArray): NDArray {
  const r = (x.ravel().get(np.slice(null, null, -1)) as NDArray).copy();
  return r.get(np.slice(null, null, -1));
}

const ARITH = ['add', 'subtract', 'multiply', 'divide', 'power', 'maximum', 'minimum'];
const CMP = ['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal', 'logical_and', 'logical_or', 'logical_xor'];
const UNARY = ['negative', 'positive', 'conjugate', 'square', 'reciprocal', 'sqrt', 'exp', 'log', 'sin', 'tanh', 'arcsinh',
  'sign', 'absolute', 'isnan', 'isinf', 'isfinite', 'logical_not'];

// Scalar definitions: the values every loop path must reproduce.
const ge = (xr: number, xi: number, yr: number, yi: number) => (xr > yr && xi === xi && yi === yi) || (xr === yr && xi >= yi);
const le = (xr: number, xi: number, yr: number, yi: number) => (xr < yr && xi === xi && yi === yi) || (xr === yr && xi <= yi);
const SCALAR: Record<string, (ar: number, ai: number, br: number, bi: number) => [number, number] | boolean> = {
  add: (ar, ai, br, bi) => [ar + br, ai + bi],
  subtract: (ar, ai, br, bi) => [ar - br, ai - bi],
  multiply: (ar, ai, br, bi) => [ar * br - ai * bi, ar * bi + ai * br],
  divide: (ar, ai, br, bi) => (cm.cdiv(ar, ai, br, bi), [cm.R.re, cm.R.im]),
  maximum: (ar, ai, br, bi) => (ar !== ar || ai !== ai || ge(ar, ai, br, bi) ? [ar, ai] : [br, bi]),
  minimum: (ar, ai, br, bi) => (ar !== ar || ai !== ai || le(ar, ai, br, bi) ? [ar, ai] : [br, bi]),
  equal: (ar, ai, br, bi) => ar === br && ai === bi,
  less: (ar, ai, br, bi) => (ar < br && ai === ai && bi === bi) || (ar === br && ai < bi),
  greater_equal: ge,
};

const op = (name: string) => (np as any)[name] as (...a: any[]) => NDArray;

for (const dtype of ['complex128', 'complex64'] as const) {
  const real = dtype === 'complex64' ? 'float32' : 'float64';
  const round = dtype === 'complex64' ? Math.fround : (v: number) => v;
  const z = grid(dtype);
  // Column and row of the same values: their broadcast is every pair (a, b).
  const col = z.reshape(N, 1);
  const row = z.reshape(1, N);
  const A = np.broadcast_to(col, [N, N]).copy();
  const B = np.broadcast_to(row, [N, N]).copy();

  describe(`${dtype} binary kernels: fast paths against general paths`, () => {
    for (const name of [...ARITH, ...CMP]) {
      test(name, () => {
        const f = op(name);
        const want = f(A, B); // contiguous, both full
        expect(want.dtype).toBe(CMP.includes(name) ? 'bool' : dtype);
        sameBits(f(col, row), want, 'broadcast column with row');
        sameBits(f(strided(A), strided(B)), want.ravel(), 'stride-2 views');
        sameBits(f(reversed(A), B.ravel()), want.ravel(), 'reversed view with contiguous');
        sameBits(f(A.T, B.T).T.copy(), want, 'transposed inputs');
        // One operand fixed: each row of A is one value, as a Complex scalar.
        for (const i of [0, 3, 17, 40, 60, 90, 120]) {
          const s = np.complex(RE[i], IM[i]);
          const wantRow = f(np.full([N], s, { dtype }), z);
          sameBits(f(s, z), wantRow, `Complex ${String(s)} with array`);
          sameBits(f(z, s), f(z, np.full([N], s, { dtype })), `array with Complex ${String(s)}`);
        }
        // A real operand of the part dtype, read as x + 0j (both sides).
        const r = np.array(S.concat(S.map((x) => -x)), { dtype: real });
        const zc = z.get(np.slice(0, r.size));
        const rc = r.astype(dtype);
        sameBits(f(zc, r), f(zc, rc), 'complex with real array');
        sameBits(f(r, zc), f(rc, zc), 'real array with complex');
        sameBits(f(r.reshape(-1, 1), zc.reshape(1, -1)), f(rc.reshape(-1, 1), zc.reshape(1, -1)), 'real column with complex row');
        // A real Python scalar (weak) and the same value as a complex array.
        for (const x of [2.5, -0, NaN, 3]) sameBits(f(z, x), f(z, np.full([N], x, { dtype })), `array with ${x}`);
      });
    }
  });

  describe(`${dtype} binary kernels against the scalar definitions`, () => {
    for (const name of Object.keys(SCALAR)) {
      test(name, () => {
        const got = op(name)(col, row);
        const want: number[] = [];
        for (let i = 0; i < N; i++) {
          for (let k = 0; k < N; k++) {
            const v = SCALAR[name](round(RE[i]), round(IM[i]), round(RE[k]), round(IM[k]));
            if (typeof v === 'boolean') want.push(v ? 1 : 0);
            else want.push(round(v[0]), round(v[1]));
          }
        }
        sameBits(got, want, name);
      });
    }
  });

  describe(`${dtype} unary kernels: contiguous against strided`, () => {
    for (const name of UNARY) {
      test(name, () => {
        const f = op(name);
        const want = f(z);
        sameBits(f(strided(z)), want, 'stride-2 view');
        sameBits(f(reversed(z)), want, 'reversed view');
        sameBits(f(A.T).T.copy(), f(A), 'transposed');
      });
    }
    test('the expression kernels against their definitions', () => {
      const zr = RE.map(round);
      const zi = IM.map(round);
      const conj = zr.flatMap((x, i) => [x, round(-zi[i])]);
      const square = zr.flatMap((x, i) => [round(x * x - zi[i] * zi[i]), round(x * zi[i] + zi[i] * x)]);
      sameBits(np.conjugate(z) as NDArray, conj, 'conjugate');
      sameBits(np.square(z) as NDArray, square, 'square');
      sameBits(np.negative(z) as NDArray, zr.flatMap((x, i) => [-x, -zi[i]]), 'negative');
      sameBits(np.isnan(z) as NDArray, zr.map((x, i) => (x !== x || zi[i] !== zi[i] ? 1 : 0)), 'isnan');
    });
  });

  describe(`${dtype} mask selection and assignment`, () => {
    const mask = np.array(RE.map((_, i) => (i * 7) % 3 === 0));
    const idx = (np.nonzero(mask) as NDArray[])[0];
    test('z[mask] equals the integer-index gather and the strided view', () => {
      const want = z.get(idx) as NDArray;
      expect(want.size).toBe(41);
      sameBits(z.get(mask) as NDArray, want, 'contiguous mask');
      sameBits(strided(z).get(mask) as NDArray, want, 'strided array');
      sameBits(z.reshape(S.length, S.length).get(mask.reshape(S.length, S.length)) as NDArray, want, '2-d');
    });
    test('z[mask] = value equals the integer-index assignment', () => {
      const values: any[] = [2, np.complex(-1.5, NaN), np.arange(41).astype(dtype), np.array([np.complex(0, -0)]), np.arange(41)];
      for (const v of values) {
        const got = z.copy();
        got.set(mask, v);
        const want = z.copy();
        want.set(idx, v);
        sameBits(got, want, `value ${String(v)}`);
        const view = strided(z);
        view.set(mask, v);
        sameBits(view.copy(), want, `strided array, value ${String(v)}`);
      }
    });
    test('a wrong-sized value is refused as NumPy does', () => {
      expect(() => z.copy().set(mask, np.arange(3))).toThrow(
        'NumPy boolean array indexing assignment cannot assign 3 input values to the 41 output values where the mask is true',
      );
    });
  });

  describe(`${dtype} np.where and copies`, () => {
    const mask = np.array(RE.map((_, i) => i % 5 < 2));
    test('np.where picks whole pairs', () => {
      const w = np.complex(2, -0);
      const got = np.where(mask, w, z);
      const m = parts(mask.astype('float64'));
      const zs = parts(z);
      sameBits(got, zs.flatMap((x, i) => (i % 2 === 0 ? [m[i / 2] ? 2 : x, m[i / 2] ? -0 : zs[i + 1]] : [])), 'scalar x');
      sameBits(np.where(strided(mask), strided(z), 2), np.where(mask, z, 2), 'strided operands');
      sameBits(np.where(mask.reshape(N, 1), z.reshape(N, 1), row), np.where(np.broadcast_to(mask.reshape(N, 1), [N, N]).copy(), A, B), 'broadcast');
    });
    test('casts to and from complex walk strided views as contiguous ones', () => {
      const other = dtype === 'complex64' ? 'complex128' : 'complex64';
      sameBits(strided(z).astype(other), z.astype(other), 'complex to complex');
      sameBits(reversed(z).astype('bool'), z.astype('bool'), 'complex to bool');
      sameBits(strided(z).astype('float64'), parts(z).filter((_, i) => i % 2 === 0), 'complex to float64 (the real part)');
      sameBits(A.T.astype(other).T.copy(), A.astype(other), 'transposed');
      const r = np.array(RE, { dtype: real });
      sameBits(strided(r).astype(dtype), RE.flatMap((x) => [round(x), 0]), 'real to complex');
      const ints = np.array([3, -4, 5, 0, 7, -8]);
      sameBits(strided(np.array([3, -4, 5, 0, 7, -8]).astype(dtype)).astype('int64'), ints, 'complex to int64');
    });
  });
}
