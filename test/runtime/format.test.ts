/**
 * Array printing against NumPy's own output: every case of test/goldens/format.json
 * (made by test/goldens/make_format_goldens.py with NumPy 2.4) must match byte for byte.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DType } from '../../runtime/dtype';
import {
  array2string,
  arrayRepr,
  arrayStr,
  formatFloatPositional,
  formatFloatScientific,
  formatScalar,
  type Printable,
} from '../../runtime/format';
import {
  getPrintoptions,
  resetPrintoptions,
  setPrintoptions,
  withPrintoptions,
  type PrintOptionsInput,
} from '../../runtime/printoptions';

type JsonValue = number | boolean | string;

interface ArrayCase {
  dtype: DType;
  shape: number[];
  data: JsonValue[];
  options: Record<string, unknown>;
  call?: { max_line_width?: number; precision?: number; suppress_small?: boolean };
  str: string;
  repr: string;
}
interface ScalarCase { dtype: DType; value: JsonValue; str: string }
interface FormatFloatCase {
  fn: 'positional' | 'scientific';
  dtype: DType;
  value: JsonValue;
  kwargs: Record<string, unknown>;
  out: string;
}
interface Goldens { numpy: string; cases: ArrayCase[]; scalars: ScalarCase[]; format_float: FormatFloatCase[] }

const goldens: Goldens = JSON.parse(
  readFileSync(new URL('../goldens/format.json', import.meta.url), 'utf8'),
);

function num(v: JsonValue): number {
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v as number;
}

function printable(dtype: DType, shape: readonly number[], data: readonly JsonValue[]): Printable {
  const values = data.map(num);
  return { dtype, shape, flatGet: (i: number) => values[i] };
}

function options(o: Record<string, unknown>): PrintOptionsInput {
  const out: Record<string, unknown> = { ...o };
  if (out.threshold === 'inf') out.threshold = Infinity;
  return out as PrintOptionsInput;
}

function label(c: ArrayCase): string {
  const data = c.data.length > 6 ? `${c.data.slice(0, 6).join(',')},...(${c.data.length})` : c.data.join(',');
  return `${c.dtype} ${JSON.stringify(c.shape)} [${data}] ${JSON.stringify(c.options)}${c.call ? ' ' + JSON.stringify(c.call) : ''}`;
}

describe('format goldens', () => {
  it(`were made by NumPy 2.4 (${goldens.numpy})`, () => {
    expect(goldens.numpy.startsWith('2.4')).toBe(true);
    expect(goldens.cases.length).toBeGreaterThan(1000);
  });

  it('str and repr of every array case match NumPy byte for byte', () => {
    const failures: string[] = [];
    for (const c of goldens.cases) {
      const a = printable(c.dtype, c.shape, c.data);
      let s: string;
      let r: string;
      try {
        [s, r] = withPrintoptions(options(c.options), () => [arrayStr(a, c.call), arrayRepr(a, c.call)]);
      } catch (e) {
        failures.push(`${label(c)}\n  threw ${String(e)}`);
        continue;
      }
      if (s !== c.str) failures.push(`${label(c)}\n  str  got ${JSON.stringify(s)}\n  expected ${JSON.stringify(c.str)}`);
      if (r !== c.repr) failures.push(`${label(c)}\n  repr got ${JSON.stringify(r)}\n  expected ${JSON.stringify(c.repr)}`);
    }
    expect(failures.slice(0, 20).join('\n'), `${failures.length} failures`).toBe('');
  });

  it('str() of NumPy scalars', () => {
    const failures: string[] = [];
    for (const c of goldens.scalars) {
      const got = formatScalar(num(c.value), c.dtype);
      if (got !== c.str) failures.push(`${c.dtype} ${String(c.value)}: got ${got}, expected ${c.str}`);
    }
    expect(failures.slice(0, 20).join('\n'), `${failures.length} failures`).toBe('');
  });

  it('np.format_float_positional / np.format_float_scientific', () => {
    const failures: string[] = [];
    for (const c of goldens.format_float) {
      const x = num(c.value);
      const opts = { ...c.kwargs, dtype: c.dtype };
      const got = c.fn === 'positional' ? formatFloatPositional(x, opts) : formatFloatScientific(x, opts);
      if (got !== c.out) failures.push(`${c.fn} ${c.dtype} ${String(c.value)} ${JSON.stringify(c.kwargs)}: got ${JSON.stringify(got)}, expected ${JSON.stringify(c.out)}`);
    }
    expect(failures.slice(0, 20).join('\n'), `${failures.length} failures`).toBe('');
  });
});

describe('summarised arrays read only their edges', () => {
  it('a 1000x1000 array touches only the printed corners', () => {
    let reads = 0;
    const a: Printable = {
      dtype: 'float64',
      shape: [1000, 1000],
      flatGet: (i: number) => {
        reads++;
        return i / 7;
      },
    };
    const t0 = performance.now();
    const r = arrayRepr(a);
    const s = arrayStr(a);
    const ms = performance.now() - t0;
    expect(r).toBe("array([[0.00000000e+00, 1.42857143e-01, 2.85714286e-01, ...,\n        1.42428571e+02, 1.42571429e+02, 1.42714286e+02],\n       [1.42857143e+02, 1.43000000e+02, 1.43142857e+02, ...,\n        2.85285714e+02, 2.85428571e+02, 2.85571429e+02],\n       [2.85714286e+02, 2.85857143e+02, 2.86000000e+02, ...,\n        4.28142857e+02, 4.28285714e+02, 4.28428571e+02],\n       ...,\n       [1.42428571e+05, 1.42428714e+05, 1.42428857e+05, ...,\n        1.42571000e+05, 1.42571143e+05, 1.42571286e+05],\n       [1.42571429e+05, 1.42571571e+05, 1.42571714e+05, ...,\n        1.42713857e+05, 1.42714000e+05, 1.42714143e+05],\n       [1.42714286e+05, 1.42714429e+05, 1.42714571e+05, ...,\n        1.42856714e+05, 1.42856857e+05, 1.42857000e+05]],\n      shape=(1000, 1000))");
    expect(s).toBe("[[0.00000000e+00 1.42857143e-01 2.85714286e-01 ... 1.42428571e+02\n  1.42571429e+02 1.42714286e+02]\n [1.42857143e+02 1.43000000e+02 1.43142857e+02 ... 2.85285714e+02\n  2.85428571e+02 2.85571429e+02]\n [2.85714286e+02 2.85857143e+02 2.86000000e+02 ... 4.28142857e+02\n  4.28285714e+02 4.28428571e+02]\n ...\n [1.42428571e+05 1.42428714e+05 1.42428857e+05 ... 1.42571000e+05\n  1.42571143e+05 1.42571286e+05]\n [1.42571429e+05 1.42571571e+05 1.42571714e+05 ... 1.42713857e+05\n  1.42714000e+05 1.42714143e+05]\n [1.42714286e+05 1.42714429e+05 1.42714571e+05 ... 1.42856714e+05\n  1.42856857e+05 1.42857000e+05]]");
    // 36 corner values per call, read once for the formatter and once for the layout
    expect(reads).toBeLessThanOrEqual(2 * 2 * 36);
    expect(ms).toBeLessThan(1000);
  });

  it('a 10^8-element 3-d int array prints instantly', () => {
    let reads = 0;
    const a: Printable = { dtype: 'int64', shape: [500, 500, 400], flatGet: (i) => { reads++; return i; } };
    const s = arrayStr(a);
    expect(s).toBe("[[[       0        1        2 ...      397      398      399]\n  [     400      401      402 ...      797      798      799]\n  [     800      801      802 ...     1197     1198     1199]\n  ...\n  [  198800   198801   198802 ...   199197   199198   199199]\n  [  199200   199201   199202 ...   199597   199598   199599]\n  [  199600   199601   199602 ...   199997   199998   199999]]\n\n [[  200000   200001   200002 ...   200397   200398   200399]\n  [  200400   200401   200402 ...   200797   200798   200799]\n  [  200800   200801   200802 ...   201197   201198   201199]\n  ...\n  [  398800   398801   398802 ...   399197   399198   399199]\n  [  399200   399201   399202 ...   399597   399598   399599]\n  [  399600   399601   399602 ...   399997   399998   399999]]\n\n [[  400000   400001   400002 ...   400397   400398   400399]\n  [  400400   400401   400402 ...   400797   400798   400799]\n  [  400800   400801   400802 ...   401197   401198   401199]\n  ...\n  [  598800   598801   598802 ...   599197   599198   599199]\n  [  599200   599201   599202 ...   599597   599598   599599]\n  [  599600   599601   599602 ...   599997   599998   599999]]\n\n ...\n\n [[99400000 99400001 99400002 ... 99400397 99400398 99400399]\n  [99400400 99400401 99400402 ... 99400797 99400798 99400799]\n  [99400800 99400801 99400802 ... 99401197 99401198 99401199]\n  ...\n  [99598800 99598801 99598802 ... 99599197 99599198 99599199]\n  [99599200 99599201 99599202 ... 99599597 99599598 99599599]\n  [99599600 99599601 99599602 ... 99599997 99599998 99599999]]\n\n [[99600000 99600001 99600002 ... 99600397 99600398 99600399]\n  [99600400 99600401 99600402 ... 99600797 99600798 99600799]\n  [99600800 99600801 99600802 ... 99601197 99601198 99601199]\n  ...\n  [99798800 99798801 99798802 ... 99799197 99799198 99799199]\n  [99799200 99799201 99799202 ... 99799597 99799598 99799599]\n  [99799600 99799601 99799602 ... 99799997 99799998 99799999]]\n\n [[99800000 99800001 99800002 ... 99800397 99800398 99800399]\n  [99800400 99800401 99800402 ... 99800797 99800798 99800799]\n  [99800800 99800801 99800802 ... 99801197 99801198 99801199]\n  ...\n  [99998800 99998801 99998802 ... 99999197 99999198 99999199]\n  [99999200 99999201 99999202 ... 99999597 99999598 99999599]\n  [99999600 99999601 99999602 ... 99999997 99999998 99999999]]]");
    expect(reads).toBeLessThanOrEqual(2 * 216);
  });
});

describe('print options', () => {
  it('defaults are NumPy\'s', () => {
    resetPrintoptions();
    expect(getPrintoptions()).toEqual({
      edgeitems: 3, threshold: 1000, floatmode: 'maxprec', precision: 8, suppress: false, linewidth: 75,
      nanstr: 'nan', infstr: 'inf', sign: '-', formatter: null, legacy: false, override_repr: null,
    });
  });

  it('set_printoptions keeps what it is not given; with no arguments changes nothing', () => {
    resetPrintoptions();
    try {
      setPrintoptions({ precision: 3 });
      setPrintoptions({ linewidth: 100 });
      setPrintoptions();
      expect(getPrintoptions().precision).toBe(3);
      expect(getPrintoptions().linewidth).toBe(100);
      setPrintoptions(4, 5); // positional: precision, threshold
      expect(getPrintoptions().precision).toBe(4);
      expect(getPrintoptions().threshold).toBe(5);
      setPrintoptions(2, { suppress: true });
      expect(getPrintoptions().precision).toBe(2);
      expect(getPrintoptions().suppress).toBe(true);
    } finally {
      resetPrintoptions();
    }
    expect(getPrintoptions().precision).toBe(8);
  });

  it('withPrintoptions restores the previous options, also after a throw', () => {
    resetPrintoptions();
    const a = printable('float64', [2], [1 / 3, 2 / 3]);
    const out = withPrintoptions({ precision: 3 }, (o) => {
      expect(o.precision).toBe(3);
      return arrayRepr(a);
    });
    expect(out).toBe('array([0.333, 0.667])');
    expect(() => withPrintoptions({ precision: 2 }, () => { throw new Error('boom'); })).toThrow('boom');
    expect(getPrintoptions().precision).toBe(8);
    expect(arrayRepr(a)).toBe('array([0.33333333, 0.66666667])');
  });

  it('bad options raise NumPy\'s errors', () => {
    const cases: Array<[() => void, string, string]> = [
      [() => setPrintoptions({ precision: 2.5 }), 'TypeError', 'precision must be an integer'],
      [() => setPrintoptions({ precision: 'a' as unknown as number }), 'TypeError', 'precision must be an integer'],
      [() => setPrintoptions({ threshold: 'a' as unknown as number }), 'TypeError', 'threshold must be numeric'],
      [() => setPrintoptions({ threshold: NaN }), 'ValueError',
        'threshold must be non-NAN, try sys.maxsize for untruncated representation'],
      [() => setPrintoptions({ floatmode: 'x' as never }), 'ValueError',
        'floatmode option must be one of "fixed", "unique", "maxprec", "maxprec_equal"'],
      [() => setPrintoptions({ sign: 'x' as never }), 'ValueError', "sign option must be one of ' ', '+', or '-'"],
      [() => setPrintoptions({ foo: 1 } as never), 'TypeError', "set_printoptions() got an unexpected keyword argument 'foo'"],
      [() => setPrintoptions(1, { precision: 2 }), 'TypeError', "set_printoptions() got multiple values for argument 'precision'"],
      [() => setPrintoptions(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 as never), 'TypeError',
        'set_printoptions() takes from 0 to 10 positional arguments but 11 were given'],
      [() => withPrintoptions({ foo: 1 } as never, () => 0), 'TypeError',
        "_set_printoptions() got an unexpected keyword argument 'foo'"],
    ];
    for (const [fn, name, message] of cases) {
      let err: unknown = null;
      try {
        fn();
      } catch (e) {
        err = e;
      }
      expect(err, message).toBeInstanceOf(Error);
      expect((err as Error).name).toBe(name);
      expect((err as Error).message).toBe(message);
    }
    expect(getPrintoptions().precision).toBe(8);
  });

  it('a negative precision fails when a float array is printed, as in NumPy', () => {
    withPrintoptions({ precision: -1 }, () => {
      expect(() => arrayRepr(printable('float64', [1], [1.5]))).toThrow('precision must be >= 0');
      expect(arrayRepr(printable('int64', [1], [1]))).toBe('array([1])');
    });
  });

  it('formatter callbacks (np.set_printoptions(formatter=...))', () => {
    const a = printable('float64', [3], [0, 1, 2]);
    expect(withPrintoptions({ formatter: { float_kind: (x: number) => x.toFixed(2) } }, () => arrayStr(a)))
      .toBe('[0.00 1.00 2.00]');
    const i = printable('int64', [3], [0, 1, 2]);
    expect(withPrintoptions({ formatter: { int: (x: number) => '0x' + x.toString(16) } }, () => arrayStr(i)))
      .toBe('[0x0 0x1 0x2]');
    expect(withPrintoptions({ formatter: { all: (x: number) => 'int: ' + String(-x) } }, () => arrayRepr(i)))
      .toBe('array([int: 0, int: -1, int: -2])');
    const b = printable('bool', [2], [true, false]);
    expect(withPrintoptions({ formatter: { bool: (x: boolean) => (x ? 'T' : 'F') } }, () => arrayStr(b))).toBe('[T F]');
    // set_printoptions always resets the formatter
    try {
      setPrintoptions({ formatter: { all: () => 'x' } });
      setPrintoptions({ precision: 8 });
      expect(arrayStr(i)).toBe('[0 1 2]');
    } finally {
      resetPrintoptions();
    }
  });

  it('override_repr', () => {
    const a = printable('int64', [2], [1, 2]);
    expect(withPrintoptions({ override_repr: () => 'custom' }, () => arrayRepr(a))).toBe('custom');
    expect(arrayRepr(a)).toBe('array([1, 2])');
  });

  it('array2string options', () => {
    const a = printable('float64', [4], [1e-16, 1, 2, 3]);
    expect(array2string(a, { precision: 2, separator: ',', suppress_small: true })).toBe('[0.,1.,2.,3.]');
    expect(array2string(printable('int64', [3], [0, 1, 2]), { formatter: { int: (x: number) => '0x' + x.toString(16) } }))
      .toBe('[0x0 0x1 0x2]');
  });
});

describe('formatScalar', () => {
  it('prints like str() of NumPy scalars', () => {
    expect(formatScalar(1, 'float64')).toBe('1.0');
    expect(formatScalar(0.1, 'float32')).toBe('0.1');
    expect(formatScalar(Math.fround(0.1), 'float32')).toBe('0.1');
    expect(formatScalar(0.1, 'float64')).toBe('0.1');
    expect(formatScalar(1e16, 'float64')).toBe('1e+16');
    expect(formatScalar(1e6, 'float32')).toBe('1e+06');
    expect(formatScalar(-0, 'float64')).toBe('-0.0');
    expect(formatScalar(NaN, 'float64')).toBe('nan');
    expect(formatScalar(-Infinity, 'float32')).toBe('-inf');
    expect(formatScalar(1, 'bool')).toBe('True');
    expect(formatScalar(false, 'bool')).toBe('False');
    expect(formatScalar(-128, 'int8')).toBe('-128');
    expect(formatScalar(2 ** 60, 'int64')).toBe('1152921504606846976');
  });
});
