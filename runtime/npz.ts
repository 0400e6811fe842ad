/**
 * `.npz` archives: NumPy's `savez`, `savez_compressed` and what `np.load` returns for one
 * (`NpzFile`). An archive is a zip of `.npy` members, one per array (fflate writes and reads
 * the zip; the members are np.save's bytes), so NumPy reads ours and we read NumPy's.
 */
import { zipSync, unzipSync, type Zippable } from 'fflate';
import { NDArray } from './ndarray';
import type { ArrayLike } from './asarray';
import { NumpyTypeError, ValueError, KeyError } from './errors';
import { save, readNpy } from './io';
import { writeFile, pyStr } from './source';

/** True when the bytes start a zip archive (NumPy's test in np.load: `PK\x03\x04`). */
export function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/**
 * The arrays of a `.npz` archive, as NumPy's `NpzFile`: `files` lists the names, `get(name)`
 * reads one (`data['x']` in NumPy), `f.name` too; it iterates over the names.
 * Members are decoded once, when first read.
 *
 * @example
 * const data = np.load(np.savez(np.arange(3), {x: np.ones(2)}));
 * data.files            // ['x', 'arr_0']
 * data.get('x')         // array([1., 1.])
 */
export class NpzFile {
  /** The array names, without `.npy` (NumPy's `files`). */
  readonly files: string[];
  /** Every member's name as stored in the zip (NumPy's `zip.namelist()`). */
  readonly members: string[];
  /** The arrays as attributes, as NumPy's `data.f.x`. */
  readonly f: Record<string, NDArray>;
  readonly #raw: Record<string, Uint8Array>;
  readonly #cache = new Map<string, NDArray>();
  readonly #name: string;

  constructor(bytes: Uint8Array, name: string | null = null) {
    let raw: Record<string, Uint8Array>;
    try {
      raw = unzipSync(bytes);
    } catch (e) {
      throw new ValueError(`${name ? `${name}: ` : ''}not a readable .npz archive (${(e as Error).message})`);
    }
    this.#raw = raw;
    this.#name = name ?? 'object';
    this.members = Object.keys(raw);
    this.files = this.members.map((m) => (m.endsWith('.npy') ? m.slice(0, -4) : m));
    const f: Record<string, NDArray> = {};
    for (const key of this.files) Object.defineProperty(f, key, { enumerable: true, get: () => this.get(key) });
    this.f = f;
  }

  /** The array stored under `key` (`'x'` or `'x.npy'`); KeyError when there is none. */
  get(key: string): NDArray {
    const member = key in this.#raw && !(`${key}.npy` in this.#raw) ? key : `${key}.npy`;
    const bytes = this.#raw[member];
    if (bytes === undefined || typeof key !== 'string') throw new KeyError(pyStr(`${String(key)} is not a file in the archive`));
    let a = this.#cache.get(member);
    if (a === undefined) {
      a = readNpy(bytes);
      this.#cache.set(member, a);
    }
    return a;
  }

  /** Python's `key in data`. */
  has(key: string): boolean {
    return key in this.#raw || `${key}.npy` in this.#raw;
  }

  /** The names, as `data.keys()`. */
  keys(): string[] {
    return this.files.slice();
  }

  /** The arrays, in `files` order. */
  values(): NDArray[] {
    return this.files.map((k) => this.get(k));
  }

  /** [name, array] pairs, as `data.items()`. */
  items(): [string, NDArray][] {
    return this.files.map((k) => [k, this.get(k)]);
  }

  /** Number of arrays, as `len(data)`. */
  get length(): number {
    return this.files.length;
  }

  /** Nothing to release in memory; kept so NumPy code that closes the file runs. */
  close(): void {}

  [Symbol.iterator](): Iterator<string> {
    return this.files[Symbol.iterator]();
  }

  /** NumPy's repr: `NpzFile 'data.npz' with keys: x, arr_0`. */
  __repr__(): string {
    return this.toString();
  }

