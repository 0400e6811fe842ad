/**
 * Array printing: NumPy 2.4's numpy/_core/arrayprint.py ported line by line, with the
 * Dragon4 float formatter of numpy/_core/src/multiarray/dragon4.c (exact big-integer arithmetic)
 * underneath, so `arrayStr` / `arrayRepr` give NumPy's `str(a)` / `repr(a)` byte for byte.
 *
 * The printing code only needs a `Printable`: a dtype, a shape and C-order element access.
 * A summarised array (size > threshold) is only read at its edge items.
 */
export * from './printable';
export * from './dragon4';
export * from './format-float';
export * from './scalars';
export * from './element-formats';
export * from './array-format';
