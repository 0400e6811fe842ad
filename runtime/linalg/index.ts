/**
 * `np.linalg`: NumPy's linear algebra on NDArrays. Every function takes array_like input,
 * works on stacks of matrices `(..., M, N)` where NumPy does, returns float64 (float32 for
 * float32 input, as NumPy) and raises NumPy's LinAlgError / ValueError with NumPy's text.
 * Tuples come back as JS arrays (`const [U, S, Vh] = np.linalg.svd(a)`), 0-d results as
 * numbers.
 *
 * The functions on arrays are in api/ (norms, solve, svd, decompositions, products; the
 * namespace object in namespace.ts); the numerical kernels beside this file: gemm.ts
 * (matrix multiply), lu.ts (det, solve, inv), cholesky.ts, qr.ts, svd.ts (Jacobi, and
 * bdc.ts's divide and conquer), gkr.ts, eigh.ts and tridiag-dc.ts, eig.ts over geev/,
 * lstsq.ts, norm.ts; products.ts holds np.dot / np.matmul and friends. The API files are
 * re-exported with `export *`, so each function keeps its own declaration: the editor shows
 * its docs on `np.linalg.<name>` (a named re-export would make it an alias, without them).
 */
export * from './api/norms';
export * from './api/solve';
export * from './api/svd';
export * from './api/decompositions';
export * from './api/products';
export { linalg, linalg as default } from './api/namespace';
export { matmul, dot, inner, vdot, trace, outer } from './products';
