/**
 * Reductions (sum, prod, min, max, mean, var, std, all, any, argmin, argmax) and
 * accumulations (cumsum, cumprod), over any set of axes, with `keepdims` and `dtype`.
 *
 * Summation follows NumPy's order so results agree to the last bit: axes are walked in
 * NumPy's iteration order (reduce-iteration.ts); when the innermost axis is reduced each
 * inner-loop call NumPy makes is summed pairwise (NumPy's 8-way unrolled blocks of 128):
 * a row, or several rows gathered as NumPy's buffer holds them; when it is kept, rows are
 * added into the output one after another (which is also what makes the axis-0 sum of a
 * C array fast).
 */
export { type Axis, type ReduceOptions, type UntypedArgs, type WholeOptions, type ArrayOptions, type KeepOptions } from './types';
export { pairwiseSum, pairwiseSum32 } from './pairwise';
export { sum, prod, max, min, amax, amin, all, any, mean } from './reductions';
export { type VarOptions, variance, variance as var, std } from './variance';
export { type ArgOptions, argmax, argmin } from './argminmax';
export { type AccumulateOptions, cumsum, cumprod } from './cumulative';
export { ptp, count_nonzero } from './counting';
