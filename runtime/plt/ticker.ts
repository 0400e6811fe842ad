/**
 * Where ticks go and how they are labelled: matplotlib's ticker rules, re-implemented.
 *
 * - `maxNLocator` / `autoLocator`: MaxNLocator, whose "nice numbers" are multiples of
 *   1, 2, 2.5, 5 (AutoLocator's steps) times a power of ten, at most `nbins` intervals
 *   (matplotlib's nbins='auto' is the axis' tick space, clipped to 9), with the same
 *   floating-point edge handling (`_Edge_integer`) and offset for ranges far from zero.
 * - `logLocator`: LogLocator's decades, striding over decades when there are many, and
 *   its 'auto' subs for the minor ticks (2..9 times each decade).
 * - `scalarFormatter`: ScalarFormatter's labels: as few decimals as tell the ticks apart,
 *   an order of magnitude ('1e6') outside 10^-5..10^6 and an offset ('+1e3') when it
 *   saves 4 digits, with a Unicode minus.
 * - `logFormatter`: LogFormatterSciNotation's `10^{k}` at decades.
 *
 * Locators return every tick matplotlib's do, including the ones just outside the view
 * (matplotlib keeps them for autoscaling); the axes shows the ones inside.
 */

/** Python's divmod for floats (floor division and a modulo with the divisor's sign). */
export function pyDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else mod = 0 * y;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = 0 * (x / y);
  return [floordiv, mod];
}

/** Python's `x // y` for floats. */
export const pyFloorDiv = (x: number, y: number): number => pyDivmod(x, y)[0];

/**
 * matplotlib.transforms.nonsingular: an interval that is not a point (expanded by
 * `expander`, relatively, when it is) and not inverted unless `increasing` is false.
 */
export function nonsingular(vmin: number, vmax: number, expander = 0.001, tiny = 1e-15, increasing = true): [number, number] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  let swapped = false;
  if (vmax < vmin) {
    [vmin, vmax] = [vmax, vmin];
    swapped = true;
  }
  const maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
  if (maxabs < (1e6 / tiny) * 2.2250738585072014e-308) {
    vmin = -expander;
    vmax = expander;
  } else if (vmax - vmin <= maxabs * tiny) {
    if (vmax === 0 && vmin === 0) {
      vmin = -expander;
      vmax = expander;
    } else {
      vmin -= expander * Math.abs(vmin);
      vmax += expander * Math.abs(vmax);
    }
  }
  if (swapped && !increasing) [vmin, vmax] = [vmax, vmin];
  return [vmin, vmax];
}

/** matplotlib's scale_range: the power of ten of the step, and an offset for ranges far from zero. */
export function scaleRange(vmin: number, vmax: number, n = 1, threshold = 100): [number, number] {
  const dv = Math.abs(vmax - vmin);
  const meanv = (vmax + vmin) / 2;
  let offset = 0;
  if (!(Math.abs(meanv) / dv < threshold)) offset = Math.sign(meanv) * 10 ** pyFloorDiv(Math.log10(Math.abs(meanv)), 1);
  const scale = 10 ** pyFloorDiv(Math.log10(dv / n), 1);
  return [scale, offset];
}

/** `_Edge_integer`: tick indices as multiples of a step, tolerant of rounding. */
class EdgeInteger {
  private readonly offset: number;
  constructor(readonly step: number, offset: number) {
    this.offset = Math.abs(offset);
  }
  private closeto(ms: number, edge: number): boolean {
    let tol = 1e-10;
    if (this.offset > 0) {
      const digits = Math.log10(this.offset / this.step);
      tol = Math.min(0.4999, Math.max(1e-10, 10 ** (digits - 12)));
    }
    return Math.abs(ms - edge) < tol;
  }
  /** The largest n with n * step <= x. */
  le(x: number): number {
    const [d, m] = pyDivmod(x, this.step);
    return this.closeto(m / this.step, 1) ? d + 1 : d;
  }
  /** The smallest n with n * step >= x. */
  ge(x: number): number {
    const [d, m] = pyDivmod(x, this.step);
    return this.closeto(m / this.step, 0) ? d : d + 1;
  }
}

