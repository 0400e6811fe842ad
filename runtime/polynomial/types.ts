/** The types the series classes share (kept apart from polybase.ts so the base stays short). */
import type { ArrayLike } from '../asarray';
import type { Kernels, FitOptions } from './seriesmodule';
import type { ABCPolyBase } from './polybase';

/** Options of the class methods (NumPy's keywords). */
export interface PolynomialOptions {
  domain?: ArrayLike | null;
  window?: ArrayLike | null;
  symbol?: string;
}

/** Options of the classes' `fit`. */
export type FitClassOptions = PolynomialOptions & FitOptions;

/** A series class (Polynomial, Chebyshev, ...) as a value: its constructor and its statics. */
export type SeriesClass<T extends ABCPolyBase = ABCPolyBase> = (new (coef: ArrayLike, domain?: ArrayLike | null | PolynomialOptions, window?: ArrayLike | null, symbol?: string) => T) & {
  kernels: Kernels;
  basisName: string | null;
  module: string;
  identity(opts?: PolynomialOptions): ABCPolyBase;
};
