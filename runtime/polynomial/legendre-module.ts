/** `np.polynomial.legendre`: the Legendre class and the leg* functions (NumPy's numpy/polynomial/legendre.py). */
export { Legendre } from './classes';
export {
  legval, legfit, legadd, legsub, legmul, legmulx, legdiv, legpow, legder, legint, legvander, legfromroots, legline, legtrim,
  legcompanion, legroots, leggauss, legweight, leg2poly, poly2leg, legdomain, legzero, legone, legx, legval2d, legval3d, leggrid2d, leggrid3d, legvander2d, legvander3d,
} from './legendre';