export interface MaxNOptions {
  /** Most intervals (default 10; AutoLocator on an axis: its tick space clipped to 9). */
  nbins?: number;
  /** Nice multiples between 1 and 10 (default AutoLocator's [1, 2, 2.5, 5, 10]). */
  steps?: number[];
  integer?: boolean;
  minNTicks?: number;
}

/** AutoLocator's steps. */
export const AUTO_STEPS = [1, 2, 2.5, 5, 10];

/**
 * MaxNLocator.tick_values: nice tick locations covering [vmin, vmax] (one beyond each end
 * where the step does not land on it, as matplotlib returns them).
 *
 * @example
 * maxNLocator(0, 1, {nbins: 9})        // [0, 0.2, 0.4, 0.6, 0.8, 1]
 * maxNLocator(-0.3, 6.6, {nbins: 9})   // [-1, 0, 1, 2, 3, 4, 5, 6, 7]
 */
export function maxNLocator(vmin: number, vmax: number, opts: MaxNOptions = {}): number[] {
  const nbins = opts.nbins ?? 10;
  const minN = Math.max(1, opts.minNTicks ?? 2);
  let steps = opts.steps ?? AUTO_STEPS;
  if (steps[0] !== 1) steps = [1, ...steps];
  if (steps[steps.length - 1] !== 10) steps = [...steps, 10];
  const staircase = [...steps.slice(0, -1).map((s) => 0.1 * s), ...steps, 10 * steps[1]];
  [vmin, vmax] = nonsingular(vmin, vmax, 1e-13, 1e-14);
  const [scale, offset] = scaleRange(vmin, vmax, nbins);
  const _vmin = vmin - offset;
  const _vmax = vmax - offset;
  const rawStep = (_vmax - _vmin) / nbins;
  let scaled = staircase.map((s) => s * scale);
  if (opts.integer) scaled = scaled.filter((s) => s < 1 || Math.abs(s - Math.round(s)) < 0.001);
  let istep = scaled.findIndex((s) => s >= rawStep);
  if (istep < 0) istep = scaled.length - 1;
  let ticks: number[] = [];
  for (; istep >= 0; istep--) {
    let step = scaled[istep];
    if (opts.integer && Math.floor(_vmax) - Math.ceil(_vmin) >= minN - 1) step = Math.max(1, step);
    const bestVmin = pyFloorDiv(_vmin, step) * step;
    const edge = new EdgeInteger(step, offset);
    const low = edge.le(_vmin - bestVmin);
    const high = edge.ge(_vmax - bestVmin);
    ticks = [];
    for (let k = low; k <= high; k++) ticks.push(k * step + bestVmin);
    const shown = ticks.filter((t) => t <= _vmax && t >= _vmin).length;
    if (shown >= minN) break;
  }
  return ticks.map((t) => t + offset);
}

/** AutoLocator (MaxNLocator with steps [1, 2, 2.5, 5, 10]) with `nbins` intervals at most. */
export function autoLocator(vmin: number, vmax: number, nbins = 9): number[] {
  return maxNLocator(vmin, vmax, { nbins, steps: AUTO_STEPS });
}

/** The axis' tick space as matplotlib's get_tick_space: length in points / (3 or 2 x label size). */
export function tickSpace(lengthPt: number, axis: 'x' | 'y', labelSize = 10): number {
  return Math.floor(lengthPt / (labelSize * (axis === 'x' ? 3 : 2)));
}

/** nbins='auto' for an axis of this tick space (clipped to 1..9). */
export function autoBins(space: number, minNTicks = 2): number {
  return Math.min(9, Math.max(Math.max(1, minNTicks - 1), space));
}

export interface LogOptions {
  base?: number;
  /** Ticks between decades: [1] (majors, the default), 'auto' (2..9, minors) or a list. */
  subs?: number[] | 'auto' | 'all';
  /** Most ticks (the axis' tick space clipped to 2..9; 9 without an axis). */
  numticks?: number;
}

/**
 * LogLocator.tick_values: decades (base^k) covering [vmin, vmax], one stride beyond each
 * end, striding over decades when there are more than `numticks`; with `subs` the
 * multiples within each decade.
 *
 * @example
 * logLocator(1, 1000)            // [0.1, 1, 10, 100, 1000, 10000]
 * logLocator(1, 1000, {subs: 'auto'})   // 2e-2 .. 9e4: 2..9 times each decade
 */
