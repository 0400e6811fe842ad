/** `np.polynomial.hermite_e`: the HermiteE class and the herme* functions (NumPy's numpy/polynomial/hermite_e.py). */
export { HermiteE } from './classes';
export {
  hermeval, hermefit, hermeadd, hermesub, hermemul, hermemulx, hermediv, hermepow, hermeder, hermeint, hermevander, hermefromroots, hermeline, hermetrim,
  hermecompanion, hermeroots, hermegauss, hermeweight, herme2poly, poly2herme, hermedomain, hermezero, hermeone, hermex, hermeval2d, hermeval3d, hermegrid2d, hermegrid3d, hermevander2d, hermevander3d,
} from './hermite_e';
