/**
 * 2-d and 3-d series over any basis (NumPy's polyutils `_valnd`, `_gridnd` and
 * `_vander_nd_flat`): `chebval2d(x, y, c)` is Σ c[i, j]·T_i(x)·T_j(y) at the points (x, y),
 * `chebgrid2d` the same on the grid x × y, `chebvander2d` the matching pseudo-Vandermonde
 * matrix. Each point runs the 1-d kernel along c's first axis, then the next, in NumPy's order.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError } from '../errors';
import { checkDeg, type F64 } from './polyutils';

type ValAt = (x: number, c: F64) => number;
type Vander = (xs: F64, deg: number) => F64;

function flat(a: NDArray): F64 {
  return Float64Array.from(a.ravel().tolist() as number[]);
}

function coefficients(c: ArrayLike, dims: number): [F64, number[]] {
  const a = asarray(c).astype('float64');
  if (a.ndim !== dims) throw new ValueError(`Coefficient array must be ${dims}-d here (NumPy also allows trailing dimensions)`);
  return [flat(a), a.shape.slice()];
}

/**
 * Values Σ c[i, j(, k)] B_i(x) B_j(y) (B_k(z)): over the paired points (`grid` false, the
 * coordinates' shapes must agree) or over their Cartesian grid (`grid` true).
 */
export function valnd(valAt: ValAt, c: ArrayLike, coords: ArrayLike[], grid: boolean): number | NDArray {
  const arrays = coords.map((v) => asarray(v).astype('float64'));
  const dims = coords.length;
  if (!grid && arrays.some((a) => a.shape.length !== arrays[0].shape.length || a.shape.some((d, i) => d !== arrays[0].shape[i]))) {
    throw new ValueError(dims === 3 ? 'x, y, z are incompatible' : 'x, y are incompatible');
  }
  const [cf, cshape] = coefficients(c, dims);
  const pts = arrays.map(flat);
  const outShape = grid ? arrays.flatMap((a) => a.shape) : arrays[0].shape.slice();
  const sizes = pts.map((p) => p.length);
  const total = grid ? sizes.reduce((s, n) => s * n, 1) : sizes[0];
  const out = new Float64Array(total);
  const [n0, n1] = cshape;
  const n2 = dims === 3 ? cshape[2] : 1;
  const col = new Float64Array(n0);
  const t1 = new Float64Array(n1 * n2);
  const t2 = new Float64Array(n1);
  const u = new Float64Array(n2);
  for (let p = 0; p < total; p++) {
    let idx = p;
    const at: number[] = [];
    for (let d = dims - 1; d >= 0; d--) {
      if (grid) {
        at[d] = pts[d][idx % sizes[d]];
        idx = Math.floor(idx / sizes[d]);
      } else at[d] = pts[d][p];
    }
    // along axis 0 for every (j, k), then axis 1 for every k, then axis 2
    for (let jk = 0; jk < n1 * n2; jk++) {
      for (let i = 0; i < n0; i++) col[i] = cf[i * n1 * n2 + jk];
      t1[jk] = valAt(at[0], col);
    }
    for (let k = 0; k < n2; k++) {
      for (let j = 0; j < n1; j++) t2[j] = t1[j * n2 + k];
      u[k] = valAt(at[1], t2);
    }
    out[p] = dims === 3 ? valAt(at[2], u) : u[0];
  }
  return outShape.length === 0 ? out[0] : new NDArray(out, 'float64', outShape);
}

/** The pseudo-Vandermonde matrix of several coordinates: row p holds B_i(x_p)·B_j(y_p)(·B_k(z_p)), i slowest. */
export function vandernd(vander: Vander, coords: ArrayLike[], degIn: readonly number[]): NDArray {
  const dims = coords.length;
  if (!Array.isArray(degIn) || degIn.length !== dims) throw new ValueError(`Expected ${dims} dimensions of degrees, got ${Array.isArray(degIn) ? degIn.length : 1}`);
  const degs = degIn.map(checkDeg);
  const arrays = coords.map((v) => asarray(v).astype('float64'));
  if (arrays.some((a) => a.shape.length !== arrays[0].shape.length || a.shape.some((d, i) => d !== arrays[0].shape[i]))) {
    throw new ValueError('the coordinates must have the same shape');
  }
  const n = arrays[0].size;
  const vs = arrays.map((a, d) => vander(flat(a), degs[d]));
  const orders = degs.map((d) => d + 1);
  const width = orders.reduce((s, o) => s * o, 1);
  const out = new Float64Array(n * width);
  for (let p = 0; p < n; p++) {
    for (let col = 0; col < width; col++) {
      let rest = col;
      const idx: number[] = [];
      for (let d = dims - 1; d >= 0; d--) {
        idx[d] = rest % orders[d];
        rest = Math.floor(rest / orders[d]);
      }
      let v = vs[0][p * orders[0] + idx[0]] * vs[1][p * orders[1] + idx[1]];
      if (dims === 3) v *= vs[2][p * orders[2] + idx[2]];
      out[p * width + col] = v;
    }
  }
  return new NDArray(out, 'float64', [...arrays[0].shape, width]);
}
