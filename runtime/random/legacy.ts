/**
 * `np.random.RandomState`: NumPy's legacy sampler on MT19937, reproducing
 * `numpy/random/mtrand.pyx` and `src/legacy/legacy-distributions.c` stream for stream:
 * polar Box-Muller normals with the cached second value, masked-rejection integers,
 * cdf + searchsorted choice, and the `random_interval` Fisher-Yates shuffle.
 */
import { ValueError, IndexError, NumpyTypeError, OverflowError } from '../errors';
import { MT19937, UNSEEDED } from './mt19937';
import { randomInterval } from './bitgen';
import { glibcLog } from './libm';
import { SeedSequence } from './seedseq';
import {
  type Size, bind, toSize, prod, param, affine, broadcastParams, eachBroadcast, kahanSum, normalizedCdf,
  searchRight, type Draw, type ArgOf, type IntScalar, type ChoiceScalar, type DimsDraw,
} from './common';
import { randomIntegers } from './integers';
import { type ArrayInput, type NDArray, isNDArray, toArray, wrap, valuesOf, swapAlong, takeAlong } from './nd';
import { installDistributions, legacySource, type DistributionMethods } from './distributions/index';

/** A legacy seed: an integer in [0, 2**32 - 1], an array of them, or nothing for fresh entropy. */
export type LegacySeed = number | bigint | readonly number[] | NDArray | null | undefined;

/** Parameter names, in positional order, of the methods whose result type reads them. */
export type RandintParams = ['low', 'high', 'size', 'dtype'];
export type ChoiceParams = ['a', 'size', 'replace', 'p'];

/** `RandomState.get_state()`: NumPy's `('MT19937', keys, pos, has_gauss, cached_gaussian)`. */
export type LegacyState = [string, NDArray, number, number, number];

/**
 * NumPy's legacy random number container (`np.random.RandomState`), on MT19937.
 *
 * Parameters
 * ----------
 * seed : number | number[], optional
 *     Seed as for `seed()`. Omitted: fresh entropy.
 *
 * @example
 * const rs = new np.random.RandomState(42);
 * rs.rand(2, 3)   // the same numbers as np.random.RandomState(42).rand(2, 3)
 */
export class RandomState {
  /** The underlying MT19937 bit generator. */
  readonly _bit_generator: MT19937;
  private hasGauss = false;
  private gauss = 0;

  constructor(seed?: LegacySeed) {
    this._bit_generator = new MT19937(UNSEEDED);
    this.seed(seed);
  }

  /**
   * Reseeds the generator (`RandomState.seed`): an integer goes through MT19937's
   * `init_genrand`, an array through `init_by_array`; nothing draws fresh entropy.
   *
   * Parameters
   * ----------
   * seed : number | number[], optional
   *     An integer in [0, 2**32 - 1] or a 1-d array of them.
   *
   * @example
   * np.random.seed(0);
   * np.random.rand()   // 0.5488135039273248
   */
  seed(seed?: LegacySeed): void {
    const mt = this._bit_generator;
    if (seed === undefined || seed === null) {
      const val = new SeedSequence().generate_state(624);
      mt.key[0] = 0x80000000;
      for (let i = 1; i < 624; i++) mt.key[i] = val[i];
      mt.pos = 624;
    } else if (typeof seed === 'number' || typeof seed === 'bigint') {
      const s = Number(seed);
      if (!Number.isInteger(s)) {
        throw new NumpyTypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
      }
      if (s < 0 || s > 0xffffffff) throw new ValueError('Seed must be between 0 and 2**32 - 1');
      mt.seed(s);
    } else {
      const a = toArray(seed as ArrayInput);
      if (a.size === 0) throw new ValueError('Seed must be non-empty');
      if (a.shape.length === 0) {
        this.seed(a.flatGet(0));
        return;
      }
      if (a.shape.length !== 1) throw new ValueError('Seed array must be 1-d');
      const vals = valuesOf(a);
      for (const v of vals) {
        if (!Number.isInteger(v)) {
          throw new NumpyTypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
        }
        if (v < 0 || v > 0xffffffff) throw new ValueError('Seed must be between 0 and 2**32 - 1');
      }
      mt.initByArray(vals);
    }
    this.hasGauss = false;
    this.gauss = 0;
  }

