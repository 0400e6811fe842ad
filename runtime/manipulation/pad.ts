/** Array manipulation (np.concatenate ... np.trace): pad. */
import { NDArray, copyInto, copyToContiguous, zerosOf } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DType, kindOf, isFloat, isInteger } from '../dtype';
import { normalizeAxis } from '../shape';
import { ValueError, NumpyTypeError } from '../errors';
import { broadcast_to } from '../views';
import { pairwiseSum, pairwiseSum32 } from '../reduce';
import { isOpts, sliceAxis, forEachLine, storer } from './helpers';


/** The padding modes of np.pad. */
export type PadMode =
  | 'constant' | 'edge' | 'linear_ramp' | 'maximum' | 'mean' | 'median' | 'minimum'
  | 'reflect' | 'symmetric' | 'wrap' | 'empty';

/** Keyword options of np.pad. */
export interface PadOptions {
  /** The padding mode (default 'constant'); may also be given positionally. */
  mode?: PadMode;
  /** 'constant': the values before and after each axis (default 0). */
  constant_values?: ArrayLike;
  /** 'linear_ramp': the values the ramps end at (default 0). */
  end_values?: ArrayLike;
  /** 'maximum', 'mean', 'median', 'minimum': how many edge values the statistic uses. */
  stat_length?: ArrayLike | null;
  /** 'reflect', 'symmetric': 'even' (default) or 'odd' (extend by 2*edge - value). */
  reflect_type?: 'even' | 'odd';
}

export const PAD_KWARGS: Record<string, string[]> = {
  empty: [], edge: [], wrap: [], constant: ['constant_values'], linear_ramp: ['end_values'],
  maximum: ['stat_length'], mean: ['stat_length'], median: ['stat_length'], minimum: ['stat_length'],
  reflect: ['reflect_type'], symmetric: ['reflect_type'],
};

/** NumPy's `_as_pairs`: broadcasts x to ndim (before, after) pairs. */
export function asPairs(x0: ArrayLike | null | undefined, ndim: number, asIndex: boolean): [number | null, number | null][] {
  if (x0 === null || x0 === undefined) return new Array(ndim).fill(null).map(() => [null, null]);
  let x = asarray(x0);
  if (asIndex) {
    if (kindOf(x.dtype) === 'f') {
      const c = copyToContiguous(x, 'float64');
      for (let i = 0; i < c.size; i++) c.data[i] = roundHalfEven(c.data[i]);
      x = copyToContiguous(c, 'int64');
    }
  }
  const vals = (y: NDArray) => {
    const out: number[] = [];
    for (let i = 0; i < y.size; i++) out.push(y.flatGet(i));
    return out;
  };
  const neg = () => new ValueError("index can't contain negative values");
  if (x.ndim < 3) {
    if (x.size === 1) {
      const v = x.flatGet(0);
      if (asIndex && v < 0) throw neg();
      return new Array(ndim).fill(0).map(() => [v, v]);
    }
    if (x.size === 2 && !(x.ndim === 2 && x.shape[0] === 2 && x.shape[1] === 1)) {
      const [p, q] = vals(x);
      if (asIndex && (p < 0 || q < 0)) throw neg();
      return new Array(ndim).fill(0).map(() => [p, q]);
    }
  }
  if (asIndex && x.size > 0 && Math.min(...vals(x)) < 0) throw neg();
  const b = broadcast_to(x, [ndim, 2]);
  const out: [number, number][] = [];
  for (let i = 0; i < ndim; i++) out.push([b.flatGet(2 * i), b.flatGet(2 * i + 1)]);
  return out;
}

export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : r;
}

/** Per-line padding context: the buffer, one line's offset and stride, and the widths. */
export interface Line {
  d: NDArray['data'];
  off: number;
  st: number;
  L: number;
}

export function statOf(kind: 'maximum' | 'minimum' | 'mean' | 'median', ln: Line, start: number, len: number, dtype: DType): number {
  const { d, off, st } = ln;
  const at = (i: number) => d[off + (start + i) * st];
  switch (kind) {
    case 'maximum': {
      let m = at(0);
      for (let i = 1; i < len; i++) {
        const v = at(i);
        if (v > m || v !== v) m = v;
        if (m !== m) break;
      }
      return m;
    }
    case 'minimum': {
      let m = at(0);
      for (let i = 1; i < len; i++) {
        const v = at(i);
        if (v < m || v !== v) m = v;
        if (m !== m) break;
      }
      return m;
    }
    case 'mean': {
      const o = off + start * st;
      const s = dtype === 'float32' ? pairwiseSum32(d, o, len, st) : pairwiseSum(d, o, len, st);
      const m = dtype === 'float32' ? Math.fround(s / len) : s / len;
      return isFloat(dtype) ? m : roundHalfEven(m);
    }
    case 'median': {
      if (len === 0) return NaN;
      const vals = new Float64Array(len);
      for (let i = 0; i < len; i++) vals[i] = at(i);
      vals.sort();
      if (vals[len - 1] !== vals[len - 1]) return NaN;
      const h = len >> 1;
      let m = len % 2 === 1 ? vals[h] : (vals[h - 1] + vals[h]) / 2;
      if (dtype === 'float32') m = Math.fround(m);
      return isFloat(dtype) ? m : roundHalfEven(m);
    }
  }
}

