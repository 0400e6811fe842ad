/**
 * NumPy's print options (`np.set_printoptions`, `np.get_printoptions`, `np.printoptions`),
 * ported from numpy/_core/arrayprint.py and numpy/_core/printoptions.py (NumPy 2.4).
 *
 * One module-level options object plays the part of NumPy's `format_options` context
 * variable. `withPrintoptions(opts, fn)` is the `with np.printoptions(...):` block: the
 * options hold while `fn` runs and the previous ones come back afterwards, even if `fn`
 * throws.
 */
import { NumpyTypeError, ValueError } from './errors';

/** How `precision` is read for floats (`floatmode` of `np.set_printoptions`). */
export type FloatMode = 'fixed' | 'unique' | 'maxprec' | 'maxprec_equal';

/** The `sign` print option: `'-'` (default), `'+'` or `' '`. */
export type SignMode = '-' | '+' | ' ';

/** NumPy's `legacy` print option: `false` (current behaviour) or a version string. */
export type LegacyMode = false | '1.13' | '1.21' | '1.25' | '2.1' | '2.2';

/** A formatting callback of the `formatter` option; gets a JS number (or boolean for bool). */
export type FormatterFunction = (x: any) => string;

/**
 * The `formatter` print option: callbacks keyed by NumPy's type names. `all`, `int_kind`
 * and `float_kind` set several at once; the specific keys (`bool`, `int`, `float`) win.
 */
export interface Formatter {
  all?: FormatterFunction | null;
  bool?: FormatterFunction | null;
  int?: FormatterFunction | null;
  float?: FormatterFunction | null;
  longfloat?: FormatterFunction | null;
  int_kind?: FormatterFunction | null;
  float_kind?: FormatterFunction | null;
  [key: string]: FormatterFunction | null | undefined;
}

/** The full set of print options, as `np.get_printoptions()` returns them. */
export interface PrintOptions {
  edgeitems: number;
  threshold: number;
  floatmode: FloatMode;
  precision: number;
  suppress: boolean;
  linewidth: number;
  nanstr: string;
  infstr: string;
  sign: SignMode;
  formatter: Formatter | null;
  legacy: LegacyMode;
  override_repr: ((a: any) => string) | null;
}

/** Options accepted by `setPrintoptions` (NumPy keyword names; `null`/omitted = unchanged). */
export interface PrintOptionsInput {
  precision?: number | null;
  threshold?: number | null;
  edgeitems?: number | null;
  linewidth?: number | null;
  suppress?: boolean | null;
  nanstr?: string | null;
  infstr?: string | null;
  formatter?: Formatter | null;
  sign?: SignMode | null;
  floatmode?: FloatMode | null;
  legacy?: LegacyMode | null;
  override_repr?: ((a: any) => string) | null;
}

/**
 * The options as the printing code reads them: like `PrintOptions`, but `legacy` is an
 * integer as in NumPy (113 for '1.13', ..., `Infinity` for `false`), so version checks are
 * comparisons.
 */
export interface InternalPrintOptions extends Omit<PrintOptions, 'legacy'> {
  legacy: number;
}

const LEGACY_NONE = Number.POSITIVE_INFINITY;

const LEGACY_TO_INT: Record<string, number> = { '1.13': 113, '1.21': 121, '1.25': 125, '2.1': 201, '2.2': 202 };
const INT_TO_LEGACY: Record<number, LegacyMode> = { 113: '1.13', 121: '1.21', 125: '1.25', 201: '2.1', 202: '2.2' };

const DEFAULTS: InternalPrintOptions = Object.freeze({
  edgeitems: 3,
  threshold: 1000,
  floatmode: 'maxprec',
  precision: 8,
  suppress: false,
  linewidth: 75,
  nanstr: 'nan',
  infstr: 'inf',
  sign: '-',
  formatter: null,
  legacy: LEGACY_NONE,
  override_repr: null,
}) as InternalPrintOptions;

/** The current options. Replaced (never mutated) on every change, so a saved reference is a snapshot. */
let current: InternalPrintOptions = { ...DEFAULTS };