export function logLocator(vmin: number, vmax: number, opts: LogOptions = {}): number[] {
  const b = opts.base ?? 10;
  const numticks = opts.numticks ?? 9;
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  if (!(vmin > 0) || !Number.isFinite(vmin)) throw new RangeError('Data has no positive values, and therefore can not be log-scaled.');
  const logVmin = Math.log(vmin) / Math.log(b);
  const logVmax = Math.log(vmax) / Math.log(b);
  const numdec = Math.floor(logVmax) - Math.ceil(logVmin);
  let subs: number[];
  const sub = opts.subs ?? [1];
  if (typeof sub === 'string') {
    const first = sub === 'auto' ? 2 : 1;
    if (numdec > 10 || b < 3) {
      if (sub === 'auto') return [];
      subs = [1];
    } else {
      subs = [];
      for (let s = first; s < b; s++) subs.push(s);
    }
  } else subs = sub;
  let stride = pyFloorDiv(numdec + 1, numticks) + 1;
  if (stride >= numdec) stride = Math.max(1, numdec - 1);
  const haveSubs = subs.length > 1 || (subs.length === 1 && subs[0] !== 1);
  const decades: number[] = [];
  for (let d = Math.floor(logVmin) - stride; d < Math.ceil(logVmax) + 2 * stride; d += stride) decades.push(d);
  let locs: number[];
  if (haveSubs) {
    if (stride === 1) {
      locs = [];
      for (const d of decades) {
        const start = b ** d;
        for (const s of subs) locs.push(s * start);
      }
    } else locs = [];
  } else locs = decades.map((d) => b ** d);
  if (subs.length > 1 && stride === 1 && locs.filter((t) => vmin <= t && t <= vmax).length <= 1) return autoLocator(vmin, vmax);
  return locs;
}

const MINUS = '\u2212';
const fixMinus = (s: string) => s.replace(/-/g, MINUS);

/** Python's `'%1.{d}f' % x`. */
function fixed(x: number, d: number): string {
  return x.toFixed(Math.min(100, d));
}

/** ScalarFormatter.format_data: 1e6, 2.5e-5 (the offset text's numbers). */
function formatData(v: number): string {
  const e = Math.floor(Math.log10(Math.abs(v)));
  const s = Math.round((v / 10 ** e) * 1e10) / 1e10;
  const sig = s % 1 === 0 ? String(s) : String(Number(s.toPrecision(10)));
  return e === 0 ? sig : `${sig}e${e}`;
}

export interface Formatted {
  labels: string[];
  /** Text shown at the axis' end: order of magnitude and/or offset ('1e6', '+1.2e3'), or ''. */
  offset: string;
}

/**
 * ScalarFormatter: labels for `locs` on an axis showing [vmin, vmax].
 *
 * @example
 * scalarFormatter([0, 0.5, 1], 0, 1).labels          // ['0.0', '0.5', '1.0']
 * scalarFormatter([-2, 0, 2], -2.2, 2.2).labels      // ['−2', '0', '2']
 * scalarFormatter([0, 1e6, 2e6], 0, 2e6).offset      // '1e6'
 */