/**
 * `np.linspace(start, stop, num, endpoint=False, dtype)` as pad's linear_ramp uses it, for
 * one line. `anyZero` is NumPy's array-wide test: when any line of the call has a zero
 * step, every line is computed as `i / num * delta + start`.
 */
export function rampValues(start: number, stop: number, num: number, dtype: DType, anyZero: boolean): number[] {
  const out: number[] = [];
  const fr = dtype === 'float32' ? Math.fround : (v: number) => v;
  const delta = fr(stop - start);
  const step = fr(delta / num);
  for (let i = 0; i < num; i++) {
    let y = anyZero ? fr(fr(fr(i / num) * delta) + start) : fr(fr(i * step) + start);
    if (isInteger(dtype)) y = Math.floor(y);
    out.push(y);
  }
  return out;
}

/** NumPy's `_set_reflect_both` on one line; returns the remaining (left, right) widths. */
export function reflectLine(ln: Line, left: number, right: number, odd: boolean, period: number, includeEdge: boolean, put: (v: number) => number): [number, number] {
  const { d, off, st, L } = ln;
  const at = (i: number) => off + i * st;
  let oldLength = L - right - left;
  let edgeOffset: number;
  if (includeEdge) {
    oldLength = Math.floor(oldLength / period) * period;
    edgeOffset = 1;
  } else {
    oldLength = Math.floor((oldLength - 1) / (period - 1)) * (period - 1) + 1;
    edgeOffset = 0;
    oldLength -= 1;
  }
  if (left > 0) {
    const chunk = Math.min(oldLength, left);
    const stop = left - edgeOffset;
    const vals: number[] = [];
    // padded[stop + chunk : stop : -1]
    for (let i = stop + chunk; i > stop; i--) vals.push(d[at(i)]);
    const edge = d[at(left)];
    for (let j = 0; j < chunk; j++) d[at(left - chunk + j)] = put(odd ? 2 * edge - vals[j] : vals[j]);
    left -= chunk;
  }
  if (right > 0) {
    const chunk = Math.min(oldLength, right);
    const start = L - right + edgeOffset - 2;
    const vals: number[] = [];
    for (let i = start; i > start - chunk; i--) vals.push(d[at(i)]);
    const edge = d[at(L - right - 1)];
    const s0 = L - right;
    for (let j = 0; j < chunk; j++) d[at(s0 + j)] = put(odd ? 2 * edge - vals[j] : vals[j]);
    right -= chunk;
  }
  return [left, right];
}

/** NumPy's `_set_wrap_both` on one line; returns the remaining (left, right) widths. */
export function wrapLine(ln: Line, left: number, right: number, original: number): [number, number] {
  const { d, off, st, L } = ln;
  const at = (i: number) => off + i * st;
  let period = L - right - left;
  period = Math.floor(period / original) * original;
  let newLeft = 0;
  let newRight = 0;
  if (left > 0) {
    const sliceEnd = left + period;
    const sliceStart = sliceEnd - Math.min(period, left);
    const vals: number[] = [];
    for (let i = sliceStart; i < sliceEnd; i++) vals.push(d[at(i)]);
    let dst: number;
    if (left > period) {
      dst = left - period;
      newLeft = left - period;
    } else dst = 0;
    for (let j = 0; j < vals.length; j++) d[at(dst + j)] = vals[j];
  }
  if (right > 0) {
    const sliceStart = L - right - period;
    const len = Math.min(period, right);
    const vals: number[] = [];
    for (let i = sliceStart; i < sliceStart + len; i++) vals.push(d[at(i)]);
    const dst = L - right;
    if (right > period) newRight = right - period;
    for (let j = 0; j < vals.length; j++) d[at(dst + j)] = vals[j];
  }
  return [newLeft, newRight];
}

