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

/** The scaled variable as the classes print it: `x`, `(1.0 + x)`, `(2.0x)`, `(1.0 + 2.0x)` (NumPy's _format_term; parens added by the caller). */
function scaledSymbol(fmt: (x: number) => string, off: number, scale: number, symbol: string): [string, boolean] {
  if (off === 0 && scale === 1) return [symbol, false];
  if (scale === 1) return [`${fmt(off)} + ${symbol}`, true];
  if (off === 0) return [`${fmt(scale)}${symbol}`, true];
  return [`${fmt(off)} + ${fmt(scale)}${symbol}`, true];
}

/** NumPy's `_generate_string`: terms wrapped at the print options' linewidth. */
export function generateString(c: Float64Array, off: number, scale: number, symbol: string, termMethod: (i: string, arg: string) => string): string {
  const linewidth = Math.max(getPrintoptions().linewidth, 1);
  let out = formatFloat(c[0]);
  const [t, parens] = scaledSymbol((x) => formatFloat(x), off, scale, symbol);
  const sym = parens ? `(${t})` : t;
  for (let i = 1; i < c.length; i++) {
    out += ' ';
    let term = c[i] >= 0 ? `+ ${formatFloat(c[i], true)}` : c[i] < 0 ? `- ${formatFloat(-c[i], true)}` : `+ ${formatFloat(c[i], true)}`;
    term += termMethod(String(i), sym);
    let lineLen = out.length - out.lastIndexOf('\n') - 1 + term.length;
    if (i < c.length - 1) lineLen += 2;
    if (lineLen >= linewidth) term = term.replace(' ', '\n');
    out += term;
  }
  return out;
}

/** NumPy's `_repr_latex_`: `$x \\mapsto ...$` with zero terms greyed. */
export function latexString(c: Float64Array, off: number, scale: number, symbol: string, termMethod: (i: number, arg: string, needsParens: boolean) => string): string {
  const scalar = (x: number, parens = false) => `\\text{${formatFloat(x, parens)}}`;
  const [term, needsParens] = scaledSymbol(scalar, off, scale, symbol);
  let body = '';
  c.forEach((v, i) => {
    const coef = i === 0 ? scalar(v) : v >= 0 ? ` + ${scalar(v, true)}` : v < 0 ? ` - ${scalar(-v, true)}` : ` + ${scalar(v, true)}`;
    const t = termMethod(i, term, needsParens);
    const part = t === '1' ? coef : `${coef}\\,${t}`;
    body += v === 0 ? `\\color{LightGray}{${part}}` : part;
  });
  return `$${symbol} \\mapsto ${body || '0'}$`;
}
