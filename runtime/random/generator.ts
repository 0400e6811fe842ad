/**
 * `np.random.Generator` and `np.random.default_rng`: NumPy's modern sampler
 * (`numpy/random/_generator.pyx`, `src/distributions/distributions.c`) on PCG64, stream for
 * stream: 53-bit doubles, Lemire bounded integers, the 256-layer ziggurat for normals,
 * Floyd / tail-shuffle choice without replacement.
 */
import { ValueError, NumpyTypeError, NotImplementedError, OverflowError, axisError } from '../errors';
import { toDType } from '../dtype';
import { type BitGen, randomInterval, boundedUint64 } from './bitgen';
import { PCG64, SeedSequence, type Entropy } from './pcg64';
import { MT19937 } from './mt19937';
import { KI_DOUBLE, WI_DOUBLE, FI_DOUBLE, ZIGGURAT_NOR_R, ZIGGURAT_NOR_INV_R } from './ziggurat';
import {
  bind, toSize, prod, param, affine, broadcastParams, eachBroadcast, kahanSum, normalizedCdf, searchRight,
  type Param, type Draw, type ArgOf, type IntScalar, type ChoiceScalar,
} from './common';
import { randomIntegers } from './integers';
import { fillStandardNormal, type BulkBitGen } from './normal-fill';
import { type ArrayInput, type NDArray, isNDArray, toArray, wrap, valuesOf, swapAlong, takeAlong } from './nd';
import { installDistributions, generatorSource, type DistributionMethods } from './distributions/index';
import { standardNormalF } from './distributions/float32';

/** What `default_rng` accepts: entropy, a SeedSequence, a bit generator or a Generator. */
export type RngSeed = Entropy | SeedSequence | BitGen | Generator | null | undefined;

const SQRT_EPS = Math.sqrt(2.220446049250313e-16);

/** Parameter names, in positional order, of the methods whose result type reads them. */
type IntegersParams = ['low', 'high', 'size', 'dtype', 'endpoint'];
type ChoiceParams = ['a', 'size', 'replace', 'p', 'axis', 'shuffle'];

function normalizeAxis(axis: unknown, ndim: number): number {
  const a = axis === undefined || axis === null ? 0 : axis;
  if (typeof a !== 'number' || !Number.isInteger(a)) {
    throw new NumpyTypeError(`'${typeof a === 'number' ? 'float' : typeof a}' object cannot be interpreted as an integer`);
  }
  if (a < -ndim || a >= ndim) throw axisError(a, ndim);
  return a < 0 ? a + ndim : a;
}

/**
 * NumPy's `np.random.Generator`: the modern random sampler, by default on PCG64. Build one
 * with `np.random.default_rng(seed)`.
 *
 * Parameters
 * ----------
 * bit_generator : PCG64 | MT19937
 *     The source of random bits.
 *
 * @example
 * const rng = np.random.default_rng(42);
 * rng.random(3)   // array([0.77395605, 0.43887844, 0.85859792])
 */
export class Generator {
  /** The bit generator this Generator draws from. */
  readonly bit_generator: BitGen;

  constructor(bit_generator: BitGen) {
    if (!bit_generator || typeof bit_generator.nextUint64 !== 'function') {
      throw new NumpyTypeError('BitGenerator is required');
    }
    this.bit_generator = bit_generator;
  }

