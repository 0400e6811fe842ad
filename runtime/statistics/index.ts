/**
 * Statistics: order statistics (median, percentile, quantile and their nan* forms),
 * weighted averages, the NaN-ignoring reductions, covariance and correlation,
 * differences and gradients, convolution, interpolation, integration and the cross
 * product.
 *
 * Each function follows NumPy 2.4's own algorithm step by step (numpy/lib/
 * _function_base_impl.py, _nanfunctions_impl.py, numpy/_core/numeric.py), with the same
 * dtypes at every step, so results agree with NumPy's to the last digit: quantiles use
 * NumPy's `_lerp` (a + (b-a)*t, or b - (b-a)*(1-t) when t >= 0.5), `cov` scales by
 * `1/fact`, nanvar sums with the NaNs replaced by zeros, and so on.
 */
export { type MedianOptions, median, nanmedian } from './median';
export { type QuantileMethod, type QuantileOptions, quantile, percentile, nanquantile, nanpercentile } from './quantile';
export { type AverageOptions, average } from './average';
export { type NanReduceOptions, nansum, nanprod, type NanAccumulateOptions, nancumsum, nancumprod, nanmax, nanmin, type NanArgOptions, nanargmax, nanargmin, nanmean, type NanVarOptions, nanvar, nanstd } from './nan-reductions';
export { type CovOptions, cov, type CorrcoefOptions, corrcoef } from './correlation';
export { type DiffOptions, diff, type Ediff1dOptions, ediff1d, type GradientOptions, gradient } from './gradients';
export { type TrapezoidOptions, trapezoid, type InterpOptions, interp, type ConvolveMode, correlate, convolve, type CrossOptions, cross } from './integration';
