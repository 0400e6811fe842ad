/** The `np.linalg` namespace object (runtime/index.ts wraps some members for complex input). */
import { LinAlgError } from '../../errors';
import { eig, eigvals } from '../eig';
import { matmul } from '../products';
import { norm, vector_norm, matrix_norm } from './norms';
import { inv, det, slogdet, solve, cholesky, matrix_power } from './solve';
import { svd, svdvals, matrix_rank, pinv, cond } from './svd';
import { eigh, eigvalsh, qr, lstsq } from './decompositions';
import { multi_dot, matrix_transpose, linalgOuter, linalgTrace } from './products';

export const linalg = {
  norm,
  vector_norm,
  matrix_norm,
  inv,
  det,
  slogdet,
  solve,
  cholesky,
  matrix_power,
  svd,
  svdvals,
  matrix_rank,
  pinv,
  cond,
  eig,
  eigvals,
  eigh,
  eigvalsh,
  qr,
  lstsq,
  multi_dot,
  matrix_transpose,
  matmul,
  /**
   * Outer product of two 1-d arrays (np.linalg.outer; unlike np.outer it refuses other shapes).
   *
   * @example
   * np.linalg.outer(np.array([1, 2]), np.array([3, 4]))   // array([[3, 4], [6, 8]])
   */
  outer: linalgOuter,
  /**
   * Sum along diagonals of the last two axes (np.linalg.trace; np.trace uses the first two).
   *
   * @example
   * np.linalg.trace(np.arange(8).reshape(2, 2, 2))   // array([ 3, 11])
   */
  trace: linalgTrace,
  LinAlgError,
};