  /**
   * The generator's state as NumPy's legacy tuple
   * `['MT19937', key (uint32[624]), pos, has_gauss, cached_gaussian]`.
   *
   * @example
   * const st = np.random.get_state();
   * np.random.rand();
   * np.random.set_state(st);   // replays the same draw
   */
  get_state(): LegacyState {
    const key = new Uint32Array(this._bit_generator.key);
    return ['MT19937', wrap(key, [624], 'uint32'), this._bit_generator.pos, this.hasGauss ? 1 : 0, this.gauss];
  }

  /**
   * Restores a state from `get_state()`.
   *
   * Parameters
   * ----------
   * state : [string, array_like, number, number?, number?]
   *
   * @example
   * np.random.set_state(st);
   */
  set_state(state: readonly unknown[]): void {
    if (state[0] !== 'MT19937') throw new ValueError('set_state can only be used with legacy MT19937 state instances.');
    const key = valuesOf(toArray(state[1] as ArrayInput));
    if (key.length !== 624) throw new ValueError('state must be 624 elements');
    this._bit_generator.key.set(key);
    this._bit_generator.pos = Number(state[2]);
    this.hasGauss = state.length > 3 ? Number(state[3]) !== 0 : false;
    this.gauss = state.length > 4 ? Number(state[4]) : 0;
  }