/** Positional order of `np.set_printoptions`'s parameters. */
const POSITIONAL = [
  'precision', 'threshold', 'edgeitems', 'linewidth', 'suppress', 'nanstr', 'infstr', 'formatter', 'sign', 'floatmode',
] as const;
const KEYWORD_ONLY = ['legacy', 'override_repr'] as const;
const ALL_KEYS: readonly string[] = [...POSITIONAL, ...KEYWORD_ONLY];

const FLOAT_MODES: readonly string[] = ['fixed', 'unique', 'maxprec', 'maxprec_equal'];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Python's `operator.index` for a print option; booleans count as 0/1 as in Python. */
function toIndex(v: unknown): number | null {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  return null;
}

/**
 * NumPy's `_make_options_dict`: the given (non-null) options, validated and converted to
 * the internal form (`legacy` as an integer). Used by `setPrintoptions` and by
 * `array2string`'s per-call overrides.
 *
 * @param opts - options with NumPy's keyword names; `null`/`undefined` ones are dropped.
 * @returns The validated options that were given.
 * @throws ValueError / TypeError with NumPy's messages for bad values.
 *
 * @example
 * >>> makeOptionsDict({precision: 3, suppress: null})
 * { precision: 3 }
 * >>> makeOptionsDict({precision: 2.5})
 * TypeError: precision must be an integer
 * @internal
 */
export function makeOptionsDict(opts: PrintOptionsInput): Partial<InternalPrintOptions> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(opts)) {
    if (v !== null && v !== undefined) out[k] = v;
  }
  if (opts.suppress !== null && opts.suppress !== undefined) out.suppress = Boolean(opts.suppress);

  const floatmode = opts.floatmode;
  if (floatmode !== null && floatmode !== undefined && !FLOAT_MODES.includes(floatmode as string)) {
    throw new ValueError('floatmode option must be one of ' + FLOAT_MODES.map((m) => `"${m}"`).join(', '));
  }
  const sign = opts.sign;
  if (sign !== null && sign !== undefined && !['-', '+', ' '].includes(sign as string)) {
    throw new ValueError("sign option must be one of ' ', '+', or '-'");
  }

  const legacy = opts.legacy as unknown;
  if (legacy === false || legacy === 0) {
    out.legacy = LEGACY_NONE;
  } else if (typeof legacy === 'string' && legacy in LEGACY_TO_INT) {
    out.legacy = LEGACY_TO_INT[legacy];
  } else if (legacy === null || legacy === undefined) {
    // unchanged
  } else {
    delete out.legacy;
    console.warn("legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or `False`");
  }

  const threshold = opts.threshold as unknown;
  if (threshold !== null && threshold !== undefined) {
    if (typeof threshold !== 'number' && typeof threshold !== 'boolean' && typeof threshold !== 'bigint') {
      throw new NumpyTypeError('threshold must be numeric');
    }
    if (typeof threshold === 'number' && Number.isNaN(threshold)) {
      throw new ValueError('threshold must be non-NAN, try sys.maxsize for untruncated representation');
    }
    out.threshold = Number(threshold);
  }

  const precision = opts.precision as unknown;
  if (precision !== null && precision !== undefined) {
    const p = toIndex(precision);
    if (p === null) throw new NumpyTypeError('precision must be an integer');
    out.precision = p;
  }
  return out as Partial<InternalPrintOptions>;
}

/** Collects NumPy-style positional arguments and a trailing keyword object into one object. */
function collectArgs(fname: string, args: readonly unknown[]): PrintOptionsInput {
  const list = [...args];
  let kwargs: Record<string, unknown> = {};
  if (list.length > 0 && isPlainObject(list[list.length - 1])) {
    kwargs = list.pop() as Record<string, unknown>;
  }
  if (list.length > POSITIONAL.length) {
    throw new NumpyTypeError(
      `${fname}() takes from 0 to ${POSITIONAL.length} positional arguments but ${list.length} were given`,
    );
  }
  const out: Record<string, unknown> = {};
  list.forEach((v, i) => { out[POSITIONAL[i]] = v; });
  for (const [k, v] of Object.entries(kwargs)) {
    if (!ALL_KEYS.includes(k)) throw new NumpyTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
    if (k in out) throw new NumpyTypeError(`${fname}() got multiple values for argument '${k}'`);
    out[k] = v;
  }
  return out as PrintOptionsInput;
}

