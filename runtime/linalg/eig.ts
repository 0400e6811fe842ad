/**
 * np.linalg.eig and np.linalg.eigvals for real (..., M, M) input, through the dgeev core
 * (geev/geev.ts). As numpy/linalg/_linalg.py: float results when every eigenvalue of the
 * whole stack is real, complex otherwise; float32 input gives float32/complex64.
 */
import type { NDArray } from '../ndarray';
import type { ArrayLike } from '../asarray';
import { kindOf } from '../dtype';
import { LinAlgError, NotImplementedError } from '../errors';
import { complexFromParts } from '../complex/parts';
import { fromFloat64, linalgResultType, matrixInput, stackOf } from './stack';
import { geev } from './geev/geev';

interface Parts { wr: Float64Array; wi: Float64Array; vr: Float64Array | null; vi: Float64Array | null; shapeW: number[]; shapeV: number[]; dtype: 'float32' | 'float64' }

function solve(x: ArrayLike, computeV: boolean): Parts {
  const a = matrixInput(x, true);
  if (kindOf(a.dtype) === 'c') throw new NotImplementedError('eig of complex input is not supported yet');
  const s = stackOf(a);
  const n = s.n;
  for (let i = 0; i < s.data.length; i++) {
    if (!Number.isFinite(s.data[i])) throw new LinAlgError('Array must not contain infs or NaNs');
  }
  const wr = new Float64Array(s.count * n), wi = new Float64Array(s.count * n);
  const vr = computeV ? new Float64Array(s.count * n * n) : null;
  const vi = computeV ? new Float64Array(s.count * n * n) : null;
  for (let t = 0; t < s.count; t++) {
    const r = geev(s.data.subarray(t * n * n, (t + 1) * n * n), n, computeV);
    if (r.info > 0) throw new LinAlgError('Eigenvalues did not converge');
    wr.set(r.wr, t * n); wi.set(r.wi, t * n);
    if (vr && vi && r.vr) {
      // LAPACK's VR to complex columns: a pair (j, j+1) is re +- i im
      const o = t * n * n, V = r.vr;
      for (let j = 0; j < n; j++) {
        const w = r.wi[j];
        for (let i = 0; i < n; i++) {
          if (w === 0) vr[o + i * n + j] = V[i * n + j];
          else if (w > 0) { vr[o + i * n + j] = V[i * n + j]; vi[o + i * n + j] = V[i * n + j + 1]; }
          else { vr[o + i * n + j] = V[i * n + j - 1]; vi[o + i * n + j] = -V[i * n + j]; }
        }
      }
    }
  }
  return { wr, wi, vr, vi, shapeW: [...s.batch, n], shapeV: a.shape.slice(), dtype: linalgResultType(a.dtype) };
}

function build(re: Float64Array, im: Float64Array, shape: number[], real: boolean, dtype: 'float32' | 'float64'): NDArray {
  if (real) return fromFloat64(re, shape, dtype);
  return complexFromParts(re, im, shape, dtype === 'float32' ? 'complex64' : 'complex128');
}

/**
 * Eigenvalues and right eigenvectors of a square matrix or stack (np.linalg.eig), as
 * [eigenvalues, eigenvectors]: column v[:, i] belongs to w[i] (a @ v[:, i] = w[i] * v[:, i]).
 * Computed as LAPACK's dgeev (balancing, Hessenberg, double-shift QR, back-substitution):
 * NumPy's order, and vectors of unit norm whose largest component is real. The results are
 * float when every eigenvalue is real, complex otherwise.
 *
 * @param a - real array of shape (..., M, M).
 * @returns [w, v]: w of shape (..., M), v of shape (..., M, M).
 *
 * @example
 * const [w, v] = np.linalg.eig(np.array([[0, -1], [1, 0]]));
 * w   // array([0.+1.j, 0.-1.j])
 * np.linalg.eig(np.diag([1, 2]))[0]   // array([1., 2.])
 */
export function eig(a: ArrayLike): [NDArray, NDArray] {
  const p = solve(a, true);
  const real = p.wi.every((x) => x === 0);
  return [build(p.wr, p.wi, p.shapeW, real, p.dtype), build(p.vr!, p.vi!, p.shapeV, real, p.dtype)];
}

/**
 * Eigenvalues of a square matrix or stack (np.linalg.eigvals), in np.linalg.eig's order;
 * float when all are real, complex otherwise.
 *
 * @example
 * np.linalg.eigvals(np.array([[1, 2], [3, 4]]))   // array([-0.37228132,  5.37228132])
 */
export function eigvals(a: ArrayLike): NDArray {
  const p = solve(a, false);
  const real = p.wi.every((x) => x === 0);
  return build(p.wr, p.wi, p.shapeW, real, p.dtype);
}