  /** `random_standard_normal`: the 256-layer ziggurat on 64-bit draws. */
  private nextNormal(): number {
    const g = this.bit_generator;
    for (;;) {
      g.nextUint64();
      const lo = g.lo;
      const idx = lo & 0xff;
      const rabs = (g.hi & 0x1fffffff) * 8388608 + (lo >>> 9);
      let x = rabs * WI_DOUBLE[idx];
      if ((lo >>> 8) & 1) x = -x;
      if (rabs < KI_DOUBLE[idx]) return x;
      if (idx === 0) {
        for (;;) {
          const xx = -ZIGGURAT_NOR_INV_R * Math.log1p(-g.nextDouble());
          const yy = -Math.log1p(-g.nextDouble());
          if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
        }
      } else if ((FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * g.nextDouble() + FI_DOUBLE[idx] < Math.exp(-0.5 * x * x)) {
        return x;
      }
    }
  }

  /**
   * Floats in the half-open interval [0.0, 1.0).
   *
   * Parameters
   * ----------
   * size : number | number[], optional
   *     Output shape. Omitted: one float, returned as a JS number.
   * dtype : 'float64' | 'float32', optional
   *     float32 takes 24 bits of a 32-bit draw, as NumPy does.
   *
   * @example
   * const rng = np.random.default_rng(42);
   * rng.random(3)   // array([0.77395605, 0.43887844, 0.85859792])
   */
  random<A extends readonly unknown[]>(...args: A): Draw<A, ['size', 'dtype']>;
  random(...args: unknown[]): number | NDArray {
    const a = bind('random', args, ['size', 'dtype']);
    const dtype = toDType(a.dtype as string | undefined, 'float64');
    const shape = toSize(a.size);
    const g = this.bit_generator;
    if (dtype === 'float32') {
      const n = shape === null ? 1 : prod(shape);
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = (g.nextUint32() >>> 8) * (1.0 / 16777216.0);
      return shape === null ? out[0] : wrap(out, shape, 'float32');
    }
    if (dtype !== 'float64') throw new NumpyTypeError(`Unsupported dtype dtype('${dtype}') for random`);
    if (shape === null) return g.nextDouble();
    const out = new Float64Array(prod(shape));
    this.fillDoubles(out);
    return wrap(out, shape, 'float64');
  }

  /** `out.length` doubles in [0, 1), as that many `nextDouble()` calls give them. */
  private fillDoubles(out: Float64Array): void {
    const g = this.bit_generator as BitGen & { fillDoubles?: (o: Float64Array, s: number, e: number) => void };
    if (g.fillDoubles) g.fillDoubles(out, 0, out.length);
    else for (let i = 0; i < out.length; i++) out[i] = g.nextDouble();
  }

  /** `out.length` standard normals, as that many `nextNormal()` calls give them. */
  private fillNormals(out: Float64Array): void {
    const g = this.bit_generator as BitGen & Partial<BulkBitGen>;
    if (g.fillUint64) fillStandardNormal(g as BulkBitGen, out);
    else for (let i = 0; i < out.length; i++) out[i] = this.nextNormal();
  }

  /**
   * Random integers from `low` (inclusive) to `high` (exclusive, or inclusive with
   * `endpoint: true`); with one bound, from [0, low). Lemire's method, as NumPy.
   *
   * Parameters
   * ----------
   * low : number | array_like
   * high : number | array_like, optional
   * size : number | number[], optional
   * dtype : string, optional
   *     An integer dtype or 'bool'; default 'int64'.
   * endpoint : boolean, optional
   *     Include `high`. Default false.
   *
   * Returns
   * -------
   * NDArray when `size` is given or a bound is an array, else a JS number (a boolean for
   * dtype 'bool').
   *
   * @example
   * const rng = np.random.default_rng(0);
   * rng.integers(0, 10, {size: 5})   // array([8, 6, 5, 2, 3])
   */
  integers<const A extends readonly unknown[]>(...args: A): Draw<A, IntegersParams, 'low' | 'high', IntScalar<ArgOf<A, IntegersParams, 'dtype'>>>;
  integers(...args: unknown[]): number | boolean | NDArray {
    const a = bind('integers', args, ['low', 'high', 'size', 'dtype', 'endpoint']);
    if (a.low === undefined) throw new NumpyTypeError("integers() missing 1 required positional argument: 'low'");
    const r = randomIntegers(this.bit_generator, 'integers', a.low, a.high, toSize(a.size), a.dtype, false, !!a.endpoint);
    if (r.shape === null) return r.dtype === 'bool' ? r.data[0] !== 0 : r.data[0];
    return wrap(r.data, r.shape, r.dtype);
  }

  /**
   * Samples from the standard normal distribution (ziggurat method).
   *
   * Parameters
   * ----------
   * size : number | number[], optional
   * dtype : 'float64', optional
   *
   * @example
   * const rng = np.random.default_rng(1);
   * rng.standard_normal(4)   // array([ 0.34558419,  0.82161814,  0.33043708, -1.30315723])
   */
  standard_normal<A extends readonly unknown[]>(...args: A): Draw<A, ['size', 'dtype']>;
  standard_normal(...args: unknown[]): number | NDArray {
    const a = bind('standard_normal', args, ['size', 'dtype']);
    const dtype = toDType(a.dtype as string | undefined, 'float64');
    const shape = toSize(a.size);
    if (dtype === 'float32') {
      const out = new Float32Array(shape === null ? 1 : prod(shape));
      for (let i = 0; i < out.length; i++) out[i] = standardNormalF(this.bit_generator);
      return shape === null ? out[0] : wrap(out, shape, 'float32');
    }
    if (dtype !== 'float64') throw new NumpyTypeError(`Unsupported dtype dtype('${dtype}') for standard_normal`);
    if (shape === null) return this.nextNormal();
    const out = new Float64Array(prod(shape));
    this.fillNormals(out);
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
   * const rng = np.random.default_rng(1);
   * rng.normal(0, 1, {size: 3})   // array([0.34558419, 0.82161814, 0.33043708])
   */
  normal<A extends readonly unknown[]>(...args: A): Draw<A, ['loc', 'scale', 'size'], 'loc' | 'scale'>;
  normal(...args: unknown[]): number | NDArray {
    const a = bind('normal', args, ['loc', 'scale', 'size']);
    const loc = param(a.loc, 0);
    const scale = param(a.scale, 1);
    nonNegative(scale, 'scale < 0');
    const size = toSize(a.size);
    // Scalar parameters: the normals in bulk, then NumPy's `loc + scale * z` on each.
    if (size !== null && loc.data === null && scale.data === null) return affine(size, loc.v, scale.v, (o) => this.fillNormals(o));
    return this.cont2(size, loc, scale, (l, s) => l + s * this.nextNormal());
  }

  /**
   * Samples from a uniform distribution over [low, high): `low + (high - low) * random()`.
   *
   * Parameters
   * ----------
   * low : number | array_like, optional
   *     Lower bound, default 0.
   * high : number | array_like, optional
   *     Upper bound, default 1; `high - low` must be non-negative.
   * size : number | number[], optional
   *
   * @example
   * const rng = np.random.default_rng(2);
   * rng.uniform(0, 5, {size: 3})   // array([1.30806067, 1.49245572, 4.0711287 ])
   */
  uniform<A extends readonly unknown[]>(...args: A): Draw<A, ['low', 'high', 'size'], 'low' | 'high'>;
  uniform(...args: unknown[]): number | NDArray {
    const a = bind('uniform', args, ['low', 'high', 'size']);
    const low = param(a.low, 0);
    const high = param(a.high, 1);
    // NumPy works on (low, high - low), checking the range is finite and non-negative.
    let range: Param;
    if (low.data === null && high.data === null) {
      range = { v: high.v - low.v, data: null, shape: [] };
      if (!Number.isFinite(range.v)) throw new OverflowError('high - low range exceeds valid bounds');
    } else {
      const { shape, strides } = broadcastParams(null, [high, low]);
      const d = new Float64Array(prod(shape as number[]));
      eachBroadcast(shape as number[], [high, low], strides, (i, h, l) => { d[i] = h - l; });
      if (!d.every((v) => Number.isFinite(v))) throw new OverflowError('high - low range exceeds valid bounds');
      range = { v: NaN, data: d, shape: shape as number[] };
    }
    nonNegative(range, 'high - low < 0');
    const g = this.bit_generator;
    const size = toSize(a.size);
    // Scalar parameters: the doubles in bulk, then NumPy's `low + range * u` on each.
    if (size !== null && low.data === null && range.data === null) return affine(size, low.v, range.v, (o) => this.fillDoubles(o));
    return this.cont2(size, low, range, (l, r) => l + r * g.nextDouble());
  }

  private cont2(size: number[] | null, p: Param, q: Param, f: (a: number, b: number) => number): number | NDArray {
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
   * A random sample from an array (along `axis`), or from `arange(a)` for an integer.
   *
   * Parameters
   * ----------
   * a : number | array_like
   *     Population: an integer n for `arange(n)`, or an array.
   * size : number | number[], optional
   *     Output shape; omitted gives one value.
   * replace : boolean, optional
   *     Sample with replacement (default true).
   * p : array_like, optional
   *     Probabilities of each entry; default uniform.
   * axis : number, optional
   *     Axis of `a` to sample along, default 0.
   * shuffle : boolean, optional
   *     Shuffle a sample taken without replacement (default true).
   *
   * Returns
   * -------
   * NDArray when `size` is given, else one entry: a JS number (an index for an integer
   * `a`) or boolean, or a sub-array of an n-d `a`. For an ndarray `a` without `size` the
   * result is typed `any` (1-d gives an entry, n-d a sub-array).
   *
   * @example
   * const rng = np.random.default_rng(4);
   * rng.choice(10, 3, {replace: false})   // array([5, 9, 8])
   */
  choice<A extends readonly unknown[]>(...args: A): Draw<A, ChoiceParams, never, ChoiceScalar<ArgOf<A, ChoiceParams, 'a'>>>;
  choice(...args: unknown[]): number | boolean | NDArray {
    const o = bind('choice', args, ['a', 'size', 'replace', 'p', 'axis', 'shuffle']);
    const replace = o.replace === undefined ? true : !!o.replace;
    const doShuffle = o.shuffle === undefined ? true : !!o.shuffle;
    const sizeShape = toSize(o.size);
    const sizeProd = sizeShape === null ? 1 : prod(sizeShape);
    let arr: NDArray | null = null;
    let axis = 0;
    let popSize: number;
    const fromInt = (v: unknown): number => {
      if (typeof v === 'bigint') return Number(v);
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        throw new ValueError(`a must be a sequence or an integer, not <class '${typeof v === 'number' ? 'float' : typeof v}'>`);
      }
      if (v <= 0 && sizeProd !== 0) throw new ValueError('a must be a positive integer unless no samples are taken');
      return v;
    };
    if (typeof o.a === 'number' || typeof o.a === 'bigint') {
      popSize = fromInt(o.a);
    } else {
      arr = toArray(o.a as ArrayInput);
      if (arr.shape.length === 0) {
        popSize = fromInt(arr.flatGet(0));
        arr = null;
      } else {
        axis = normalizeAxis(o.axis, arr.shape.length);
        popSize = arr.shape[axis];
        if (popSize === 0 && sizeProd !== 0) throw new ValueError('a cannot be empty unless no samples are taken');
      }
    }
    let p: Float64Array | null = null;
    if (o.p !== undefined && o.p !== null) {
      const pa = toArray(o.p as ArrayInput);
      p = valuesOf(pa);
      if (pa.shape.length !== 1) throw new ValueError('p must be 1-dimensional');
      if (p.length !== popSize) throw new ValueError('a and p must have same size');
      const pSum = kahanSum(p);
      if (Number.isNaN(pSum)) throw new ValueError('Probabilities contain NaN');
      if (p.some((v) => v < 0)) throw new ValueError('Probabilities are not non-negative');
      if (Math.abs(pSum - 1) > SQRT_EPS) {
        throw new ValueError('Probabilities do not sum to 1. See Notes section of docstring for more information.');
      }
    }
    const shape = sizeShape ?? [];
    const size = sizeProd;
    const g = this.bit_generator;
    let idx: Float64Array;
    if (replace) {
      if (p !== null) {
        const cdf = normalizedCdf(p);
        idx = new Float64Array(size);
        for (let i = 0; i < size; i++) idx[i] = searchRight(cdf, g.nextDouble());
      } else {
        idx = randomIntegers(g, 'integers', 0, popSize, shape, 'int64', false, false).data as Float64Array;
      }
    } else {
      if (size > popSize) throw new ValueError('Cannot take a larger sample than population when replace is False');
      if (p !== null) {
        let nonzero = 0;
        for (const v of p) if (v > 0) nonzero++;
        if (nonzero < size) throw new ValueError('Fewer non-zero entries in p than size');
        idx = this.noReplaceP(p, size);
      } else if (popSize > 10000 && size > Math.floor(popSize / (doShuffle ? 50 : 20))) {
        // Tail shuffle: the last `size` slots of a partial Fisher-Yates over arange(pop_size).
        const all = new Float64Array(popSize);
        for (let i = 0; i < popSize; i++) all[i] = i;
        this.shuffleInt(all, popSize, Math.max(popSize - size, 1));
        idx = all.slice(popSize - size);
      } else {
        // Floyd's algorithm, then (by default) a shuffle of the sample.
        idx = new Float64Array(size);
        const seen = new Set<number>();
        for (let j = popSize - size, k = 0; j < popSize; j++, k++) {
          const val = boundedUint64(g, 0, j, false);
          if (!seen.has(val)) {
            seen.add(val);
            idx[k] = val;
          } else {
            seen.add(j);
            idx[k] = j;
          }
        }
        if (doShuffle) this.shuffleInt(idx, size, 1);
      }
    }
    if (arr === null) {
      if (sizeShape === null) return idx[0];
      return wrap(idx, shape, 'int64');
    }
    return takeAlong(arr, idx, shape, axis, sizeShape === null && arr.shape.length === 1);
  }

  /** `_shuffle_int`: for i = n-1 .. first, swap i with a Lemire draw in [0, i]. */
  private shuffleInt(data: Float64Array, n: number, first: number): void {
    const g = this.bit_generator;
    for (let i = n - 1; i >= first; i--) {
      const j = boundedUint64(g, 0, i, false);
      const t = data[j];
      data[j] = data[i];
      data[i] = t;
    }
  }

  private noReplaceP(p0: Float64Array, size: number): Float64Array {
    const p = p0.slice();
    const found = new Float64Array(size);
    const g = this.bit_generator;
    let nUniq = 0;
    while (nUniq < size) {
      const x = new Float64Array(size - nUniq);
      for (let i = 0; i < x.length; i++) x[i] = g.nextDouble();
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

  /** Fisher-Yates with `random_interval`, as Generator._shuffle_raw. */
  private shuffleFlat(x: Float64Array): void {
    const g = this.bit_generator;
    for (let i = x.length - 1; i >= 1; i--) {
      const j = randomInterval(g, i);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /**
   * Shuffles an array in place along an axis (default 0: the rows of a 2-d array).
   *
   * Parameters
   * ----------
   * x : NDArray | any[]
   * axis : number, optional
   *
   * @example
   * const rng = np.random.default_rng(6);
   * const a = np.arange(6);
   * rng.shuffle(a);
   * a   // array([2, 3, 0, 5, 4, 1])
   */
  shuffle(x: NDArray | unknown[], ...args: unknown[]): void {
    const o = bind('shuffle', args, ['axis']);
    const g = this.bit_generator;
    if (Array.isArray(x)) {
      if (o.axis !== undefined && o.axis !== 0) throw new NotImplementedError('Axis argument is only supported on ndarray objects');
      for (let i = x.length - 1; i >= 1; i--) {
        const j = randomInterval(g, i);
        const t = x[i];
        x[i] = x[j];
        x[j] = t;
      }
      return;
    }
    if (!isNDArray(x)) throw new NumpyTypeError(`object of type '${typeof x}' has no len()`);
    const axis = normalizeAxis(o.axis, x.shape.length);
    if (x.size <= 1) return;
    for (let i = x.shape[axis] - 1; i >= 1; i--) swapAlong(x, axis, i, randomInterval(g, i));
  }

  /**
   * A randomly permuted `arange(x)` for an integer, or a permuted copy of an array along
   * `axis`.
   *
   * Parameters
   * ----------
   * x : number | array_like
   * axis : number, optional
   *
   * @example
   * const rng = np.random.default_rng(5);
   * rng.permutation(5)   // array([4, 3, 1, 2, 0])
   */
  permutation(x: number | ArrayInput, ...args: unknown[]): NDArray {
    const o = bind('permutation', args, ['axis']);
    if (typeof x === 'number') {
      if (!Number.isInteger(x)) throw new NumpyTypeError("'float' object cannot be interpreted as an integer");
      if (x < 0) throw new ValueError('negative dimensions are not allowed');
      const out = new Float64Array(x);
      for (let i = 0; i < x; i++) out[i] = i;
      if (x > 1) this.shuffleFlat(out);
      return wrap(out, [x], 'int64');
    }
    const arr = toArray(x);
    const axis = normalizeAxis(o.axis, arr.shape.length);
    if (arr.shape.length === 1) {
      const c = arr.copy();
      this.shuffle(c);
      return c;
    }
    const n = arr.shape[axis];
    const idx = new Float64Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    if (n > 1) this.shuffleFlat(idx);
    return takeAlong(arr, idx, [n], axis, false) as NDArray;
  }

  /**
   * Independent child Generators (NumPy's `Generator.spawn`), seeded from this one's
   * SeedSequence.
   *
   * Parameters
   * ----------
   * n_children : number
   *
   * @example
   * const [a, b] = np.random.default_rng(0).spawn(2);
   */
  spawn(n_children: number): Generator[] {
    const bg = this.bit_generator as { seed_seq?: SeedSequence | null };
    if (!bg.seed_seq) throw new NumpyTypeError('The underlying SeedSequence does not implement spawning.');
    const Ctor = this.bit_generator instanceof MT19937 ? MT19937 : PCG64;
    return bg.seed_seq.spawn(n_children).map((s) => new Generator(new Ctor(s)));
  }

  toString(): string {
    return `Generator(${this.bit_generator instanceof MT19937 ? 'MT19937' : 'PCG64'})`;
  }
}

// The distributions (exponential, gamma, binomial, ...) live in ./distributions.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Generator extends DistributionMethods {}
installDistributions(Generator.prototype, (g: Generator) => generatorSource(g.bit_generator), false);

function nonNegative(p: Param, msg: string): void {
  if (p.data === null ? p.v < 0 : p.data.some((v) => v < 0)) throw new ValueError(msg);
}

/**
 * Constructs a new Generator on PCG64 (`np.random.default_rng`).
 *
 * Parameters
 * ----------
 * seed : number | bigint | number[] | SeedSequence | PCG64 | Generator, optional
 *     Seed entropy (non-negative integers), or a bit generator / Generator to wrap or
 *     return as is. Omitted: fresh entropy from the platform.
 *
 * Returns
 * -------
 * Generator
 *
 * @example
 * const rng = np.random.default_rng(42);
 * rng.random()   // 0.7739560485559633
 */
export function default_rng(seed?: RngSeed): Generator {
  if (seed instanceof Generator) return seed;
  if (seed instanceof PCG64 || seed instanceof MT19937) return new Generator(seed);
  if (seed !== null && seed !== undefined && typeof seed === 'object' && !Array.isArray(seed) && !(seed instanceof SeedSequence)) {
    if (typeof (seed as BitGen).nextUint64 === 'function') return new Generator(seed as BitGen);
    if (isNDArray(seed)) return new Generator(new PCG64(Array.from(valuesOf(seed))));
    throw new NumpyTypeError(`SeedSequence expects int or sequence of ints for entropy not ${String(seed)}`);
  }
  return new Generator(new PCG64(seed as Entropy | SeedSequence | null | undefined));
}
