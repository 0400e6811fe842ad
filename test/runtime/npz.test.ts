/**
 * .npz archives: np.load reads archives NumPy wrote (test/goldens/npy/make_npz.py: stored
 * with zip64 extras, and deflated), and np.savez / np.savez_compressed / np.save write files
 * into the notebook's files that read back to the same arrays.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { np } from '../../runtime';
import { NpzFile } from '../../runtime/npz';
import { setSourceHost } from '../../runtime/source';

const golden = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../goldens/npy/${name}`, import.meta.url)));

afterEach(() => setSourceHost(null));

describe('np.load of archives NumPy wrote', () => {
  it('reads a stored archive: names in NumPy order, dtypes, shapes, Fortran order', () => {
    const d = np.load(golden('stored.npz')) as unknown as NpzFile;
    expect(d).toBeInstanceOf(NpzFile);
    expect(d.files).toEqual(['x', 'm', 'arr_0']);
    expect(d.get('arr_0').dtype).toBe('int16');
    expect(d.get('arr_0').tolist()).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(d.get('x').tolist()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(d.get('m.npy').tolist()).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]);
    expect(d.f.m).toBe(d.get('m'));
    expect([...d]).toEqual(d.files);
    expect(d.has('x') && !d.has('y')).toBe(true);
    expect(String(d)).toBe("NpzFile 'object' with keys: x, m, arr_0");
  });

  it('reads a deflated archive', () => {
    const d = np.load(golden('deflated.npz')) as unknown as NpzFile;
    expect(d.items().map(([k, v]) => [k, v.dtype, v.shape])).toEqual([
      ['x', 'float64', [5]],
      ['arr_0', 'int16', [2, 3]],
      ['arr_1', 'bool', [2]],
    ]);
  });

  it("a missing name is NumPy's KeyError", () => {
    const d = np.load(golden('stored.npz')) as unknown as NpzFile;
    expect(() => d.get('y')).toThrow(expect.objectContaining({ name: 'KeyError', message: "'y is not a file in the archive'" }));
  });

  it('refuses a damaged archive with a ValueError, not a crash', () => {
    const b = golden('deflated.npz').slice(0, 200);
    expect(() => np.load(b)).toThrow(expect.objectContaining({ name: 'ValueError' }));
  });
});

describe('np.savez and np.savez_compressed', () => {
  it("stores each array as np.save's bytes, keyword arrays first as NumPy does", () => {
    const a = np.arange(4);
    const x = np.ones([2, 2], { dtype: 'float32' });
    const zip = unzipSync(np.savez(a, { x }));
    expect(Object.keys(zip)).toEqual(['x.npy', 'arr_0.npy']);
    expect(zip['arr_0.npy']).toEqual(np.save(a));
    expect(zip['x.npy']).toEqual(np.save(x));
  });

  it('round-trips through np.load, compressed or not', () => {
    const big = np.zeros(10000);
    const plain = np.savez({ big });
    const small = np.savez_compressed({ big });
    expect(small.length).toBeLessThan(plain.length / 20);
    for (const bytes of [plain, small]) {
      const back = np.load(bytes).get('big');
      expect(back.shape).toEqual([10000]);
      expect(np.array_equal(back, big)).toBe(true);
    }
  });

  it('a name clash between positional and keyword arrays is a ValueError', () => {
    expect(() => np.savez(np.arange(2), { arr_0: np.arange(3) })).toThrow('Cannot use un-named variables and keyword arr_0');
  });

  it("with a file name writes into the notebook's files, adding .npz / .npy as NumPy does", async () => {
    const files = new Map<string, Uint8Array>();
    setSourceHost({ file: (p) => files.get(p), base: () => null, write: (p, b) => files.set(p, b) });
    np.savez('data', np.arange(3), { y: np.eye(2) });
    np.savez_compressed('small.npz', np.arange(3));
    np.save('w', np.arange(5));
    expect([...files.keys()]).toEqual(['data.npz', 'small.npz', 'w.npy']);
    const d = await np.load('data.npz');
    expect(d.files).toEqual(['y', 'arr_0']);
    expect(d.get('y').tolist()).toEqual([[1, 0], [0, 1]]);
    expect((await np.load('w.npy')).tolist()).toEqual([0, 1, 2, 3, 4]);
  });

  it('without a notebook there is nowhere to write: an OSError', () => {
    expect(() => np.savez('data.npz', np.arange(3))).toThrow(/Read-only file system/);
    expect(() => np.save('a.npy', np.arange(3))).toThrow(/Read-only file system/);
  });
});
