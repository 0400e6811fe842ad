/** How NumPy prints scalars: Python's float repr, ints, and the `np.float64(...)` forms. */
import type { DType } from '../dtype';
import { currentPrintOptions } from '../printoptions';
import { dragon4Positional, dragon4Scientific } from './dragon4';


/** Python's `str(int)` for an integer held in a double (exact beyond 2^53 as the double's value). */
export function intToString(v: number): string {
  if (Number.isSafeInteger(v)) return String(v);
  if (!Number.isFinite(v)) return String(v);
  return BigInt(v).toString();
}

/** `str()` of a Python float (`repr`): the float64 scalar rule without NumPy's legacy switch. */
export function pyFloatRepr(v: number): string {
  return floatScalarStr(v, false, Number.POSITIVE_INFINITY);
}

/** scalartypes.c's `@name@type_str_either` for float32/float64 scalars. */
export function floatScalarStr(v: number, single: boolean, legacy: number): string {
  if (legacy <= 113) return legacyFloatScalarStr(v, single);
  const maxPositional = legacy <= 202 ? 1e16 : single ? 1e6 : 1e16;
  let usePositional: boolean;
  if (Number.isNaN(v) || v === 0) {
    usePositional = true;
  } else {
    const abs = Math.abs(v);
    // C compares with the long double 1e-4L; no float64/float32 lies between it and 1e-4
    usePositional = abs < maxPositional && abs >= 1e-4;
  }
  if (usePositional) return dragon4Positional(v, single, { unique: true, fractional: false, precision: -1, trim: '0' });
  return dragon4Scientific(v, single, { unique: true, precision: -1, trim: '-' });
}

/** C `printf('%.{prec}g')` followed by NumPy 1.13's `.0` rule (legacy scalar str). */
export function legacyFloatScalarStr(v: number, single: boolean): string {
  const prec = single ? 6 : 12;
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v < 0 ? '-inf' : 'inf';
  let s = formatG(v, prec);
  if (/^-?\d+$/.test(s)) s += '.0';
  return s;
}

/** C's `%.{p}g` formatting (exact decimal expansion, round-half-even on the binary value). */
export function formatG(v: number, p: number): string {
  if (p === 0) p = 1;
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const sci = dragon4Scientific(v, false, { unique: false, precision: p - 1, trim: 'k' });
  const m = /^(-?)(\d)(?:\.(\d*))?e([+-]\d+)$/.exec(sci);
  if (m === null) return sci;
  const [, sgn, d0, frac = '', expStr] = m;
  const x = Number(expStr);
  if (x < -4 || x >= p) {
    let mant = d0 + (frac ? '.' + frac : '');
    if (mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
    const ax = Math.abs(x);
    return `${sgn}${mant}e${x < 0 ? '-' : '+'}${ax < 10 ? '0' : ''}${ax}`;
  }
  const fixed = dragon4Positional(v, false, { unique: false, fractional: true, precision: Math.max(0, p - 1 - x), trim: 'k' });
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/**
 * `str()` of a NumPy scalar of the given dtype, as NumPy prints it (not affected by the
 * print options): bools as `True`/`False`, integers in full, floats with the shortest
 * digits that round-trip in their own type, in positional notation for magnitudes in
 * [1e-4, 1e16) (float32: [1e-4, 1e6)) and scientific otherwise.
 *
 * @param v - the value (for bool: 0/1 or a boolean).
 * @param dtype - the scalar's dtype.
 * @returns NumPy's `str(np.<dtype>(v))`.
 *
 * @example
 * >>> formatScalar(1, 'float64')      // str(np.float64(1.0))
 * '1.0'
 * >>> formatScalar(0.1, 'float32')    // str(np.float32(0.1))
 * '0.1'
 * >>> formatScalar(1e16, 'float64')
 * '1e+16'
 */
export function formatScalar(v: number | boolean, dtype: DType): string {
  if (dtype === 'bool') return v ? 'True' : 'False';
  const x = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  if (dtype === 'float64' || dtype === 'float32') {
    const single = dtype === 'float32';
    return floatScalarStr(single ? Math.fround(x) : x, single, currentPrintOptions().legacy);
  }
  return intToString(x);
}
