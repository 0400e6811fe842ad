export { Polynomial, set_default_printstyle, type PolynomialOptions } from './polynomial';
export * as polynomial from './module';
