/** `np.polynomial.chebyshev`: the Chebyshev class and the cheb* functions (NumPy's numpy/polynomial/chebyshev.py). */
export { Chebyshev } from './classes';
export {
  chebval, chebfit, chebadd, chebsub, chebmul, chebmulx, chebdiv, chebpow, chebder, chebint, chebvander, chebfromroots, chebline, chebtrim,
  chebcompanion, chebroots, chebgauss, chebweight, cheb2poly, poly2cheb, chebdomain, chebzero, chebone, chebx, chebval2d, chebval3d, chebgrid2d, chebgrid3d, chebvander2d, chebvander3d, chebpts1, chebpts2, chebinterpolate,
} from './chebyshev';
