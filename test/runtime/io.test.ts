/**
 * .npy input/output against files NumPy itself wrote (test/goldens/npy/, made by
 * test/goldens/npy/make_npy.py with NumPy 2.4): np.load reads every file to the right
 * dtype, shape, values and memory order; np.save writes NumPy's bytes exactly; malformed
 * input gives NumPy's errors. Plus frombuffer / tobytes and round-trip properties.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { np, NDArray } from '../../runtime/index';

const dir = new URL('../goldens/npy/', import.meta.url);
const file = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, dir)));

interface Entry { file: string; dtype: string; shape: number[]; data: (number | string | boolean)[]; fortran_order: boolean; roundtrip: boolean }
const manifest: { numpy: string; files: Entry[] } = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8'));

const decode = (v: number | string | boolean): number | boolean =>
  v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === '-0' ? -0 : (v as number | boolean);

/** The elements of `a` in C order, as NumPy's tolist() flattened (bools as booleans). */
function flat(a: NDArray): (number | boolean)[] {
  const out: (number | boolean)[] = [];
  for (let i = 0; i < a.size; i++) {
    const v = a.flatGet(i);
    out.push(a.dtype === 'bool' ? v !== 0 : v);
  }
  return out;
}

describe(`np.load reads NumPy ${manifest.numpy} files`, () => {
  for (const e of manifest.files) {
    it(e.file, () => {
      const a = np.load(file(e.file));
      expect(a.dtype).toBe(e.dtype);
      expect(a.shape).toEqual(e.shape);
      const got = flat(a);
      e.data.map(decode).forEach((w, i) => expect(Object.is(got[i], w) || got[i] === w).toBe(true));
      if (e.fortran_order) {
        // Fortran-ordered files load as Fortran-strided arrays, as NumPy's do.
        expect(a.strides).toEqual(e.shape.map((_, k) => e.shape.slice(0, k).reduce((p, q) => p * q, a.itemsize)));
      }
    });
  }
});

describe('np.save writes NumPy\'s bytes', () => {
  for (const e of manifest.files.filter((f) => f.roundtrip)) {
    it(e.file, () => {
      const bytes = file(e.file);
      expect(Array.from(np.save(np.load(bytes)))).toEqual(Array.from(bytes));
      if (!e.fortran_order) {
        const built = np.array(e.data.map(decode) as number[], { dtype: e.dtype }).reshape(e.shape);
        expect(Array.from(np.save(built))).toEqual(Array.from(bytes));
      }
    });
  }

  it('writes a transposed view with fortran_order True and other strided views in C order', () => {
    const a = np.arange(12).reshape(3, 4);
    const t = np.load(np.save(a.T));
    expect(t.tolist()).toEqual(a.T.tolist());
    const header = new TextDecoder().decode(np.save(a.T).subarray(10, 80));
    expect(header).toContain("'fortran_order': True, 'shape': (4, 3)");
    const strided = a.get('::2, ::-1');
    expect(new TextDecoder().decode(np.save(strided).subarray(10, 80))).toContain("'fortran_order': False");
    expect(np.load(np.save(strided)).tolist()).toEqual(strided.tolist());
  });

  it('pads the header to 64 bytes and accepts array_like input', () => {
    for (const shape of [[], [1], [7, 3], [2, 3, 4, 5, 1, 1, 1, 9]]) {
      const bytes = np.save(np.zeros(shape));
      const hlen = bytes[8] | (bytes[9] << 8);
      expect((10 + hlen) % 64).toBe(0);
      expect(bytes[10 + hlen - 1]).toBe(0x0a);
    }
    expect(np.load(np.save([[1, 2], [3, 4]])).tolist()).toEqual([[1, 2], [3, 4]]);
  });
});