  /** As the repr. */
  toString(): string {
    const shown = this.files.slice(0, 5).join(', ');
    return `NpzFile ${pyStr(this.#name)} with keys: ${shown}${this.files.length > 5 ? '...' : ''}`;
  }
}

/** The bytes of a `.npz` archive (a Uint8Array; the brand lets np.load's type say it gives an NpzFile). */
export type NpzBytes = Uint8Array & { readonly __npz: true };

/** The arrays of a savez call: positional ones as arr_0, arr_1, ...; a trailing plain object names the rest. */
type SavezArgs = (ArrayLike | Record<string, ArrayLike>)[];

function isNamed(v: unknown): v is Record<string, ArrayLike> {
  return v !== null && typeof v === 'object' && !(v instanceof NDArray) && !Array.isArray(v) && !ArrayBuffer.isView(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** NumPy's _savez: keyword arrays first, then arr_0... for the positional ones; clashes are a ValueError. */
function archive(args: SavezArgs, compress: boolean): NpzBytes {
  const last = args[args.length - 1];
  const named = args.length > 0 && isNamed(last) ? (last as Record<string, ArrayLike>) : {};
  const positional = isNamed(last) ? args.slice(0, -1) : args;
  const arrays: Record<string, ArrayLike> = { ...named };
  positional.forEach((a, i) => {
    const key = `arr_${i}`;
    if (key in arrays) throw new ValueError(`Cannot use un-named variables and keyword ${key}`);
    arrays[key] = a as ArrayLike;
  });
  const files: Zippable = {};
  // NumPy's zipfile entries: the 1980 epoch of ZipInfo, rw------- on unix.
  const opts = { level: compress ? 6 : 0, mtime: new Date(1980, 0, 1), os: 3, attrs: 0o600 << 16 } as const;
  for (const [key, a] of Object.entries(arrays)) files[`${key}.npy`] = [save(a), opts];
  return zipSync(files, opts) as NpzBytes;
}

function withSuffix(file: string): string {
  return file.endsWith('.npz') ? file : `${file}.npz`;
}

function savezTo(compress: boolean, args: unknown[]): NpzBytes | undefined {
  if (typeof args[0] === 'string') {
    writeFile(withSuffix(args[0]), archive(args.slice(1) as SavezArgs, compress));
    return undefined;
  }
  if (args[0] instanceof URL) throw new NumpyTypeError('np.savez: the file must be a name (a string)');
  return archive(args as SavezArgs, compress);
}

/**
 * Saves several arrays in one uncompressed `.npz` archive, as NumPy's `np.savez`. With a
 * file name first, the archive joins the notebook's files (`.npz` is appended when
 * missing); without one, the archive's bytes are returned. Positional arrays are stored as
 * `arr_0`, `arr_1`, ...; a trailing object names arrays (NumPy's keyword arguments).
 *
 * Parameters
 * - file: the archive's name ('data.npz'); omit it to get the bytes.
 * - arrays: arrays (array_like), then optionally `{name: array, ...}`.
 *
 * @example
 * np.savez('data.npz', np.arange(3), {x: np.ones(2)})   // arr_0 and x, in the notebook's files
 * const bytes = np.savez({x: np.ones(2)})                // Uint8Array, a zip
 * np.load(bytes).get('x')                                // array([1., 1.])
 */
export function savez(file: string, ...arrays: SavezArgs): void;
export function savez(...arrays: SavezArgs): NpzBytes;
export function savez(...args: unknown[]): NpzBytes | undefined {
  return savezTo(false, args);
}

/**
 * As `np.savez`, with every member deflate-compressed (NumPy's `np.savez_compressed`).
 *
 * @example
 * np.savez_compressed('image.npz', {image: np.zeros([512, 512])})
 * const small = np.savez_compressed(np.zeros(10000)).length   // far below 80000 bytes
 */
export function savez_compressed(file: string, ...arrays: SavezArgs): void;
export function savez_compressed(...arrays: SavezArgs): NpzBytes;
export function savez_compressed(...args: unknown[]): NpzBytes | undefined {
  return savezTo(true, args);
}