  /**
   * `legacy_gauss`: polar Box-Muller, returning the cached second value on every other
   * call (internal: the distributions draw their normals here).
   */
  nextGauss(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      const t = this.gauss;
      this.gauss = 0;
      return t;
    }
    const mt = this._bit_generator;
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2.0 * mt.nextDouble() - 1.0;
      x2 = 2.0 * mt.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 === 0.0);
    // glibc's log, not Math.log: the two differ in the last bit for ~3% of arguments.
    const f = Math.sqrt((-2.0 * glibcLog(r2)) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  /**
   * Fills `out` as consecutive `nextGauss()` calls would, drawing the uniforms in blocks
   * through `fillDoubles`. A block holds at most the doubles the rest of `out` is sure to
   * use (two per pair still needed), so the stream ends exactly where one-by-one sampling
   * leaves it, a cached second value included.
   */
  private fillGauss(out: Float64Array): void {
    const n = out.length;
    let i = 0;
    if (n > 0 && this.hasGauss) {
      out[i++] = this.gauss;
      this.hasGauss = false;
      this.gauss = 0;
    }
    const mt = this._bit_generator;
    const u = new Float64Array(Math.min(GAUSS_BLOCK, n + 1));
    let pos = 0;
    let len = 0;
    while (i < n) {
      if (pos === len) {
        len = Math.min(2 * Math.ceil((n - i) / 2), u.length & ~1);
        mt.fillDoubles(u, 0, len);
        pos = 0;
      }
      const x1 = 2.0 * u[pos] - 1.0;
      const x2 = 2.0 * u[pos + 1] - 1.0;
      pos += 2;
      const r2 = x1 * x1 + x2 * x2;
      if (r2 >= 1.0 || r2 === 0.0) continue;
      const f = Math.sqrt((-2.0 * glibcLog(r2)) / r2);
      out[i++] = f * x2;
      if (i < n) {
        out[i++] = f * x1;
      } else {
        this.gauss = f * x1;
        this.hasGauss = true;
      }
    }
  }

  /**
   * Floats in the half-open interval [0.0, 1.0) (`random_sample`).
   *
   * Parameters
   * ----------
   * size : number | number[], optional
   *     Output shape. Omitted: one float, returned as a JS number.
   *
   * Returns
   * -------
   * NDArray (float64) when `size` is given, else a JS number.
   *
   * @example
   * np.random.seed(0);
   * np.random.random_sample([2, 2])
   * // array([[0.5488135 , 0.71518937],
   * //        [0.60276338, 0.54488318]])
   */
  random_sample<A extends readonly unknown[]>(...args: A): Draw<A, ['size']>;
  random_sample(...args: unknown[]): number | NDArray {
    const { size } = bind('random_sample', args, ['size']);
    const shape = toSize(size);
    if (shape === null) return this._bit_generator.nextDouble();
    const out = new Float64Array(prod(shape));
    this._bit_generator.fillDoubles(out, 0, out.length);
    return wrap(out, shape, 'float64');
  }

  /**
   * Floats in [0.0, 1.0); an alias of `random_sample`.
   *
   * Parameters
   * ----------
   * size : number | number[], optional
   *
   * @example
   * np.random.seed(123);
   * np.random.random()   // 0.6964691855978616
   */
  random<A extends readonly unknown[]>(...args: A): Draw<A, ['size']>;
  random(...args: unknown[]): number | NDArray {
    const { size } = bind('random', args, ['size']);
    return this.random_sample(size as Size);
  }

  /**
   * Floats in [0, 1) of the given shape, dimensions as separate arguments (`rand`).
   *
   * Parameters
   * ----------
   * d0, d1, ..., dn : number, optional
   *     The dimensions. None: a single JS number.
   *
   * @example
   * np.random.seed(42);
   * np.random.rand(2, 3)
   * // array([[0.37454012, 0.95071431, 0.73199394],
   * //        [0.59865848, 0.15601864, 0.15599452]])
   */
  rand<D extends (number | number[])[]>(...dims: D): DimsDraw<D>;
  rand(...dims: (number | number[])[]): number | NDArray {
    if (dims.length === 0) return this.random_sample();
    return this.random_sample(dimsOf(dims));
  }

  /**
   * Standard normal samples of the given shape, dimensions as separate arguments (`randn`).
   *
   * Parameters
   * ----------
   * d0, d1, ..., dn : number, optional
   *     The dimensions. None: a single JS number.
   *
   * @example
   * np.random.seed(0);
   * np.random.randn(4)   // array([1.76405235, 0.40015721, 0.97873798, 2.2408932 ])
   */
  randn<D extends (number | number[])[]>(...dims: D): DimsDraw<D>;
  randn(...dims: (number | number[])[]): number | NDArray {
    if (dims.length === 0) return this.standard_normal();
    return this.standard_normal(dimsOf(dims));
  }

  /**
   * Samples from the standard normal distribution N(0, 1) (legacy polar method).
   *
   * Parameters
   * ----------
   * size : number | number[], optional
   *
   * @example
   * np.random.seed(0);
   * np.random.standard_normal(3)   // array([1.76405235, 0.40015721, 0.97873798])
   */
  standard_normal<A extends readonly unknown[]>(...args: A): Draw<A, ['size']>;
  standard_normal(...args: unknown[]): number | NDArray {
    const { size } = bind('standard_normal', args, ['size']);
    const shape = toSize(size);
    if (shape === null) return this.nextGauss();
    const out = new Float64Array(prod(shape));
    this.fillGauss(out);
    return wrap(out, shape, 'float64');
  }

  /**
   * Samples from a normal (Gaussian) distribution: `loc + scale * standard_normal()`.
   *
   * Parameters
   * ----------
   * loc : number | array_like, optional
   *     Mean, default 0.
   * scale : number | array_like, optional
   *     Standard deviation, non-negative, default 1.
   * size : number | number[], optional
   *
   * @example
   * np.random.seed(0);
   * np.random.normal(10, 2, {size: 3})   // array([13.52810469, 10.80031442, 11.95747597])
   */
  normal<A extends readonly unknown[]>(...args: A): Draw<A, ['loc', 'scale', 'size'], 'loc' | 'scale'>;
  normal(...args: unknown[]): number | NDArray {
    const a = bind('normal', args, ['loc', 'scale', 'size']);
    const loc = param(a.loc, 0);
    const scale = param(a.scale, 1);
    checkNonNegative(scale, 'scale');
    const size = toSize(a.size);
    // Scalar parameters: the Gaussians in bulk (spare cached as NumPy does), then `loc + scale * z`.
    if (size !== null && loc.data === null && scale.data === null) return affine(size, loc.v, scale.v, (o) => this.fillGauss(o));
    return this.cont2(size, loc, scale, (l, s) => l + s * this.nextGauss());
  }

  /**
   * Samples from a uniform distribution over [low, high): `low + (high - low) * random()`.
   *
   * Parameters
   * ----------
   * low : number | array_like, optional
   *     Lower bound, default 0.
   * high : number | array_like, optional
   *     Upper bound, default 1.
   * size : number | number[], optional
   *
   * @example
   * np.random.seed(3);
   * np.random.uniform(-1, 1, {size: 4})   // array([ 0.10159581,  0.41629565, -0.41819052,  0.02165521])
   */
  uniform<A extends readonly unknown[]>(...args: A): Draw<A, ['low', 'high', 'size'], 'low' | 'high'>;
  uniform(...args: unknown[]): number | NDArray {
    const a = bind('uniform', args, ['low', 'high', 'size']);
    const low = param(a.low, 0);
    const high = param(a.high, 1);
    checkRange(low, high);
    const mt = this._bit_generator;
    const size = toSize(a.size);
    // Scalar bounds: the doubles in bulk, then `low + (high - low) * u`.
    if (size !== null && low.data === null && high.data === null) return affine(size, low.v, high.v - low.v, (o) => mt.fillDoubles(o, 0, o.length));
    return this.cont2(size, low, high, (l, h) => l + (h - l) * mt.nextDouble());
  }

  /** `cont()` of mtrand: scalar fast path, else one draw per broadcast element in C order. */
  private cont2(size: number[] | null, p: ReturnType<typeof param>, q: ReturnType<typeof param>, f: (a: number, b: number) => number): number | NDArray {
    const { shape, strides } = broadcastParams(size, [p, q]);
    if (shape === null) return f(p.v, q.v);
    const out = new Float64Array(prod(shape));
    if (p.data === null && q.data === null) {
      for (let i = 0; i < out.length; i++) out[i] = f(p.v, q.v);
    } else {
      eachBroadcast(shape, [p, q], strides, (i, x, y) => { out[i] = f(x, y); });
    }
    return wrap(out, shape, 'float64');
  }

  /**
   * Random integers from `low` (inclusive) to `high` (exclusive); with one bound, from
   * [0, low). Masked rejection sampling, as NumPy's legacy `randint`.
   *
   * Parameters
   * ----------
   * low : number | array_like
   * high : number | array_like, optional
   * size : number | number[], optional
   * dtype : string, optional
   *     An integer dtype or 'bool'; default 'int64'.
   *
   * Returns
   * -------
   * NDArray when `size` is given or a bound is an array, else a JS number (a boolean for
   * dtype 'bool').
   *
   * @example
   * np.random.seed(1);
   * np.random.randint(0, 10, {size: 5})   // array([5, 8, 9, 5, 0])
   */
  randint<const A extends readonly unknown[]>(...args: A): Draw<A, RandintParams, 'low' | 'high', IntScalar<ArgOf<A, RandintParams, 'dtype'>>>;
  randint(...args: unknown[]): number | boolean | NDArray {
    const a = bind('randint', args, ['low', 'high', 'size', 'dtype']);
    if (a.low === undefined) throw new NumpyTypeError("randint() missing 1 required positional argument: 'low'");
    const r = randomIntegers(this._bit_generator, 'randint', a.low, a.high, toSize(a.size), a.dtype, true, false);
    if (r.shape === null) return r.dtype === 'bool' ? r.data[0] !== 0 : r.data[0];
    return wrap(r.data, r.shape, r.dtype);
  }

  /**
   * A random sample from a 1-d array, or from `arange(a)` for an integer `a`.
   *
   * Parameters
   * ----------
   * a : number | array_like
   *     Population: an integer n for `arange(n)`, or a 1-d array.
   * size : number | number[], optional
   *     Output shape; omitted gives one value.
   * replace : boolean, optional
   *     Sample with replacement (default true).
   * p : array_like, optional
   *     Probabilities of each entry; default uniform.
   *
   * Returns
   * -------
   * NDArray when `size` is given, else one entry: a JS number (an index for an integer
   * `a`) or boolean. For an ndarray `a` without `size` the result is typed `any`.
   *
   * @example
   * np.random.seed(0);
   * np.random.choice(5, 3, {replace: false})                 // array([2, 0, 1])
   * np.random.choice(4, {size: 6, p: [0.1, 0.2, 0.3, 0.4]})
   */
  choice<A extends readonly unknown[]>(...args: A): Draw<A, ChoiceParams, never, ChoiceScalar<ArgOf<A, ChoiceParams, 'a'>>>;
  choice(...args: unknown[]): number | boolean | NDArray {
    const o = bind('choice', args, ['a', 'size', 'replace', 'p']);
    const replace = o.replace === undefined ? true : !!o.replace;
    const sizeShape = toSize(o.size);
    const sizeProd = sizeShape === null ? 1 : prod(sizeShape);
    let arr: NDArray | null = null;
    let popSize: number;
    if (typeof o.a === 'number' || typeof o.a === 'bigint') {
      popSize = checkPopInt(o.a, 'a must be 1-dimensional or an integer');
      if (popSize <= 0 && sizeProd !== 0) throw new ValueError('a must be greater than 0 unless no samples are taken');
    } else {
      arr = toArray(o.a as ArrayInput);
      if (arr.shape.length === 0) {
        popSize = checkPopInt(arr.flatGet(0), 'a must be 1-dimensional or an integer');
        if (popSize <= 0 && sizeProd !== 0) throw new ValueError('a must be greater than 0 unless no samples are taken');
        arr = null;
      } else if (arr.shape.length !== 1) {
        throw new ValueError('a must be 1-dimensional');
      } else {
        popSize = arr.shape[0];
        if (popSize === 0 && sizeProd !== 0) throw new ValueError("'a' cannot be empty unless no samples are taken");
      }
    }
    let p: Float64Array | null = null;
    if (o.p !== undefined && o.p !== null) {
      const pa = toArray(o.p as ArrayInput);
      p = valuesOf(pa);
      if (pa.shape.length !== 1) throw new ValueError("'p' must be 1-dimensional");
      if (p.length !== popSize) throw new ValueError("'a' and 'p' must have same size");
      const pSum = kahanSum(p);
      if (Number.isNaN(pSum)) throw new ValueError('probabilities contain NaN');
      if (p.some((v) => v < 0)) throw new ValueError('probabilities are not non-negative');
      if (Math.abs(pSum - 1) > SQRT_EPS) throw new ValueError('probabilities do not sum to 1');
    }
    const shape = sizeShape ?? [];
    const size = sizeProd;
    let idx: Float64Array;
    if (replace) {
      if (p !== null) {
        const cdf = normalizedCdf(p);
        const u = new Float64Array(size);
        this._bit_generator.fillDoubles(u, 0, size);
        idx = new Float64Array(size);
        for (let i = 0; i < size; i++) idx[i] = searchRight(cdf, u[i]);
      } else {
        const r = randomIntegers(this._bit_generator, 'randint', 0, popSize, shape, 'int64', true, false);
        idx = r.data as Float64Array;
      }
    } else {
      if (size > popSize) throw new ValueError("Cannot take a larger sample than population when 'replace=False'");
      if (p !== null) {
        let nonzero = 0;
        for (const v of p) if (v > 0) nonzero++;
        if (nonzero < size) throw new ValueError('Fewer non-zero entries in p than size');
        idx = this.choiceNoReplaceP(p, size);
      } else {
        const perm = new Float64Array(popSize);
        for (let i = 0; i < popSize; i++) perm[i] = i;
        this.shuffleFlat(perm);
        idx = perm.slice(0, size);
      }
    }
    if (arr === null) {
      if (sizeShape === null) return idx[0];
      return wrap(idx, shape, 'int64');
    }
    return takeAlong(arr, idx, shape, 0, sizeShape === null);
  }

  /** mtrand's rejection loop for choice(replace=False, p=...). */
  private choiceNoReplaceP(p0: Float64Array, size: number): Float64Array {
    const p = p0.slice();
    const found = new Float64Array(size);
    let nUniq = 0;
    while (nUniq < size) {
      const x = new Float64Array(size - nUniq);
      this._bit_generator.fillDoubles(x, 0, x.length);
      for (let i = 0; i < nUniq; i++) p[found[i]] = 0;
      const cdf = normalizedCdf(p);
      const seen = new Set<number>();
      for (let i = 0; i < x.length; i++) {
        const k = searchRight(cdf, x[i]);
        if (!seen.has(k)) {
          seen.add(k);
          found[nUniq++] = k;
        }
      }
    }
    return found;
  }

  /** Legacy Fisher-Yates on a flat buffer: for i = n-1 .. 1, swap i with random_interval(i). */
  private shuffleFlat(x: Float64Array): void {
    const mt = this._bit_generator;
    for (let i = x.length - 1; i >= 1; i--) {
      const j = randomInterval(mt, i);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /**
   * Shuffles an array in place along its first axis (rows of a 2-d array); a JS array is
   * shuffled in place too.
   *
   * Parameters
   * ----------
   * x : NDArray | any[]
   *     The array to shuffle.
   *
   * @example
   * np.random.seed(0);
   * const a = np.arange(8);
   * np.random.shuffle(a);
   * a   // array([6, 2, 1, 7, 3, 0, 5, 4])
   */
  shuffle(x: NDArray | unknown[]): void {
    const mt = this._bit_generator;
    if (Array.isArray(x)) {
      for (let i = x.length - 1; i >= 1; i--) {
        const j = randomInterval(mt, i);
        const t = x[i];
        x[i] = x[j];
        x[j] = t;
      }
      return;
    }
    if (!isNDArray(x)) throw new NumpyTypeError(`object of type '${typeof x}' has no len()`);
    if (x.shape.length === 0) throw new NumpyTypeError('len() of unsized object');
    if (x.size === 0) return;
    for (let i = x.shape[0] - 1; i >= 1; i--) swapAlong(x, 0, i, randomInterval(mt, i));
  }

  /**
   * A randomly permuted `arange(x)` for an integer, or a permuted copy of an array along
   * its first axis.
   *
   * Parameters
   * ----------
   * x : number | array_like
   *
   * @example
   * np.random.seed(0);
   * np.random.permutation(10)   // array([2, 8, 4, 9, 1, 6, 7, 3, 0, 5])
   */
  permutation(x: number | ArrayInput): NDArray {
    if (typeof x === 'number') {
      const n = checkPopInt(x, '');
      if (n < 0) throw new ValueError('negative dimensions are not allowed');
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = i;
      this.shuffleFlat(out);
      return wrap(out, [n], 'int64');
    }
    const arr = toArray(x);
    if (arr.shape.length < 1) throw new IndexError('x must be an integer or at least 1-dimensional');
    if (arr.shape.length === 1) {
      const c = arr.copy();
      this.shuffle(c);
      return c;
    }
    const n = arr.shape[0];
    const idx = new Float64Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    this.shuffleFlat(idx);
    return takeAlong(arr, idx, [n], 0, false) as NDArray;
  }
}

const SQRT_EPS = Math.sqrt(2.220446049250313e-16);
/** Uniform doubles per fillDoubles block in fillGauss (even). */
const GAUSS_BLOCK = 2048;

// The distributions (exponential, gamma, binomial, ...) live in ./distributions.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface RandomState extends DistributionMethods {}
installDistributions(RandomState.prototype, (rs: RandomState) => legacySource(rs._bit_generator, () => rs.nextGauss()), true);

function dimsOf(dims: (number | number[])[]): number[] {
  if (dims.length === 1 && Array.isArray(dims[0])) return dims[0];
  for (const d of dims) {
    if (typeof d !== 'number' || !Number.isInteger(d)) {
      throw new NumpyTypeError(`'${Array.isArray(d) ? 'tuple' : typeof d === 'number' ? 'float' : typeof d}' object cannot be interpreted as an integer`);
    }
  }
  return dims as number[];
}

function checkPopInt(v: unknown, msg: string): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    if (msg) throw new ValueError(msg);
    throw new NumpyTypeError(`'${typeof v === 'number' ? 'float' : typeof v}' object cannot be interpreted as an integer`);
  }
  return v;
}

/** NumPy's CONS_NON_NEGATIVE check: `scale < 0`. */
function checkNonNegative(p: ReturnType<typeof param>, name: string): void {
  if (p.data === null) {
    if (p.v < 0) throw new ValueError(`${name} < 0`);
  } else if (p.data.some((v) => v < 0)) {
    throw new ValueError(`${name} < 0`);
  }
}

/** uniform's `high - low` must be finite: OverflowError('Range exceeds valid bounds'). */
function checkRange(low: ReturnType<typeof param>, high: ReturnType<typeof param>): void {
  if (low.data === null && high.data === null) {
    if (!Number.isFinite(high.v - low.v)) throw new OverflowError('Range exceeds valid bounds');
    return;
  }
  const { shape, strides } = broadcastParams(null, [low, high]);
  eachBroadcast(shape as number[], [low, high], strides, (_i, l, h) => {
    if (!Number.isFinite(h - l)) throw new OverflowError('Range exceeds valid bounds');
  });
}
