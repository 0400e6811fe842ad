/**
 * np.loadtxt / np.genfromtxt (runtime/text-io.ts). GOLDENS were produced by NumPy 2.4
 * (np.loadtxt / np.genfromtxt on io.StringIO of the same text with the same keywords;
 * structured results flattened to rows x fields): values, shapes, dtypes and error text.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { np, NDArray } from '../../runtime/index';

type Num = number | 'nan' | 'inf' | '-inf';
interface Golden {
  fn: 'loadtxt' | 'genfromtxt';
  text: string;
  opts: Record<string, unknown>;
  expect: { shape: number[]; dtype?: string; names?: string[]; values: Num[] } | { error: string; message: string };
}

// prettier-ignore
const GOLDENS: Golden[] = [
  {"fn": "loadtxt", "text": "1 2\n3 4\n", "opts": {}, "expect": {"shape": [2, 2], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0]}},
  {"fn": "loadtxt", "text": "1,2,3\n4,5,6\n", "opts": {"delimiter": ","}, "expect": {"shape": [2, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "loadtxt", "text": "# header\n1,2,3\n\n4,5,6 # tail\n", "opts": {"delimiter": ","}, "expect": {"shape": [2, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "loadtxt", "text": "a,b,c\n1,2,3\n4,5,6\n", "opts": {"delimiter": ",", "skiprows": 1}, "expect": {"shape": [2, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "loadtxt", "text": "1,2,3\n4,5,6\n7,8,9\n", "opts": {"delimiter": ",", "usecols": [0, 2]}, "expect": {"shape": [3, 2], "dtype": "float64", "values": [1.0, 3.0, 4.0, 6.0, 7.0, 9.0]}},
  {"fn": "loadtxt", "text": "1,2,3\n4,5,6\n7,8,9\n", "opts": {"delimiter": ",", "usecols": -1}, "expect": {"shape": [3], "dtype": "float64", "values": [3.0, 6.0, 9.0]}},
  {"fn": "loadtxt", "text": "1,2,3\n4,5,6\n7,8,9\n", "opts": {"delimiter": ",", "max_rows": 2}, "expect": {"shape": [2, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "loadtxt", "text": "1,2,3\n4,5,6\n", "opts": {"delimiter": ",", "unpack": true}, "expect": {"shape": [3, 2], "dtype": "float64", "values": [1.0, 4.0, 2.0, 5.0, 3.0, 6.0]}},
  {"fn": "loadtxt", "text": "5", "opts": {}, "expect": {"shape": [], "dtype": "float64", "values": [5.0]}},
  {"fn": "loadtxt", "text": "5", "opts": {"ndmin": 1}, "expect": {"shape": [1], "dtype": "float64", "values": [5.0]}},
  {"fn": "loadtxt", "text": "5", "opts": {"ndmin": 2}, "expect": {"shape": [1, 1], "dtype": "float64", "values": [5.0]}},
  {"fn": "loadtxt", "text": "1 2 3", "opts": {}, "expect": {"shape": [3], "dtype": "float64", "values": [1.0, 2.0, 3.0]}},
  {"fn": "loadtxt", "text": "1 2 3", "opts": {"ndmin": 2}, "expect": {"shape": [1, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0]}},
  {"fn": "loadtxt", "text": "1\n2\n3", "opts": {"ndmin": 2}, "expect": {"shape": [3, 1], "dtype": "float64", "values": [1.0, 2.0, 3.0]}},
  {"fn": "loadtxt", "text": "1\n2\n3", "opts": {}, "expect": {"shape": [3], "dtype": "float64", "values": [1.0, 2.0, 3.0]}},
  {"fn": "loadtxt", "text": "", "opts": {}, "expect": {"shape": [0], "dtype": "float64", "values": []}},
  {"fn": "loadtxt", "text": "", "opts": {"ndmin": 2}, "expect": {"shape": [0, 1], "dtype": "float64", "values": []}},
  {"fn": "loadtxt", "text": "1e3 nan -inf Infinity +.5 5. -0.25E-2", "opts": {}, "expect": {"shape": [7], "dtype": "float64", "values": [1000.0, "nan", "-inf", "inf", 0.5, 5.0, -0.0025]}},
  {"fn": "loadtxt", "text": "1 2\n3 4", "opts": {"dtype": "int32"}, "expect": {"shape": [2, 2], "dtype": "int32", "values": [1.0, 2.0, 3.0, 4.0]}},
  {"fn": "loadtxt", "text": "1 -2\n3 4", "opts": {"dtype": "int64"}, "expect": {"shape": [2, 2], "dtype": "int64", "values": [1.0, -2.0, 3.0, 4.0]}},
  {"fn": "loadtxt", "text": "1 0 2", "opts": {"dtype": "bool"}, "expect": {"shape": [3], "dtype": "bool", "values": [1.0, 0.0, 1.0]}},
  {"fn": "loadtxt", "text": "0.1 0.2", "opts": {"dtype": "float32"}, "expect": {"shape": [2], "dtype": "float32", "values": [0.10000000149011612, 0.20000000298023224]}},
  {"fn": "loadtxt", "text": "1;2 // c\n3;4 # d\n", "opts": {"delimiter": ";", "comments": ["//", "#"]}, "expect": {"shape": [2, 2], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0]}},
  {"fn": "loadtxt", "text": "1,2\r\n3,4\r\n", "opts": {"delimiter": ","}, "expect": {"shape": [2, 2], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0]}},
  {"fn": "loadtxt", "text": "1\t2\t3\n4\t5\t6", "opts": {"delimiter": "\t"}, "expect": {"shape": [2, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "loadtxt", "text": " 1 , 2 \n", "opts": {"delimiter": ","}, "expect": {"shape": [2], "dtype": "float64", "values": [1.0, 2.0]}},
  {"fn": "loadtxt", "text": "1,2,3\n4,abc,6\n", "opts": {"delimiter": ","}, "expect": {"error": "ValueError", "message": "could not convert string 'abc' to float64 at row 1, column 2."}},
  {"fn": "loadtxt", "text": "1,2,3\n4,5\n", "opts": {"delimiter": ","}, "expect": {"error": "ValueError", "message": "the number of columns changed from 3 to 2 at row 2; use `usecols` to select a subset and avoid this error"}},
  {"fn": "loadtxt", "text": "1,2,3\n4,5,6\n", "opts": {"delimiter": ",", "usecols": [5]}, "expect": {"error": "ValueError", "message": "invalid column index 5 at row 1 with 3 columns"}},
  {"fn": "loadtxt", "text": "1.5 2\n3 4\n", "opts": {"dtype": "int64"}, "expect": {"error": "ValueError", "message": "could not convert string '1.5' to int64 at row 0, column 1."}},
  {"fn": "loadtxt", "text": "300", "opts": {"dtype": "uint8"}, "expect": {"error": "ValueError", "message": "could not convert string '300' to uint8 at row 0, column 1."}},
  {"fn": "loadtxt", "text": "1,,3\n", "opts": {"delimiter": ","}, "expect": {"error": "ValueError", "message": "could not convert string '' to float64 at row 0, column 2."}},
  {"fn": "loadtxt", "text": "1 2", "opts": {"ndmin": 3}, "expect": {"error": "ValueError", "message": "Illegal value of ndmin keyword: 3"}},
  {"fn": "loadtxt", "text": "1,2\n   \n", "opts": {"delimiter": ","}, "expect": {"error": "ValueError", "message": "the number of columns changed from 2 to 1 at row 2; use `usecols` to select a subset and avoid this error"}},
  {"fn": "genfromtxt", "text": "1,2,3\n4,,6\n7,x,9", "opts": {"delimiter": ","}, "expect": {"shape": [3, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, "nan", 6.0, 7.0, "nan", 9.0]}},
  {"fn": "genfromtxt", "text": "1,2,3\n4,,6\n7,x,9", "opts": {"delimiter": ",", "filling_values": -1}, "expect": {"shape": [3, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, -1.0, 6.0, 7.0, -1.0, 9.0]}},
  {"fn": "genfromtxt", "text": "1,2,3\n4,N/A,6\n7,x,9", "opts": {"delimiter": ",", "missing_values": "N/A", "filling_values": 0}, "expect": {"shape": [3, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, 0.0, 6.0, 7.0, 0.0, 9.0]}},
  {"fn": "genfromtxt", "text": "1,2,3\n4,6\n7,8,9\n1", "opts": {"delimiter": ","}, "expect": {"error": "ValueError", "message": "Some errors were detected !\n    Line #2 (got 2 columns instead of 3)\n    Line #4 (got 1 columns instead of 3)"}},
  {"fn": "genfromtxt", "text": "a,b,c\n1,2,3\n4,,6\n7,x,9", "opts": {"delimiter": ",", "names": true}, "expect": {"names": ["a", "b", "c"], "shape": [3, 3], "values": [1.0, 2.0, 3.0, 4.0, "nan", 6.0, 7.0, "nan", 9.0]}},
  {"fn": "genfromtxt", "text": "# a b c\n1 2 3\n4 5 6", "opts": {"names": true}, "expect": {"names": ["a", "b", "c"], "shape": [2, 3], "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "genfromtxt", "text": "na me,b-c,c\n1,2,3\n4,5,6", "opts": {"delimiter": ",", "names": true}, "expect": {"names": ["na_me", "bc", "c"], "shape": [2, 3], "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "genfromtxt", "text": "x\n1 2 3\n4 5 6", "opts": {"skip_header": 1}, "expect": {"shape": [2, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "genfromtxt", "text": "1 2 3", "opts": {}, "expect": {"shape": [3], "dtype": "float64", "values": [1.0, 2.0, 3.0]}},
  {"fn": "genfromtxt", "text": "1\n2", "opts": {}, "expect": {"shape": [2], "dtype": "float64", "values": [1.0, 2.0]}},
  {"fn": "genfromtxt", "text": "1 2\n3 4", "opts": {"dtype": null}, "expect": {"shape": [2, 2], "dtype": "int64", "values": [1.0, 2.0, 3.0, 4.0]}},
  {"fn": "genfromtxt", "text": "1 2\n3 4.5", "opts": {"dtype": null}, "expect": {"names": ["f0", "f1"], "shape": [2, 2], "values": [1.0, 2.0, 3.0, 4.5]}},
  {"fn": "genfromtxt", "text": "1,2\n3,", "opts": {"delimiter": ",", "dtype": "int64"}, "expect": {"shape": [2, 2], "dtype": "int64", "values": [1.0, 2.0, 3.0, -1.0]}},
  {"fn": "genfromtxt", "text": "1,2,3\n4,5,6", "opts": {"delimiter": ",", "usecols": [0, 2]}, "expect": {"shape": [2, 2], "dtype": "float64", "values": [1.0, 3.0, 4.0, 6.0]}},
  {"fn": "genfromtxt", "text": "1,2,3\n4,5,6\n7,8,9", "opts": {"delimiter": ",", "skip_footer": 1}, "expect": {"shape": [2, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "genfromtxt", "text": "1,2,3\n4,5,6\n7,8,9", "opts": {"delimiter": ",", "max_rows": 2}, "expect": {"shape": [2, 3], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "genfromtxt", "text": "1,2\n   \n3,4", "opts": {"delimiter": ","}, "expect": {"shape": [2, 2], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0]}},
  {"fn": "genfromtxt", "text": "1,2,3\n4,5,6", "opts": {"delimiter": ",", "names": "x,y,z"}, "expect": {"names": ["x", "y", "z"], "shape": [2, 3], "values": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}},
  {"fn": "genfromtxt", "text": "a,b,c\n1,2,3\n4,5,6", "opts": {"delimiter": ",", "names": true, "usecols": ["a", "c"]}, "expect": {"names": ["a", "c"], "shape": [2, 2], "values": [1.0, 3.0, 4.0, 6.0]}},
  {"fn": "genfromtxt", "text": "1,2\n3,4", "opts": {"delimiter": ",", "filling_values": [7, 8]}, "expect": {"shape": [2, 2], "dtype": "float64", "values": [1.0, 2.0, 3.0, 4.0]}},
  {"fn": "genfromtxt", "text": "1,,3\n,5,", "opts": {"delimiter": ",", "filling_values": [7, 8, 9]}, "expect": {"shape": [2, 3], "dtype": "float64", "values": [1.0, 8.0, 3.0, 7.0, 5.0, 9.0]}},
];

const num = (v: Num) => (v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v);
const flat = (a: NDArray) => Array.from(a.flatten() as Iterable<number>, Number);

describe('loadtxt and genfromtxt match NumPy on the same text', () => {
  for (const g of GOLDENS) {
    it(`np.${g.fn}(${JSON.stringify(g.text)}, ${JSON.stringify(g.opts)})`, () => {
      const opts = { ...g.opts } as any;
      const call = () => (np as any)[g.fn](g.text.includes('\n') ? g.text : g.text.split('\n'), opts);
      if ('error' in g.expect) {
        let err: any;
        try {
          call();
        } catch (e) {
          err = e;
        }
        expect(err?.name).toBe(g.expect.error);
        expect(err?.message).toBe(g.expect.message);
        return;
      }
      const r = call();
      const wantNames = g.expect.names && opts.names !== undefined;
      const arr: NDArray = wantNames ? r.data : r;
      if (wantNames) expect(r.names).toEqual(g.expect.names);
      expect(arr).toBeInstanceOf(NDArray);
      expect(arr.shape).toEqual(g.expect.shape);
      // NumPy's structured results are float64 here (documented deviation).
      expect(arr.dtype).toBe(g.expect.dtype ?? 'float64');
      expect(flat(arr)).toEqual(g.expect.values.map(num));
    });
  }
});

const DATA = path.resolve('notebooks/visual-numpy/data');

describe('sources', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('text with a line break, a list of lines and bytes are read synchronously', () => {
    expect(np.loadtxt('1 2\n3 4').shape).toEqual([2, 2]);
    expect(np.loadtxt(['1 2', '3 4']).shape).toEqual([2, 2]);
    expect(np.loadtxt(new TextEncoder().encode('1,2\n3,4\n'), { delimiter: ',' }).shape).toEqual([2, 2]);
    expect(np.loadtxt(new TextEncoder().encode('1,2\n').buffer as ArrayBuffer, { delimiter: ',' }).shape).toEqual([2]);
    // a one-line string that is not a URL is data too
    expect(String(np.loadtxt('1 2 3' as string))).toBe('[1. 2. 3.]');
    expect(String(np.loadtxt('1.e5 2.E1 nan' as string))).toBe('[1.e+05 2.e+01    nan]');
    // a UTF-8 byte order mark (Excel) is not part of the first field
    expect(flat(np.loadtxt('\ufeff1,2\n', { delimiter: ',' }) as NDArray)).toEqual([1, 2]);
  });

  it('a URL-like string is fetched: a Promise, and errors name the file and line', async () => {
    const seen: string[] = [];
    vi.stubGlobal('fetch', async (u: string) => {
      seen.push(String(u));
      if (String(u).endsWith('missing.csv')) return new Response('nope', { status: 404 });
      if (String(u).includes('bad')) return new Response('x,y\n1,2\n3,abc\n');
      return new Response(readFileSync(path.join(DATA, 'planets.csv')));
    });
    const p = np.loadtxt('data/planets.csv', { delimiter: ',', skiprows: 1, usecols: [1, 2, 3, 4, 5] });
    expect(p).toBeInstanceOf(Promise);
    const a = await p;
    expect(a.shape).toEqual([8, 5]);
    expect(a.get('2, 0')).toBe(1); // Earth: 1 AU
    for (const u of ['https://example.org/t.txt', '/x/y', './x', '../x', 'blob:abc', 'table.tsv?v=2']) await np.loadtxt(u, { delimiter: ',', skiprows: 1, usecols: [1] });
    expect(seen.slice(1)).toEqual(['https://example.org/t.txt', '/x/y', './x', '../x', 'blob:abc', 'table.tsv?v=2']);
    await expect(np.loadtxt('missing.csv')).rejects.toThrow("[Errno 2] No such file or directory: 'missing.csv'");
    await expect(np.loadtxt('/files/bad.csv', { delimiter: ',', skiprows: 1 })).rejects.toThrow(
      "bad.csv, line 3: could not convert string 'abc' to float64 at row 1, column 2.",
    );
    await expect(np.loadtxt(new URL('https://h/dir/bad.csv'), { delimiter: ',' })).rejects.toThrow("bad.csv, line 1: could not convert string 'x' to float64 at row 0, column 1.");
  });

  it('File, Blob and Response are read (a dropped or picked file), errors use the File name', async () => {
    const csv = readFileSync(path.join(DATA, 'planets.csv'));
    const t = await np.genfromtxt(new File([csv], 'planets.csv'), { delimiter: ',', names: true });
    expect(t.names).toEqual(['planet', 'distance_au', 'diameter_km', 'mass_earths', 'gravity_ms2', 'day_hours']);
    expect(t.data.shape).toEqual([8, 6]);
    expect(t.data.dtype).toBe('float64');
    expect(flat(t.columns.diameter_km)).toEqual([4879, 12104, 12756, 6792, 142984, 120536, 51118, 49528]);
    expect(Number.isNaN(t.data.get('0, 0'))).toBe(true); // the names column is not numbers: nan, as NumPy
    const b = await np.loadtxt(new Blob(['1 2\n3 4\n']));
    expect(b.shape).toEqual([2, 2]);
    const r = await np.loadtxt(new Response('5 6\n'));
    expect(flat(r)).toEqual([5, 6]);
    await expect(np.loadtxt(new File(['1,2\n3\n'], 'short.csv'), { delimiter: ',' })).rejects.toThrow(
      'short.csv, line 2: the number of columns changed from 2 to 1 at row 2; use `usecols` to select a subset and avoid this error',
    );
    await expect(np.genfromtxt(new File(['1,2\n3\n'], 'short.csv'), { delimiter: ',' })).rejects.toThrow(
      'short.csv: Some errors were detected !\n    Line #2 (got 1 columns instead of 2)',
    );
  });

  it('a binary or non-UTF-8 file is a clear error', async () => {
    const wav = readFileSync(path.join(DATA, 'bards.wav'));
    await expect(np.loadtxt(new File([wav], 'bards.wav'))).rejects.toThrow(/^bards\.wav: not a text file \(a NUL byte at offset \d+/);
    expect(() => np.loadtxt(new Uint8Array([0x31, 0xff, 0x0a]))).toThrow('input: not UTF-8 text');
    expect(() => np.loadtxt(42 as any)).toThrow(/fname must be/);
  });

  it('the notebook CSV, as NumPy reads it', () => {
    const text = readFileSync(path.join(DATA, 'planets.csv'), 'utf8');
    const a = np.loadtxt(text, { delimiter: ',', skiprows: 1, usecols: [1, 2, 3, 4, 5] }) as NDArray; // a string variable may be a URL: typed NDArray | Promise
    // np.loadtxt('planets.csv', delimiter=',', skiprows=1, usecols=range(1, 6))[[0, 4]]
    expect(flat(a.get('::4') as NDArray)).toEqual([0.387, 4879, 0.0553, 3.7, 4222.6, 5.2, 142984, 317.8, 23.1, 9.9]);
    const [dist, diam] = np.loadtxt(text, { delimiter: ',', skiprows: 1, usecols: [1, 2], unpack: true }) as unknown as NDArray[];
    expect(dist.shape).toEqual([8]);
    expect(diam.get(2)).toBe(12756);
    expect(() => np.loadtxt(text, { delimiter: ',' })).toThrow("could not convert string 'planet' to float64 at row 0, column 1.");
  });

  it('genfromtxt(dtype: null) with a text column says why', () => {
    expect(() => np.genfromtxt('a 1\nb 2\n', { dtype: null })).toThrow(/a column holds text \('a'\)/);
  });
});
