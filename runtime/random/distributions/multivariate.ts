/**
 * The multivariate samplers shared by Generator and RandomState: `multinomial` (repeated
 * conditional binomials, `random_multinomial`), `dirichlet` (normalised gammas, or
 * Generator's stick-breaking betas when every alpha < 0.1) and `multivariate_normal`
 * (standard normals times a factor of `cov`: SVD as NumPy by default, Generator also
 * 'cholesky' and 'eigh'), with NumPy's argument checks.
 */
import { ValueError, NumpyTypeError } from '../../errors';
import { bind, toSize, prod, param, broadcastParams, kahanSum, type Draw, type Param } from '../common';
import { type NDArray, type ArrayInput, toArray, valuesOf, wrap } from '../nd';
import { svd, eigh, cholesky } from '../../linalg/index';
import { checkConstraint } from './broadcast';
import type { Source } from './source';
import { binomial } from './discrete';
import { standardGamma, beta } from './continuous';

/** The multivariate samplers, as methods. */
export interface MultivariateMethods {
  /**
   * Samples from a multinomial distribution: counts of `n` trials over outcomes of
   * probabilities `pvals` (the last entry takes the remainder).
   *
   * Parameters
   * ----------
   * n : number | array_like
   *     Non-negative number of trials (an array broadcasts, Generator only).
   * pvals : array_like
   *     Probabilities of the outcomes, along the last axis.
   * size : number | number[], optional
   *
   * Returns
   * -------
   * NDArray of int64, shape `size + [len(pvals)]`.
   *
   * @example
   * np.random.default_rng(0).multinomial(20, [1/6, 1/6, 1/6, 1/6, 1/6, 1/6])   // array([4, 2, 1, 1, 8, 4])
   */
  multinomial(n: number | ArrayInput, pvals: ArrayInput, size?: number | number[] | { size?: number | number[] }): NDArray;
  /**
   * Samples from a Dirichlet distribution of concentration `alpha`.
   *
   * Parameters
   * ----------
   * alpha : array_like
   *     1-d concentrations (Generator: >= 0; RandomState: > 0).
   * size : number | number[], optional
   *
   * Returns
   * -------
   * NDArray, shape `size + [len(alpha)]`; rows sum to 1.
   *
   * @example
   * np.random.default_rng(0).dirichlet([10, 5, 3], 2)
   * // array([[0.5547855 , 0.34134134, 0.10387315],
   * //        [0.73812699, 0.17045337, 0.09141964]])
   */
  dirichlet(alpha: ArrayInput, size?: number | number[] | { size?: number | number[] }): NDArray;
  /**
   * Samples from a multivariate normal distribution.
   *
   * Parameters
   * ----------
   * mean : array_like
   *     1-d mean, length N.
   * cov : array_like
   *     (N, N) covariance, symmetric positive-semidefinite.
   * size : number | number[], optional
   * check_valid : 'warn' | 'raise' | 'ignore', optional
   *     What to do when `cov` is not positive-semidefinite (warn is silent here).
   * tol : number, optional
   *     Tolerance of that check, default 1e-8.
   * method : 'svd' | 'eigh' | 'cholesky', optional
   *     Generator only: the factorisation of `cov`, default 'svd'. The normals drawn are
   *     NumPy's; with 'svd' / 'eigh' the singular / eigen vectors' signs may differ from
   *     LAPACK's and so the values from NumPy's (same distribution), 'cholesky' matches.
   *
   * Returns
   * -------
   * NDArray, shape `size + [N]`.
   *
   * @example
   * np.random.default_rng(0).multivariate_normal([0, 0], [[1, 0.5], [0.5, 2]], 3, {method: 'cholesky'})
   * // array([[ 0.12573022, -0.1118932 ],
   * //        [ 0.64042265,  0.45898114],
   * //        [-0.53566937,  0.21051061]])
   */
  multivariate_normal<A extends readonly unknown[]>(...args: A): Draw<A, ['mean', 'cov', 'size'], never, NDArray>;
}

type SourceOf = (self: unknown) => Source;

function lastDimShape(size: unknown, d: number): number[] {
  const s = toSize(size);
  return s === null ? [d] : [...s, d];
}

/** `random_multinomial`: conditional binomials, the remainder in the last cell. */
function multinomialRow(s: Source, n: number, p: Float64Array, po: number, d: number, out: Float64Array, oo: number): void {
  let remaining = 1.0;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    out[oo + j] = binomial(s, p[po + j] / remaining, dn);
    dn -= out[oo + j];
    if (dn <= 0) break;
    remaining -= p[po + j];
  }
  if (dn > 0) out[oo + d - 1] = dn;
}

