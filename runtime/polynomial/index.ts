export { Polynomial, set_default_printstyle, type PolynomialOptions } from './polynomial';
export { Chebyshev, Legendre, Laguerre, Hermite, HermiteE } from './classes';
export * as polynomial from './module';
export * as chebyshev from './chebyshev-module';
export * as legendre from './legendre-module';
export * as laguerre from './laguerre-module';
export * as hermite from './hermite-module';
export * as hermite_e from './hermite_e-module';
export * as polyutils from './polyutils-module';
