/**
 * Python's `fmt % values` for numbers, as np.savetxt writes rows (`'%.18e' % (1.5,)`): the
 * conversions d i u e E f F g G s r x X o c and %%, with flags (- + space # 0), width and
 * precision. Floats are formatted exactly (Dragon4, ties to even, as Python's and C's),
 * never through JavaScript's toFixed/toExponential, which round ties away from zero.
 */
import { formatFloatPositional, formatFloatScientific, formatG, pyFloatRepr } from './format';
import { NumpyTypeError, OverflowError, ValueError } from './errors';

/** A value of a row: its number, and whether it is an integer or boolean (NumPy's dtype kind). */
export interface PrintfValue {
  v: number;
  kind: 'i' | 'u' | 'b' | 'f';
  /** NumPy's scalar type name, for error messages ('numpy.float64'). */
  type: string;
}

const SPEC = /%(?:(%)|([-+ #0]*)(\d*)(?:\.(\d*))?([diueEfFgGsrxXoc]))/g;

function pad(s: string, flags: string, width: number, numeric: boolean): string {
  if (s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[-+ ]/.test(s) ? s[0] : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}

function signed(s: string, v: number, flags: string): string {
  if (s.startsWith('-') || Number.isNaN(v)) return s;
  return flags.includes('+') ? `+${s}` : flags.includes(' ') ? ` ${s}` : s;
}

function floatText(x: PrintfValue, conv: string, prec: number | null, flags: string): string {
  const v = x.v;
  const upper = conv === 'E' || conv === 'F' || conv === 'G';
  let s: string;
  if (!Number.isFinite(v)) s = Number.isNaN(v) ? 'nan' : v < 0 ? '-inf' : 'inf';
  else if (conv === 'e' || conv === 'E') {
    const p = prec ?? 6;
    s = formatFloatScientific(v, { precision: p, unique: false, trim: p === 0 && !flags.includes('#') ? '-' : 'k', exp_digits: 2 });
  }
  else if (conv === 'f' || conv === 'F') {
    const p = prec ?? 6;
    s = formatFloatPositional(v, { precision: p, unique: false, fractional: true, trim: p === 0 && !flags.includes('#') ? '-' : 'k' });
  } else s = formatG(v, prec ?? 6);
  if (upper) s = s.toUpperCase();
  return signed(s, v, flags);
}

function intText(x: PrintfValue, conv: string, flags: string): string {
  if (conv !== 'd' && conv !== 'i' && conv !== 'u' && x.kind === 'f') {
    throw new NumpyTypeError(`%${conv} format: an integer is required, not ${x.type}`);
  }
  if (Number.isNaN(x.v)) throw new ValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x.v)) throw new OverflowError('cannot convert float infinity to integer');
  const n = Math.trunc(x.v);
  const a = Math.abs(n);
  let s = conv === 'x' ? a.toString(16) : conv === 'X' ? a.toString(16).toUpperCase() : conv === 'o' ? a.toString(8) : String(a);
  if (flags.includes('#') && (conv === 'x' || conv === 'X' || conv === 'o')) s = (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') + s;
  return signed(n < 0 ? `-${s}` : s, n, flags);
}

/** `str()` of a NumPy scalar of that kind. */
function strOf(x: PrintfValue): string {
  if (x.kind === 'b') return x.v ? 'True' : 'False';
  if (x.kind === 'f') return pyFloatRepr(x.v);
  return String(x.v);
}

/** Python's `fmt % tuple(values)`; a TypeError when the counts differ or a conversion does not fit. */
export function printf(fmt: string, values: readonly PrintfValue[]): string {
  let i = 0;
  const out = fmt.replace(SPEC, (_all, percent: string | undefined, flags = '', width = '', precision: string | undefined, conv: string) => {
    if (percent) return '%';
    if (i >= values.length) throw new NumpyTypeError('not enough arguments for format string');
    const x = values[i++];
    const w = Number(width || 0);
    const prec = precision === undefined ? null : Number(precision || 0);
    switch (conv) {
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return pad(floatText(x, conv, prec, flags), flags, w, true);
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        return pad(intText(x, conv, flags), flags, w, true);
      case 'c':
        return pad(String.fromCodePoint(Math.trunc(x.v)), flags, w, false);
      default: {
        const s = strOf(x);
        return pad(prec === null ? s : s.slice(0, prec), flags, w, false);
      }
    }
  });
  if (i < values.length) throw new NumpyTypeError('not all arguments converted during string formatting');
  return out;
}