export function scalarFormatter(locs: readonly number[], vmin: number, vmax: number, opts: { useOffset?: boolean; powerlimits?: [number, number]; offsetThreshold?: number } = {}): Formatted {
  if (!locs.length) return { labels: [], offset: '' };
  if (vmin > vmax) [vmin, vmax] = [vmax, vmin];
  const visible = locs.filter((l) => vmin <= l && l <= vmax);
  const [pmin, pmax] = opts.powerlimits ?? [-5, 6];
  // _compute_offset
  let offset = 0;
  if ((opts.useOffset ?? true) && visible.length) {
    const lmin = Math.min(...visible);
    const lmax = Math.max(...visible);
    if (!(lmin === lmax || (lmin <= 0 && 0 <= lmax))) {
      const [absMin, absMax] = [Math.abs(lmin), Math.abs(lmax)].sort((a, b) => a - b);
      const sign = lmin < 0 ? -1 : 1;
      const oomMax = Math.ceil(Math.log10(absMax));
      let oom = oomMax;
      while (pyFloorDiv(absMin, 10 ** oom) === pyFloorDiv(absMax, 10 ** oom)) oom--;
      oom += 1;
      if ((absMax - absMin) / 10 ** oom <= 1e-2) {
        oom = oomMax;
        while (!(pyFloorDiv(absMax, 10 ** oom) - pyFloorDiv(absMin, 10 ** oom) > 1)) oom--;
        oom += 1;
      }
      const n = (opts.offsetThreshold ?? 4) - 1;
      offset = pyFloorDiv(absMax, 10 ** oom) >= 10 ** n ? sign * pyFloorDiv(absMax, 10 ** oom) * 10 ** oom : 0;
    }
  }
  // _set_order_of_magnitude
  let order = 0;
  if (visible.length) {
    let oom: number;
    if (offset) oom = Math.floor(Math.log10(vmax - vmin));
    else {
      const val = Math.max(...visible.map(Math.abs));
      oom = val === 0 ? 0 : Math.floor(Math.log10(val));
    }
    if (oom <= pmin || oom >= pmax) order = oom;
  }
  // _set_format
  const base = locs.length < 2 ? [...locs, vmin, vmax] : [...locs];
  const scaled = base.map((l) => (l - offset) / 10 ** order);
  let range = Math.max(...scaled) - Math.min(...scaled);
  if (range === 0) range = Math.max(...scaled.map(Math.abs));
  if (range === 0) range = 1;
  const values = locs.length < 2 ? scaled.slice(0, -2) : scaled;
  const rangeOom = Math.floor(Math.log10(range));
  let sigfigs = Math.max(0, 3 - rangeOom);
  const thresh = 1e-3 * 10 ** rangeOom;
  while (sigfigs >= 0) {
    const f = 10 ** sigfigs;
    if (Math.max(...values.map((v) => Math.abs(v - roundHalfEven(v * f) / f))) < thresh) sigfigs -= 1;
    else break;
  }
  sigfigs += 1;
  const labels = locs.map((x) => {
    let xp = (x - offset) / 10 ** order;
    if (Math.abs(xp) < 1e-8) xp = 0;
    return fixMinus(fixed(xp, sigfigs));
  });
  let offsetText = '';
  if (order || offset) {
    let off = '';
    if (offset) off = (offset > 0 ? '+' : '') + formatData(offset);
    offsetText = fixMinus((order ? `1e${order}` : '') + off);
  }
  return { labels, offset: offsetText };
}

/** NumPy's round (half to even), as np.round(x, decimals) uses for the rounded copy. */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * LogFormatterSciNotation for major ticks: `10^{k}` at decades (drawn with a superscript),
 * `c×10^{k}` elsewhere. `numdec` is the decades shown: minor ticks are labelled only when
 * it is at most 1 (all multiples when at most 0.4, else 1, 2, 3, 4, 6).
 */
export function logFormatter(x: number, opts: { base?: number; minor?: boolean; numdec?: number } = {}): string {
  const b = opts.base ?? 10;
  if (x === 0) return '0';
  const sign = x < 0 ? MINUS : '';
  const ax = Math.abs(x);
  const fx = Math.log(ax) / Math.log(b);
  const isDecade = Math.abs(fx - Math.round(fx)) < 1e-9 * Math.max(1, Math.abs(fx));
  const exponent = isDecade ? Math.round(fx) : Math.floor(fx);
  const coeff = isDecade ? 1 : Math.round(ax / b ** exponent);
  if (opts.minor) {
    const numdec = opts.numdec ?? Infinity;
    if (numdec > 1) return '';
    const allowed = numdec > 0.4 ? new Set([1, 2, 3, 4, 6, 10]) : null;
    if (allowed && !allowed.has(coeff)) return '';
  } else if (!isDecade) return '';
  const e = exponent < 0 ? `${MINUS}${-exponent}` : String(exponent);
  return isDecade ? `${sign}${b}^{${e}}` : `${sign}${coeff}\u00d7${b}^{${e}}`;
}