describe('round trips (property)', () => {
  const dtypes = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64'] as const;
  it('load(save(a)) equals a for every dtype and shape', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dtypes),
        fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 256, maxLength: 256 }),
        (dtype, shape, pool) => {
          const n = shape.reduce((p, q) => p * q, 1);
          const a = np.array(pool.slice(0, n), { dtype: "float64" }).astype(dtype).reshape(shape);
          const b = np.load(np.save(a));
          return b.dtype === a.dtype && JSON.stringify(b.shape) === JSON.stringify(a.shape) && JSON.stringify(b.tolist()) === JSON.stringify(a.tolist());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('frombuffer(tobytes(a)) equals the flattened array', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dtypes), fc.array(fc.integer({ min: -100, max: 100 }), { maxLength: 20 }), (dtype, xs) => {
        const a = np.array(xs).astype(dtype);
        const b = np.frombuffer(a.tobytes(), { dtype });
        return JSON.stringify(b.tolist()) === JSON.stringify(a.tolist());
      }),
      { numRuns: 100 },
    );
  });
});

describe('malformed input', () => {
  const good = () => file('f8_2x3.npy');
  const err = (f: () => unknown, name: string, message: string | RegExp) => {
    let thrown: Error | null = null;
    try {
      f();
    } catch (e) {
      thrown = e as Error;
    }
    expect(thrown, 'should throw').not.toBeNull();
    expect(thrown!.name).toBe(name);
    if (typeof message === 'string') expect(thrown!.message).toBe(message);
    else expect(thrown!.message).toMatch(message);
  };

  it('reports truncated data, header and magic as NumPy does', () => {
    const b = good();
    err(() => np.load(b.subarray(0, b.length - 8)), 'ValueError', 'EOF: reading array data, expected 48 bytes got 40');
    err(() => np.load(b.subarray(0, 20)), 'ValueError', 'EOF: reading array header, expected 118 bytes got 10');
    err(() => np.load(b.subarray(0, 9)), 'ValueError', 'EOF: reading array header length, expected 2 bytes got 1');
    err(() => np.load(new Uint8Array([97, 98, 99])), 'ValueError', 'EOF: reading magic string, expected 8 bytes got 3');
    err(() => np.load(new Uint8Array(0)), 'ValueError', 'EOF: reading magic string, expected 8 bytes got 0');
  });

  it('reports a bad magic string and an unknown version', () => {
    const b = good().slice();
    b[5] = 0x58; // \x93NUMPX
    err(() => np.load(b), 'ValueError', "the magic string is not correct; expected b'\\x93NUMPY', got b'\\x93NUMPX'");
    const v = good().slice();
    v[6] = 4;
    err(() => np.load(v), 'ValueError', 'we only support format version (1,0), (2,0), and (3,0), not (4, 0)');
    // A zip header with no archive behind it: read as .npz, refused as damaged.
    err(() => np.load(new TextEncoder().encode('PK\x03\x04 zip archive')), 'ValueError', /not a readable \.npz archive/);
  });

  it('reports bad headers', () => {
    const withHeader = (h: string) => {
      const body = h + ' '.repeat(Math.max(0, 117 - h.length)) + '\n';
      const out = new Uint8Array(10 + body.length + 48);
      out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, body.length & 0xff, body.length >> 8]);
      out.set(new TextEncoder().encode(body), 10);
      return out;
    };
    err(() => np.load(withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3) ")), 'ValueError', /^Cannot parse header: /);
    err(() => np.load(withHeader('[1, 2]')), 'ValueError', 'Header is not a dictionary: [1, 2]');
    err(() => np.load(withHeader("{'descr': '<f8', 'shape': (6,)}")), 'ValueError', "Header does not contain the correct keys: ['descr', 'shape']");
    err(() => np.load(withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (2.0, 3)}")), 'ValueError', 'shape is not valid: (2.0, 3)');
    err(() => np.load(withHeader("{'descr': '<f8', 'fortran_order': 0, 'shape': (6,)}")), 'ValueError', 'fortran_order is not a valid bool: 0');
    err(() => np.load(withHeader("{'descr': '<q9', 'fortran_order': False, 'shape': (6,)}")), 'ValueError', "descr is not a valid dtype descriptor: '<q9'");
    expect(np.load(withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (6,), }")).shape).toEqual([6]);
  });

  it('says clearly which NumPy dtypes this runtime lacks', () => {
    err(() => np.load(file('unsupported_f2.npy')), 'NotImplementedError', /'<f2' is not supported/);
    // complex128 is supported now (test/runtime/complex/io.test.ts has the cases)
    expect(String(np.load(file('unsupported_c16.npy')))).toBe('[1.+2.j]');
    err(() => np.load(file('unsupported_struct.npy')), 'NotImplementedError', /structured dtype/);
  });
});

describe('load from a URL, Blob or Response', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns a Promise and uses the global fetch', async () => {
    const bytes = file('i4.npy');
    const fetch = vi.fn(async (url: string) =>
      url.endsWith('i4.npy') ? new Response(bytes.slice().buffer) : new Response('missing', { status: 404, statusText: 'Not Found' }),
    );
    vi.stubGlobal('fetch', fetch);
    const p = np.load('data/i4.npy');
    expect(p).toBeInstanceOf(Promise);
    expect((await p).tolist()).toEqual([[-2147483648, 2147483647], [0, -5]]);
    await expect(np.load('data/nope.npy')).rejects.toMatchObject({ name: 'FileNotFoundError' });
    expect((await np.load(new Blob([bytes.slice().buffer]))).dtype).toBe('int32');
    expect((await np.load(new Response(bytes.slice().buffer))).shape).toEqual([2, 2]);
  });

  it('loads ArrayBuffers, DataViews and typed-array views synchronously', () => {
    const b = file('i2.npy');
    const padded = new Uint8Array(b.length + 3);
    padded.set(b, 3);
    expect(np.load(padded.subarray(3)).tolist()).toEqual([-32768, 32767, 7]);
    expect(np.load(b.slice().buffer).tolist()).toEqual([-32768, 32767, 7]);
    expect(np.load(new DataView(padded.buffer, 3)).tolist()).toEqual([-32768, 32767, 7]);
  });
});