/** NumPy's `_set_printoptions`: applies the options and returns the previous state. */
function applyOptions(opts: PrintOptionsInput): InternalPrintOptions {
  const newOpt = makeOptionsDict(opts);
  const previous = current;
  const updated: InternalPrintOptions = { ...current, ...newOpt };
  // formatter and override_repr are always reset
  updated.formatter = opts.formatter ?? null;
  updated.override_repr = opts.override_repr ?? null;
  if (updated.legacy === 113) updated.sign = '-';
  current = updated;
  return previous;
}

/**
 * Set printing options.
 *
 * These options determine the way floating point numbers and arrays are displayed. Options
 * left out (or `null`) keep their current values, as in NumPy; `formatter` and
 * `override_repr` are reset by every call. Arguments may be given positionally in NumPy's
 * order (precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter,
 * sign, floatmode), by name in a trailing options object, or both (a trailing plain object
 * is always the options object).
 *
 * @param args - `{precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr,
 *   formatter, sign, floatmode, legacy, override_repr}` (NumPy's keyword names), optionally
 *   preceded by positional values.
 * @throws ValueError / TypeError with NumPy's messages for bad values (e.g. `precision must
 *   be an integer`, `sign option must be one of ' ', '+', or '-'`).
 *
 * @example
 * >>> np.set_printoptions({precision: 4})
 * >>> np.array([1.123456789])
 * array([1.1235])
 * >>> np.set_printoptions({threshold: 5})
 * >>> np.arange(10)
 * array([0, 1, 2, ..., 7, 8, 9], shape=(10,))
 */
export function setPrintoptions(...args: Array<PrintOptionsInput | number | boolean | string | null | undefined>): void {
  applyOptions(collectArgs('set_printoptions', args));
}

function exportOptions(o: InternalPrintOptions): PrintOptions {
  return { ...o, legacy: o.legacy === LEGACY_NONE ? false : INT_TO_LEGACY[o.legacy] ?? false };
}

/**
 * Return the current print options.
 *
 * @returns A fresh object with keys edgeitems, threshold, floatmode, precision, suppress,
 *   linewidth, nanstr, infstr, sign, formatter, legacy and override_repr.
 *
 * @example
 * >>> np.get_printoptions().linewidth
 * 75
 * >>> np.set_printoptions({linewidth: 100})
 * >>> np.get_printoptions().linewidth
 * 100
 */
export function getPrintoptions(): PrintOptions {
  return exportOptions(current);
}

/**
 * Set print options for the duration of `fn` (NumPy's `with np.printoptions(...):`), then
 * restore the previous options, also when `fn` throws.
 *
 * @param opts - the options, as for `setPrintoptions`.
 * @param fn - the block to run; it receives the options in force (`np.get_printoptions()`).
 * @returns What `fn` returns.
 *
 * @example
 * >>> np.printoptions({precision: 2}, () => String(np.array([2.0]).div(3)))
 * '[0.67]'
 */
export function withPrintoptions<T>(opts: PrintOptionsInput, fn: (options: PrintOptions) => T): T {
  const previous = applyOptions(collectArgs('_set_printoptions', [opts]));
  try {
    return fn(getPrintoptions());
  } finally {
    current = previous;
  }
}

/**
 * Restore NumPy's default print options (precision 8, threshold 1000, edgeitems 3,
 * linewidth 75, suppress false, nanstr 'nan', infstr 'inf', sign '-', floatmode 'maxprec').
 * NumPy has no such function (`np.set_printoptions()` with no arguments changes nothing).
 *
 * @example
 * >>> np.set_printoptions({precision: 3})
 * >>> np.reset_printoptions()
 * >>> np.get_printoptions().precision
 * 8
 */
export function resetPrintoptions(): void {
  current = { ...DEFAULTS };
}

/**
 * The current options in the internal form the printing code uses (`legacy` as an integer,
 * `Infinity` for no legacy mode). The object is never mutated; do not mutate it either.
 *
 * @returns The options in force.
 *
 * @example
 * >>> currentPrintOptions().precision
 * 8
 * @internal
 */
export function currentPrintOptions(): InternalPrintOptions {
  return current;
}