/**
 * Pads an array.
 *
 * Parameters
 * - array: the array to pad.
 * - pad_width: widths before and after each axis: a number (all sides), `[before, after]`
 *   (every axis), a per-axis list `[[b0, a0], [b1, a1], ...]`, or an object mapping axis to
 *   a width or a pair (`{1: [1, 2]}`, NumPy 2.4's dict form).
 * - mode: 'constant' (default), 'edge', 'linear_ramp', 'maximum', 'mean', 'median',
 *   'minimum', 'reflect', 'symmetric', 'wrap' or 'empty'; positional or `{mode}`.
 * - constant_values, end_values, stat_length, reflect_type: as NumPy's keywords.
 *
 * @example
 * np.pad(np.array([1, 2, 3]), 2)                        // array([0, 0, 1, 2, 3, 0, 0])
 * np.pad(np.array([1, 2, 3]), [1, 2], {constant_values: 9})
 * np.pad(np.array([1, 2, 3]), 2, {mode: "edge"})        // array([1, 1, 1, 2, 3, 3, 3])
 * np.pad(np.arange(6).reshape(2, 3), [[1, 0], [0, 2]])
 */
export function pad(array: ArrayLike, pad_width: ArrayLike | Record<number, number | readonly [number, number]>, mode?: PadMode | PadOptions, opts: PadOptions = {}): NDArray {
  const x = asarray(array);
  let o: PadOptions;
  let m: string;
  if (isOpts(mode)) {
    o = mode as PadOptions;
    m = o.mode ?? 'constant';
  } else {
    o = opts;
    m = (mode as string | undefined) ?? o.mode ?? 'constant';
  }
  const nd = x.ndim;
  // pad_width
  let pw: ArrayLike;
  if (isOpts(pad_width)) {
    const seq: number[][] = new Array(nd).fill(0).map(() => [0, 0]);
    for (const [k, w] of Object.entries(pad_width as Record<string, any>)) {
      const axis = normalizeAxis(Number(k), nd);
      if (typeof w === 'number') seq[axis] = [w, w];
      else if (Array.isArray(w) && w.length === 2) seq[axis] = [w[0], w[1]];
      else throw new NumpyTypeError('pad_width dict values must be an int or a pair of ints');
    }
    pw = seq;
  } else pw = pad_width as ArrayLike;
  const pwArr = asarray(pw);
  if (kindOf(pwArr.dtype) !== 'i') throw new NumpyTypeError('`pad_width` must be of integral type.');
  const widths = asPairs(pwArr, nd, true) as [number, number][];

  const allowed = typeof m === 'string' && Object.prototype.hasOwnProperty.call(PAD_KWARGS, m) ? PAD_KWARGS[m] : undefined;
  if (allowed === undefined) throw new ValueError(`mode '${m === null || m === undefined ? 'None' : String(m)}' is not supported`);
  const given = Object.keys(o).filter((k) => k !== 'mode' && (o as any)[k] !== undefined);
  const bad = given.filter((k) => !allowed.includes(k));
  if (bad.length) throw new ValueError(`unsupported keyword arguments for mode '${m}': {${bad.map((k) => `'${k}'`).join(', ')}}`);

  const newShape = x.shape.map((n, i) => widths[i][0] + n + widths[i][1]);
  const padded = zerosOf(newShape, x.dtype);
  // The original area.
  let center = padded;
  for (let i = 0; i < nd; i++) center = sliceAxis(center, i, widths[i][0], x.shape[i]);
  if (x.size > 0) copyInto(center, x);
  if (m === 'empty' || nd === 0) return padded;
  const put = storer(x.dtype);
  // The region of interest for axis k: axes <= k in full, later axes their original area.
  const roi = (k: number): NDArray => {
    let r = padded;
    for (let i = k + 1; i < nd; i++) r = sliceAxis(r, i, widths[i][0], x.shape[i]);
    return r;
  };
  const eachLine = (k: number, fn: (ln: Line) => void) => {
    const r = roi(k);
    const st = r.elementStrides[k];
    const L = r.shape[k];
    forEachLine(r, k, (off) => fn({ d: r.data, off, st, L }));
  };

  if (m === 'constant') {
    const values = asPairs(o.constant_values ?? 0, nd, false) as [number, number][];
    for (let k = 0; k < nd; k++) {
      const [b, a] = widths[k];
      const v0 = put(values[k][0]);
      const v1 = put(values[k][1]);
      eachLine(k, ({ d, off, st, L }) => {
        for (let i = 0; i < b; i++) d[off + i * st] = v0;
        for (let i = L - a; i < L; i++) d[off + i * st] = v1;
      });
    }
    return padded;
  }
  if (x.size === 0) {
    for (let k = 0; k < nd; k++) {
      if (x.shape[k] === 0 && (widths[k][0] > 0 || widths[k][1] > 0)) {
        throw new ValueError(`can't extend empty axis ${k} using modes other than 'constant' or 'empty'`);
      }
    }
    return padded;
  }
  const setEdges = (k: number) => {
    const [b, a] = widths[k];
    eachLine(k, ({ d, off, st, L }) => {
      const l = d[off + b * st];
      const r = d[off + (L - a - 1) * st];
      for (let i = 0; i < b; i++) d[off + i * st] = l;
      for (let i = L - a; i < L; i++) d[off + i * st] = r;
    });
  };
  if (m === 'edge') {
    for (let k = 0; k < nd; k++) setEdges(k);
  } else if (m === 'linear_ramp') {
    const ends = asPairs(o.end_values ?? 0, nd, false) as [number, number][];
    // End values reach linspace as NumPy scalars (strong: float64 arithmetic) except when
    // _as_pairs broadcasts a per-axis list (Python scalars: the array's float32 stays).
    const ev = asarray(o.end_values ?? 0);
    const pyScalars = !(ev.ndim < 3 && (ev.size === 1 || (ev.size === 2 && !(ev.ndim === 2 && ev.shape[0] === 2 && ev.shape[1] === 1))));
    const rampDtype: DType = x.dtype === 'float32' && !pyScalars ? 'float64' : x.dtype;
    const fr = rampDtype === 'float32' ? Math.fround : (v: number) => v;
    for (let k = 0; k < nd; k++) {
      const [b, a] = widths[k];
      // First pass: NumPy's linspace decides "any step is zero" over the whole side.
      let zeroL = false;
      let zeroR = false;
      eachLine(k, ({ d, off, st, L }) => {
        if (fr(fr(d[off + b * st] - ends[k][0]) / b) === 0) zeroL = true;
        if (fr(fr(d[off + (L - a - 1) * st] - ends[k][1]) / a) === 0) zeroR = true;
      });
      eachLine(k, ({ d, off, st, L }) => {
        const lr = rampValues(ends[k][0], d[off + b * st], b, rampDtype, zeroL);
        const rr = rampValues(ends[k][1], d[off + (L - a - 1) * st], a, rampDtype, zeroR);
        for (let i = 0; i < b; i++) d[off + i * st] = put(lr[i]);
        for (let i = 0; i < a; i++) d[off + (L - 1 - i) * st] = put(rr[i]);
      });
    }
  } else if (m === 'maximum' || m === 'minimum' || m === 'mean' || m === 'median') {
    const lengths = asPairs(o.stat_length as ArrayLike | null | undefined, nd, true);
    for (let k = 0; k < nd; k++) {
      const [b, a] = widths[k];
      const maxLen = x.shape[k];
      let [ll, rl] = lengths[k];
      if (ll === null || maxLen < ll) ll = maxLen;
      if (rl === null || maxLen < rl) rl = maxLen;
      if ((ll === 0 || rl === 0) && (m === 'maximum' || m === 'minimum')) {
        throw new ValueError('stat_length of 0 yields no value for padding');
      }
      const L0 = ll;
      const R0 = rl;
      eachLine(k, (ln) => {
        const left = put(statOf(m as 'mean', ln, b, L0, x.dtype));
        const right = L0 === maxLen && R0 === maxLen ? left : put(statOf(m as 'mean', ln, b + maxLen - R0, R0, x.dtype));
        const { d, off, st, L } = ln;
        for (let i = 0; i < b; i++) d[off + i * st] = left;
        for (let i = L - a; i < L; i++) d[off + i * st] = right;
      });
    }
  } else if (m === 'reflect' || m === 'symmetric') {
    const odd = (o.reflect_type ?? 'even') === 'odd';
    const includeEdge = m === 'symmetric';
    for (let k = 0; k < nd; k++) {
      const [b, a] = widths[k];
      if (x.shape[k] === 1 && (b > 0 || a > 0)) {
        setEdges(k);
        continue;
      }
      eachLine(k, (ln) => {
        let l = b;
        let r = a;
        while (l > 0 || r > 0) [l, r] = reflectLine(ln, l, r, odd, x.shape[k], includeEdge, put);
      });
    }
  } else if (m === 'wrap') {
    for (let k = 0; k < nd; k++) {
      const [b, a] = widths[k];
      eachLine(k, (ln) => {
        let l = b;
        let r = a;
        while (l > 0 || r > 0) [l, r] = wrapLine(ln, l, r, x.shape[k]);
      });
    }
  }
  return padded;
}