function multinomial(s: Source, legacy: boolean, args: unknown[]): NDArray {
  const a = bind('multinomial', args, ['n', 'pvals', 'size']);
  if (a.n === undefined || a.pvals === undefined) {
    throw new NumpyTypeError(`multinomial() missing 1 required positional argument: '${a.n === undefined ? 'n' : 'pvals'}'`);
  }
  const parr = toArray(a.pvals as ArrayInput);
  const p = valuesOf(parr);
  const ndim = parr.shape.length;
  if (legacy && ndim === 0) throw new NumpyTypeError('pvals must be a 1-d sequence');
  if (legacy && ndim > 1) {
    throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
  }
  const d = ndim >= 1 ? parr.shape[ndim - 1] : 0;
  if (!legacy && d === 0) {
    throw new ValueError('pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.');
  }
  checkConstraint({ v: NaN, data: p, shape: parr.shape.slice() }, 'pvals', 'b01');
  for (let off = 0; off < p.length; off += d) {
    if (kahanSum(p.subarray(off, off + d - 1)) > 1.0 + 1e-12) {
      throw new ValueError(`sum(pvals${ndim > 1 ? '[...,:-1]' : '[:-1]'}) > 1.0`);
    }
  }
  const n = param(a.n, 0);
  if (n.data === null && ndim <= 1) {
    const shape = lastDimShape(a.size, d);
    const out = new Float64Array(prod(shape));
    if (n.v < 0 || Number.isNaN(n.v)) throw new ValueError('n < 0');
    const ni = Math.trunc(n.v);
    for (let off = 0; d > 0 && off < out.length; off += d) multinomialRow(s, ni, p, 0, d, out, off);
    return wrap(out, shape, 'int64');
  }
  if (legacy) throw new NumpyTypeError('only integer scalar arrays can be converted to a scalar index');
  checkConstraint(n, 'n', 'nonneg');
  // Broadcast n against the row offsets of pvals (and size), as NumPy's MultiIter does.
  const rows = parr.shape.slice(0, -1);
  const offs: Param = rows.length === 0
    ? { v: 0, data: null, shape: [] }
    : { v: NaN, data: Float64Array.from({ length: prod(rows) }, (_, i) => i * d), shape: rows };
  const size = toSize(a.size);
  const { shape, strides } = broadcastParams(size, [n, offs]);
  const bshape = shape ?? [];
  const cnt = prod(bshape);
  const out = new Float64Array(cnt * d);
  const nd = bshape.length;
  const idx = new Array<number>(nd).fill(0);
  let on = 0, oo = 0;
  for (let i = 0; i < cnt; i++) {
    const ni = Math.trunc(n.data ? n.data[on] : n.v);
    const po = offs.data ? offs.data[oo] : 0;
    multinomialRow(s, ni, p, po, d, out, i * d);
    for (let k = nd - 1; k >= 0; k--) {
      idx[k]++;
      on += strides[0][k];
      oo += strides[1][k];
      if (idx[k] < bshape[k]) break;
      on -= strides[0][k] * bshape[k];
      oo -= strides[1][k] * bshape[k];
      idx[k] = 0;
    }
  }
  return wrap(out, [...bshape, d], 'int64');
}

function dirichlet(s: Source, legacy: boolean, args: unknown[]): NDArray {
  const a = bind('dirichlet', args, ['alpha', 'size']);
  if (a.alpha === undefined) throw new NumpyTypeError("dirichlet() missing 1 required positional argument: 'alpha'");
  const arr = toArray(a.alpha as ArrayInput);
  if (arr.shape.length === 0) {
    throw new NumpyTypeError(`object of type '${Number.isInteger(arr.flatGet(0)) ? 'int' : 'float'}' has no len()`);
  }
  if (arr.shape.length > 1) {
    throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
  }
  const alpha = valuesOf(arr);
  const k = alpha.length;
  if (legacy ? alpha.some((v) => v <= 0) : alpha.some((v) => v < 0)) throw new ValueError(legacy ? 'alpha <= 0' : 'alpha < 0');
  const shape = lastDimShape(a.size, k);
  const out = new Float64Array(prod(shape));
  const total = out.length;
  let maxA = -Infinity;
  for (const v of alpha) if (v > maxA) maxA = v;
  if (!legacy && k > 0 && maxA < 0.1) {
    // Stick-breaking with betas: no 0/0 when every gamma would underflow.
    const csum = new Float64Array(k);
    let c = 0;
    for (let j = k - 1; j >= 0; j--) { c += alpha[j]; csum[j] = c; }
    if (c > 0) {
      for (let i = 0; i < total; i += k) {
        let acc = 1;
        for (let j = 0; j < k - 1; j++) {
          const v = beta(s, alpha[j], csum[j + 1]);
          out[i + j] = acc * v;
          acc *= 1 - v;
          if (csum[j + 1] === 0) break;
        }
        out[i + k - 1] = acc;
      }
    }
    return wrap(out, shape, 'float64');
  }
  for (let i = 0; i < total; i += k) {
    let acc = 0;
    for (let j = 0; j < k; j++) {
      out[i + j] = standardGamma(s, alpha[j]);
      acc += out[i + j];
    }
    const inv = 1 / acc;
    for (let j = 0; j < k; j++) out[i + j] *= inv;
  }
  return wrap(out, shape, 'float64');
}