describe('frombuffer / tobytes', () => {
  it('reads little-endian bytes with dtype, count and offset', () => {
    const buf = new Uint8Array([1, 2, 3, 4]);
    expect(np.frombuffer(buf, { dtype: 'int16' }).tolist()).toEqual([513, 1027]);
    expect(np.frombuffer(buf, 'uint8').tolist()).toEqual([1, 2, 3, 4]);
    expect(np.frombuffer(buf, { dtype: 'int16', count: 1, offset: 1 }).tolist()).toEqual([770]);
    expect(np.frombuffer(new Uint8Array(0), { dtype: 'int16' }).shape).toEqual([0]);
    expect(np.frombuffer(new Float64Array([1.5, 2.5])).tolist()).toEqual([1.5, 2.5]);
  });

  it('shares memory when it can', () => {
    const f = new Float32Array([1, 2, 3]);
    const a = np.frombuffer(f.buffer, { dtype: 'float32' });
    f[0] = 9;
    expect(a.tolist()).toEqual([9, 2, 3]);
  });

  it('gives NumPy\'s errors', () => {
    expect(() => np.frombuffer(new Uint8Array(3), { dtype: 'int16' })).toThrow('buffer size must be a multiple of element size');
    expect(() => np.frombuffer(new Uint8Array(4), { dtype: 'int16', offset: 5 })).toThrow('offset must be non-negative and no greater than buffer length (4)');
    expect(() => np.frombuffer(new Uint8Array(4), { dtype: 'int16', count: 3 })).toThrow('buffer is smaller than requested size');
  });

  it('tobytes gives C order by default and Fortran order on request', () => {
    const a = np.array([[1, 2], [3, 4]], { dtype: 'uint8' });
    expect(Array.from(a.tobytes())).toEqual([1, 2, 3, 4]);
    expect(Array.from(a.tobytes('F'))).toEqual([1, 3, 2, 4]);
    expect(Array.from(np.tobytes(np.array([-1], { dtype: 'int64' })))).toEqual([255, 255, 255, 255, 255, 255, 255, 255]);
    expect(Array.from(np.array([true, false]).tobytes())).toEqual([1, 0]);
  });
});
