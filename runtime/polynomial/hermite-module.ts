/** `np.polynomial.hermite`: the Hermite class and the herm* functions (NumPy's numpy/polynomial/hermite.py). */
export { Hermite } from './classes';
export {
  hermval, hermfit, hermadd, hermsub, hermmul, hermmulx, hermdiv, hermpow, hermder, hermint, hermvander, hermfromroots, hermline, hermtrim,
  hermcompanion, hermroots, hermgauss, hermweight, herm2poly, poly2herm, hermdomain, hermzero, hermone, hermx, hermval2d, hermval3d, hermgrid2d, hermgrid3d, hermvander2d, hermvander3d,
} from './hermite';