function allclose(a: Float64Array, b: Float64Array, tol: number): boolean {
  for (let i = 0; i < a.length; i++) if (!(Math.abs(a[i] - b[i]) <= tol + tol * Math.abs(b[i]))) return false;
  return true;
}

function multivariateNormal(s: Source, legacy: boolean, args: unknown[]): NDArray {
  const names = legacy ? ['mean', 'cov', 'size', 'check_valid', 'tol'] : ['mean', 'cov', 'size', 'check_valid', 'tol', 'method'];
  const a = bind('multivariate_normal', args, names);
  const method = (a.method ?? 'svd') as string;
  if (method !== 'svd' && method !== 'eigh' && method !== 'cholesky') {
    throw new ValueError("method must be one of {'eigh', 'svd', 'cholesky'}");
  }
  const checkValid = (a.check_valid ?? 'warn') as string;
  const tol = (a.tol ?? 1e-8) as number;
  const meanArr = toArray(a.mean as ArrayInput);
  const covArr = toArray(a.cov as ArrayInput);
  const size = toSize(a.size);
  if (meanArr.shape.length !== 1) throw new ValueError('mean must be 1 dimensional');
  if (covArr.shape.length !== 2 || covArr.shape[0] !== covArr.shape[1]) throw new ValueError('cov must be 2 dimensional and square');
  if (meanArr.shape[0] !== covArr.shape[0]) throw new ValueError('mean and cov must have same length');
  const N = meanArr.shape[0];
  const finalShape = [...(size ?? []), N];
  const rows = prod(finalShape) / (N || 1);
  const x = new Float64Array(rows * N);
  for (let i = 0; i < x.length; i++) x[i] = s.normal();
  const mean = valuesOf(meanArr);
  const cov = valuesOf(covArr);
  const covF = wrap(Float64Array.from(cov), [N, N], 'float64');
  // factor[i][j]: x @ factor.T, i.e. out[r][i] = sum_j x[r][j] * factor[i][j].
  const factor = new Float64Array(N * N);
  if (method === 'cholesky') {
    factor.set(valuesOf(cholesky(covF)));
  } else {
    let sv: Float64Array;
    let u: Float64Array;
    let vh: Float64Array | null = null;
    if (method === 'svd') {
      const [U, S, Vh] = svd(covF) as [NDArray, NDArray, NDArray];
      u = valuesOf(U); sv = valuesOf(S); vh = valuesOf(Vh);
    } else {
      const [W, V] = eigh(covF);
      sv = valuesOf(W); u = valuesOf(V);
    }
    if (checkValid !== 'ignore') {
      if (checkValid !== 'warn' && checkValid !== 'raise') throw new ValueError("check_valid must equal 'warn', 'raise', or 'ignore'");
      let psd: boolean;
      if (vh !== null) {
        const rec = new Float64Array(N * N);
        for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) {
          let t = 0;
          for (let k = 0; k < N; k++) t += vh[k * N + i] * sv[k] * vh[k * N + j];
          rec[i * N + j] = t;
        }
        psd = allclose(rec, cov, tol);
      } else {
        psd = !sv.some((v) => v < -tol);
      }
      if (!psd && checkValid === 'raise') throw new ValueError('covariance is not symmetric positive-semidefinite.');
    }
    if (legacy) {
      // np.dot(x, sqrt(s)[:, None] * v): out[r][i] = sum_k x[r][k] * sqrt(s_k) * v[k][i].
      for (let i = 0; i < N; i++) for (let k = 0; k < N; k++) factor[i * N + k] = Math.sqrt(sv[k]) * (vh as Float64Array)[k * N + i];
    } else {
      for (let i = 0; i < N; i++) for (let k = 0; k < N; k++) {
        factor[i * N + k] = u[i * N + k] * Math.sqrt(method === 'eigh' ? Math.abs(sv[k]) : sv[k]);
      }
    }
  }
  const out = new Float64Array(rows * N);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < N; i++) {
      let t = 0;
      for (let j = 0; j < N; j++) t += x[r * N + j] * factor[i * N + j];
      out[r * N + i] = legacy ? t + mean[i] : mean[i] + t;
    }
  }
  return wrap(out, finalShape, 'float64');
}

/**
 * The implementations of `MultivariateMethods` for a class whose instances give their
 * `Source` through `sourceOf`.
 *
 * Parameters
 * ----------
 * sourceOf : (self) => Source
 * legacy : boolean
 *
 * @example
 * Object.assign(Generator.prototype, multivariateMethods((g) => generatorSource(g.bit_generator), false));
 */
export function multivariateMethods(sourceOf: SourceOf, legacy: boolean) {
  return {
    multinomial(this: unknown, ...args: unknown[]) { return multinomial(sourceOf(this), legacy, args); },
    dirichlet(this: unknown, ...args: unknown[]) { return dirichlet(sourceOf(this), legacy, args); },
    multivariate_normal(this: unknown, ...args: unknown[]) { return multivariateNormal(sourceOf(this), legacy, args); },
  };
}
