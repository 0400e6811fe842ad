/** `np.polynomial.laguerre`: the Laguerre class and the lag* functions (NumPy's numpy/polynomial/laguerre.py). */
export { Laguerre } from './classes';
export {
  lagval, lagfit, lagadd, lagsub, lagmul, lagmulx, lagdiv, lagpow, lagder, lagint, lagvander, lagfromroots, lagline, lagtrim,
  lagcompanion, lagroots, laggauss, lagweight, lag2poly, poly2lag, lagdomain, lagzero, lagone, lagx, lagval2d, lagval3d, laggrid2d, laggrid3d, lagvander2d, lagvander3d,
} from './laguerre';
