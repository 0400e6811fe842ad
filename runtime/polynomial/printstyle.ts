/**
 * How np.polynomial's series classes print: the module-wide unicode/ascii switch
 * (`np.polynomial.set_default_printstyle`) and polyutils.format_float.
 */
import { formatFloatPositional, formatFloatScientific } from '../format';
import { getPrintoptions } from '../printoptions';
import { ValueError } from '../errors';

let style: 'unicode' | 'ascii' = 'unicode';

/** The current default style. */
export function printStyle(): 'unicode' | 'ascii' {
  return style;
}

/**
 * Chooses how polynomials print: `'unicode'` (`1.0 + 2.0·x²`, NumPy's default off Windows)
 * or `'ascii'` (`1.0 + 2.0 x**2`).
 *
 * @example
 * np.polynomial.set_default_printstyle('ascii')
 */
export function set_default_printstyle(s: 'unicode' | 'ascii'): void {
  if (s !== 'unicode' && s !== 'ascii') throw new ValueError(`Unsupported format string '${s}'. Valid options are 'ascii' and 'unicode'`);
  style = s;
}

/** polyutils.format_float: dragon4 with the print options, trimmed to one trailing zero. */
export function formatFloat(x: number, parens = false): string {
  const o = getPrintoptions();
  if (Number.isNaN(x)) return o.nanstr;
  if (!Number.isFinite(x)) return o.infstr;
  const fixed = o.floatmode === 'fixed';
  const opts = { precision: o.precision, unique: !fixed, trim: (fixed ? 'k' : '0') as 'k' | '0', sign: o.sign === '+' };
  const a = Math.abs(x);
  if (x !== 0 && (a >= 1e8 || a < 10 ** Math.min(0, Math.floor(-(o.precision - 1) / 2)))) {
    const s = formatFloatScientific(x, opts);
    return parens ? `(${s})` : s;
  }
  return formatFloatPositional(x, { ...opts, fractional: true });
}
