/**
 * Ufuncs about the bits of numbers: nextafter and spacing (one step of the float
 * grid, in the operand's own precision) and bitwise_count (population count).
 */
import { type DType, kindOf } from '../dtype';
import { type BinaryUfunc, type UnaryUfunc, makeBinary, makeUnary, noLoop, floatLoopType } from '../ufunc';

/**
 * The next floating-point value after x1 towards x2, elementwise (float32 arrays step on
 * the float32 grid).
 *
 * @example
 * np.nextafter(1, 2)                                   // 1.0000000000000002
 * np.nextafter(np.array([0, 1], {dtype: 'float32'}), -1)
 * // array([-1.4012985e-45,  9.9999994e-01], dtype=float32)
 */
export const nextafter: BinaryUfunc = makeBinary({
  name: 'nextafter',
  loop: (_d, d1, d2) => {
    const f: DType = floatLoopType(d1) === 'float64' || floatLoopType(d2) === 'float64' ? 'float64' : 'float32';
    return { input: f, output: f, expr: f === 'float32' ? 'H.nextafterf(x, y)' : 'H.nextafter(x, y)' };
  },
});

/**
 * The distance from x to the nearest adjacent number away from zero (the unit in the
 * last place), signed as x; NaN for infinities.
 *
 * @example
 * np.spacing(1)                                        // 2.220446049250313e-16
 * np.spacing(np.array([1, -1, 0, Infinity], {dtype: 'float64'}))
 * // array([ 2.22044605e-016, -2.22044605e-016,  4.94065646e-324,              nan])
 */
export const spacing: UnaryUfunc = makeUnary({
  name: 'spacing',
  loop: (d) => {
    const f = floatLoopType(d);
    return { input: f, output: f, expr: f === 'float32' ? 'H.spacingf(x)' : 'H.spacing(x)' };
  },
});

/**
 * The number of 1 bits in the absolute value of each integer (NumPy 2's bitwise_count);
 * the result is uint8.
 *
 * @example
 * np.bitwise_count(np.array([-1, 7, 255], {dtype: 'int16'}))   // array([1, 3, 8], dtype=uint8)
 * np.bitwise_count(1023)                                       // 10
 */
export const bitwise_count: UnaryUfunc = makeUnary({
  name: 'bitwise_count',
  loop: (d) => {
    const k = kindOf(d);
    if (k !== 'i' && k !== 'u' && k !== 'b') noLoop('bitwise_count');
    return { input: d, output: 'uint8', expr: 'H.popcount(x)' };
  },
});
