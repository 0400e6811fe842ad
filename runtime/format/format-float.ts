/** np.format_float_positional and np.format_float_scientific over Dragon4, with NumPy's argument checks. */
import type { DType } from '../dtype';
import { pyTypeName } from '../validate';
import { NumpyTypeError, ValueError } from '../errors';
import { TrimMode, dragon4Positional, dragon4Scientific } from './dragon4';


/** Options of `formatFloatPositional` (NumPy's keyword names). */
export interface FormatFloatPositionalOptions {
  precision?: number | null;
  unique?: boolean;
  fractional?: boolean;
  trim?: 'k' | '.' | '0' | '-';
  sign?: boolean;
  pad_left?: number | null;
  pad_right?: number | null;
  min_digits?: number | null;
  /** The float type of `x` (NumPy reads it off the scalar): 'float64' (default) or 'float32'. */
  dtype?: DType;
}

/** Options of `formatFloatScientific` (NumPy's keyword names). */
export interface FormatFloatScientificOptions {
  precision?: number | null;
  unique?: boolean;
  trim?: 'k' | '.' | '0' | '-';
  sign?: boolean;
  pad_left?: number | null;
  exp_digits?: number | null;
  min_digits?: number | null;
  /** The float type of `x`: 'float64' (default) or 'float32'. */
  dtype?: DType;
}

export function noneOrPositiveArg(x: number | null | undefined, name: string): number {
  if (x === null || x === undefined) return -1;
  if (x < 0) throw new ValueError(`${name} must be >= 0`);
  return x;
}

export function checkTrim(trim: string, unique: boolean, precision: number): TrimMode {
  if (!['k', '.', '0', '-'].includes(trim)) {
    throw new NumpyTypeError(`if supplied, trim must be 'k', '.', '0' or '-' found \`${trim}\``);
  }
  if (!unique && precision < 0) throw new NumpyTypeError('in non-unique mode `precision` must be supplied');
  return trim as TrimMode;
}

/** A value as the float type it is printed as: float32 values round through Math.fround. */
export function asFloat(x: number, dtype: DType | undefined): [number, boolean] {
  const single = dtype === 'float32';
  return [single ? Math.fround(x) : x, single];
}

/**
 * Format a floating-point scalar as a decimal string in positional notation
 * (`np.format_float_positional`), using the Dragon4 algorithm with IEEE unbiased rounding.
 *
 * @param x - the value; with `{dtype: 'float32'}` it is printed as a float32.
 * @param opts - `precision` (max digits; null = as many as needed), `unique` (shortest
 *   round-trip digits, default true), `fractional` (precision counts digits after the point,
 *   default true), `trim` ('k' keep, '.' drop trailing zeros, '0' leave one zero, '-' drop
 *   zeros and point; default 'k'), `sign`, `pad_left`, `pad_right`, `min_digits`.
 * @returns The decimal string.
 *
 * @example
 * >>> np.format_float_positional(Math.PI, {dtype: 'float32'})
 * '3.1415927'
 * >>> np.format_float_positional(0.3, {unique: false, precision: 10, dtype: 'float32'})
 * '0.3000000119'
 */
export function formatFloatPositional(x: number, opts: FormatFloatPositionalOptions = {}): string {
  if (typeof x !== 'number') throw new NumpyTypeError(`must be real number, not ${pyTypeName(x)}`);
  const precision = noneOrPositiveArg(opts.precision, 'precision');
  const padLeft = noneOrPositiveArg(opts.pad_left, 'pad_left');
  const padRight = noneOrPositiveArg(opts.pad_right, 'pad_right');
  const minDigits = noneOrPositiveArg(opts.min_digits, 'min_digits');
  const fractional = opts.fractional ?? true;
  const unique = opts.unique ?? true;
  if (!fractional && precision === 0) throw new ValueError('precision must be greater than 0 if fractional=False');
  if (minDigits > 0 && precision > 0 && minDigits > precision) {
    throw new ValueError('min_digits must be less than or equal to precision');
  }
  const trim = checkTrim(opts.trim ?? 'k', unique, precision);
  const [v, single] = asFloat(x, opts.dtype);
  return dragon4Positional(v, single, {
    precision, unique, fractional, trim, sign: opts.sign ?? false, padLeft, padRight, minDigits,
  });
}

/**
 * Format a floating-point scalar as a decimal string in scientific notation
 * (`np.format_float_scientific`), using the Dragon4 algorithm with IEEE unbiased rounding.
 *
 * @param x - the value; with `{dtype: 'float32'}` it is printed as a float32.
 * @param opts - `precision`, `unique` (default true), `trim` (default 'k'), `sign`,
 *   `pad_left`, `exp_digits` (minimum exponent digits, default 2), `min_digits`.
 * @returns The decimal string.
 *
 * @example
 * >>> np.format_float_scientific(Math.PI, {dtype: 'float32'})
 * '3.1415927e+00'
 * >>> np.format_float_scientific(1.23e24, {exp_digits: 4})
 * '1.23e+0024'
 */
export function formatFloatScientific(x: number, opts: FormatFloatScientificOptions = {}): string {
  if (typeof x !== 'number') throw new NumpyTypeError(`must be real number, not ${pyTypeName(x)}`);
  const precision = noneOrPositiveArg(opts.precision, 'precision');
  const padLeft = noneOrPositiveArg(opts.pad_left, 'pad_left');
  const expDigits = noneOrPositiveArg(opts.exp_digits, 'exp_digits');
  const minDigits = noneOrPositiveArg(opts.min_digits, 'min_digits');
  if (minDigits > 0 && precision > 0 && minDigits > precision) {
    throw new ValueError('min_digits must be less than or equal to precision');
  }
  const unique = opts.unique ?? true;
  const trim = checkTrim(opts.trim ?? 'k', unique, precision);
  const [v, single] = asFloat(x, opts.dtype);
  return dragon4Scientific(v, single, {
    precision, unique, trim, sign: opts.sign ?? false, padLeft, expDigits, minDigits,
  });
}
