/**
 * Input/output: NumPy's `.npy` format (versions 1.0, 2.0 and 3.0), byte for byte as
 * numpy/lib/_format_impl.py writes and reads it, plus np.frombuffer and a.tobytes().
 *
 * In the browser there is no file system, so `np.save(arr)` returns the `.npy` bytes
 * (NumPy's `np.save(file, arr)` minus the file) and `np.load` takes bytes (synchronously)
 * or a URL / Blob / Response (returning a Promise). Nothing here imports Node built-ins;
 * URLs are read by source.ts (the global `fetch` of browsers, Workers and Node 20+).
 */
import { NDArray, copyToContiguous, reshapeFresh } from './ndarray';
import { asarray, type ArrayLike } from './asarray';
import { type DType, type DTypeLike, type TypedArray, toDType, itemsize, storageOf, lanesOf } from './dtype';
import { transpose } from './views';
import { ValueError, NumpyTypeError, NotImplementedError } from './errors';
import { pyStr, readBytes, writeFile } from './source';
import { isZip, NpzFile, type NpzBytes } from './npz';

// ---------------------------------------------------------------------------------------
// helpers (module-private: every export of this file becomes np.<name>)
// ---------------------------------------------------------------------------------------

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const MAGIC_PREFIX = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const MAGIC_LEN = MAGIC_PREFIX.length + 2;
const ARRAY_ALIGN = 64;
const GROWTH_AXIS_MAX_DIGITS = 21;
const MAX_HEADER_SIZE = 10000;

/** NumPy's dtype.descr string of each dtype (little-endian, as NumPy writes on x86/ARM). */
const DESCR: Record<DType, string> = {
  bool: '|b1', int8: '|i1', uint8: '|u1', int16: '<i2', uint16: '<u2', int32: '<i4', uint32: '<u4',
  int64: '<i8', uint64: '<u8', float32: '<f4', float64: '<f8', complex64: '<c8', complex128: '<c16',
};

/** Python's repr of a bytes object: b'\x93NUMPY'. */
function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = '';
  for (const c of b) {
    if (c === 0x5c) s += '\\\\';
    else if (c === 0x09) s += '\\t';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c === q.charCodeAt(0)) s += '\\' + q;
    else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else s += '\\x' + c.toString(16).padStart(2, '0');
  }
  return `b${q}${s}${q}`;
}

/** A shape as Python's repr of a tuple of ints: (), (3,), (2, 3). */
function shapeTupleRepr(shape: readonly number[]): string {
  if (shape.length === 1) return `(${shape[0]},)`;
  return `(${shape.join(', ')})`;
}


/** The raw little-endian bytes of a C-contiguous array's elements. */
function rawBytes(c: NDArray): Uint8Array {
  const n = c.size;
  const d = c.contiguousData();
  if (c.dtype === 'int64' || c.dtype === 'uint64') {
    const out = new Uint8Array(n * 8);
    const view = new DataView(out.buffer);
    for (let i = 0; i < n; i++) {
      const v = d[i];
      // Doubles round 2**63 - 1 and 2**64 - 1 up to 2**63 and 2**64: write the nearest value in range.
      const big = Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
      if (c.dtype === 'int64') view.setBigInt64(i * 8, big >= 2n ** 63n ? 2n ** 63n - 1n : BigInt.asIntN(64, big), true);
      else view.setBigUint64(i * 8, big >= 2n ** 64n ? 2n ** 64n - 1n : BigInt.asUintN(64, big), true);
    }
    return out;
  }
  const size = itemsize(c.dtype);
  const out = new Uint8Array(n * size);
  if (c.dtype === 'bool') {
    for (let i = 0; i < n; i++) out[i] = d[i] !== 0 ? 1 : 0;
    return out;
  }
  out.set(new Uint8Array(d.buffer, d.byteOffset, n * size));
  // A complex element is two floats, each swapped on its own.
  if (!LITTLE_ENDIAN_HOST && size > 1) swapBytes(out, size / lanesOf(c.dtype));
  return out;
}

function swapBytes(b: Uint8Array, size: number): void {
  for (let i = 0; i + size <= b.length; i += size) {
    for (let j = 0, k = size - 1; j < k; j++, k--) {
      const t = b[i + j];
      b[i + j] = b[i + k];
      b[i + k] = t;
    }
  }
}

/** Elements of `dtype` decoded from raw bytes (`little`: the bytes' byte order). */
function decode(bytes: Uint8Array, dtype: DType, count: number, little: boolean): TypedArray {
  const size = itemsize(dtype);
  if (dtype === 'int64' || dtype === 'uint64') {
    const out = new Float64Array(count);
    const view = new DataView(bytes.buffer, bytes.byteOffset, count * 8);
    for (let i = 0; i < count; i++) {
      out[i] = Number(dtype === 'int64' ? view.getBigInt64(i * 8, little) : view.getBigUint64(i * 8, little));
    }
    return out;
  }
  if (dtype === 'bool') {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = bytes[i] !== 0 ? 1 : 0;
    return out;
  }
  const copy = bytes.slice(0, count * size);
  const lanes = lanesOf(dtype);
  if (size > 1 && little !== LITTLE_ENDIAN_HOST) swapBytes(copy, size / lanes);
  const C = storageOf(dtype);
  return new C(copy.buffer, 0, count * lanes);
}

function isOptions(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof NDArray) && !ArrayBuffer.isView(v) && !(v instanceof ArrayBuffer);
}

// ---------------------------------------------------------------------------------------
// the header: a Python dict literal
// ---------------------------------------------------------------------------------------

type PyVal =
  | string | number | boolean | null
  | { t: 'float'; v: number }
  | { t: 'tuple'; items: PyVal[] }
  | { t: 'list'; items: PyVal[] }
  | { t: 'dict'; entries: [PyVal, PyVal][] };

class PySyntaxError extends Error {}

/** Parses the Python literal of an .npy header (ast.literal_eval for the types it uses). */
function parseLiteral(src: string): PyVal {
  let i = 0;
  const ws = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const fail = (): never => {
    throw new PySyntaxError();
  };
  const value = (): PyVal => {
    ws();
    const c = src[i];
    if (c === '{') {
      i++;
      const entries: [PyVal, PyVal][] = [];
      ws();
      while (src[i] !== '}') {
        const k = value();
        ws();
        if (src[i++] !== ':') fail();
        const v = value();
        entries.push([k, v]);
        ws();
        if (src[i] === ',') i++;
        else if (src[i] !== '}') fail();
        ws();
      }
      i++;
      return { t: 'dict', entries };
    }
    if (c === '(' || c === '[') {
      const close = c === '(' ? ')' : ']';
      i++;
      const items: PyVal[] = [];
      let comma = false;
      ws();
      while (src[i] !== close) {
        items.push(value());
        ws();
        comma = false;
        if (src[i] === ',') {
          i++;
          comma = true;
        } else if (src[i] !== close) fail();
        ws();
      }
      i++;
      if (c === '(' && items.length === 1 && !comma) return items[0]; // (x) is x
      return { t: c === '(' ? 'tuple' : 'list', items };
    }
    if (c === "'" || c === '"') {
      i++;
      let s = '';
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') {
          const e = src[i + 1];
          const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
          if (e === 'x') {
            s += String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
            i += 4;
            continue;
          }
          s += map[e] ?? '\\' + e;
          i += 2;
        } else s += src[i++];
      }
      if (src[i] !== c) fail();
      i++;
      return s;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (word) {
      i += word[0].length;
      if (word[0] === 'True') return true;
      if (word[0] === 'False') return false;
      if (word[0] === 'None') return null;
      return fail();
    }
    const num = /^[+-]?(\d[\d_]*)?(\.\d*)?([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && num[0] && /\d/.test(num[0])) {
      i += num[0].length;
      const text = num[0].replace(/_/g, '');
      if (/[.eE]/.test(text)) return { t: 'float', v: parseFloat(text) };
      return Number(text);
    }
    return fail();
  };
  const v = value();
  ws();
  if (i !== src.length) fail();
  return v;
}

/** Python's repr of a parsed literal. */
function pyRepr(v: PyVal): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return pyStr(v);
  switch (v.t) {
    case 'float': return Number.isInteger(v.v) ? `${v.v}.0` : String(v.v);
    case 'tuple': return v.items.length === 1 ? `(${pyRepr(v.items[0])},)` : `(${v.items.map(pyRepr).join(', ')})`;
    case 'list': return `[${v.items.map(pyRepr).join(', ')}]`;
    case 'dict': return `{${v.entries.map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
  }
}

const TYPECODES: Record<string, DType> = {
  '?': 'bool', b: 'int8', B: 'uint8', h: 'int16', H: 'uint16', i: 'int32', I: 'uint32',
  l: 'int64', L: 'uint64', q: 'int64', Q: 'uint64', f: 'float32', d: 'float64',
};

const UNSUPPORTED = /^(f2|f16|f12|e|g|c\d*|F|D|G|[USa]\d*|V\d*|O\d*|[Mm]8(\[\w+\])?|float16|float128|longdouble|complex\d*|str_?|bytes_?|object_?|void|datetime64(\[\w+\])?|timedelta64(\[\w+\])?)$/;

/** descr_to_dtype for the dtypes this runtime has: dtype and whether the data is little-endian. */
function descrToDType(descr: PyVal): { dtype: DType; little: boolean } {
  if (typeof descr !== 'string') {
    throw new NotImplementedError(`np.load: structured dtype ${pyRepr(descr)} is not supported; this runtime has bool, int8-int64, uint8-uint64, float32, float64, complex64 and complex128`);
  }
  const order = /^[<>|=]/.test(descr) ? descr[0] : '=';
  const body = order === '=' && !descr.startsWith('=') ? descr : descr.slice(1);
  let dtype: DType | null = TYPECODES[body] ?? null;
  if (dtype === null) {
    try {
      dtype = toDType(body);
    } catch {
      dtype = null;
    }
  }
  if (dtype === null) {
    if (UNSUPPORTED.test(body)) {
      throw new NotImplementedError(`np.load: dtype ${pyStr(descr)} is not supported; this runtime has bool, int8-int64, uint8-uint64, float32, float64, complex64 and complex128`);
    }
    throw new ValueError(`descr is not a valid dtype descriptor: ${pyRepr(descr)}`);
  }
  return { dtype, little: order !== '>' ? LITTLE_ENDIAN_HOST || order === '<' : false };
}

// ---------------------------------------------------------------------------------------
// save / load
// ---------------------------------------------------------------------------------------

/** NumPy's _write_array_header + _wrap_header_guess_version: magic, version, length, dict, padding. */
function npyHeader(descr: string, fortran: boolean, shape: readonly number[]): Uint8Array {
  let header = `{'descr': ${pyStr(descr)}, 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': ${shapeTupleRepr(shape)}, }`;
  if (shape.length > 0) {
    const grow = String(shape[fortran ? shape.length - 1 : 0]).length;
    header += ' '.repeat(Math.max(GROWTH_AXIS_MAX_DIGITS - grow, 0));
  }
  const hlen = header.length + 1;
  let version = 1;
  let lenSize = 2;
  let padlen = ARRAY_ALIGN - ((MAGIC_LEN + lenSize + hlen) % ARRAY_ALIGN);
  if (hlen + padlen > 0xffff) {
    version = 2;
    lenSize = 4;
    padlen = ARRAY_ALIGN - ((MAGIC_LEN + lenSize + hlen) % ARRAY_ALIGN);
  }
  const total = MAGIC_LEN + lenSize + hlen + padlen;
  const out = new Uint8Array(total);
  out.set(MAGIC_PREFIX, 0);
  out[6] = version;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (lenSize === 2) view.setUint16(8, hlen + padlen, true);
  else view.setUint32(8, hlen + padlen, true);
  let p = MAGIC_LEN + lenSize;
  for (let k = 0; k < header.length; k++) out[p++] = header.charCodeAt(k);
  for (let k = 0; k < padlen; k++) out[p++] = 0x20;
  out[p] = 0x0a;
  return out;
}

/** The `.npy` bytes of an array, exactly as NumPy writes them. */
function npyBytes(arr: ArrayLike): Uint8Array {
  const a = asarray(arr);
  const fortran = !a.isCContiguous && a.isFContiguous;
  const header = npyHeader(DESCR[a.dtype], fortran, a.shape);
  const body = rawBytes(copyToContiguous(fortran ? transpose(a) : a));
  const out = new Uint8Array(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}

/**
 * Saves an array in NumPy's `.npy` format, byte for byte as `np.save` writes it (format
 * 1.0, header padded to 64 bytes; Fortran-ordered views are written with
 * `fortran_order: True`). With a file name first, the file joins the notebook's files
 * (`.npy` is appended when missing), where `np.load('name.npy')` and the file list find
 * it; with the array alone, the bytes are returned (to download, store or send).
 *
 * Parameters
 * - file: the file's name; omit it to get the bytes.
 * - arr: the array (array_like).
 *
 * @example
 * np.save('weights.npy', np.arange(6).reshape(2, 3))   // into the notebook's files
 * const bytes = np.save(np.arange(6).reshape(2, 3));   // Uint8Array, starts with \x93NUMPY
 * np.load(bytes)                                        // array([[0, 1, 2], [3, 4, 5]])
 */
export function save(file: string, arr: ArrayLike, opts?: { allow_pickle?: boolean }): void;
export function save(arr: ArrayLike, opts?: { allow_pickle?: boolean }): Uint8Array;
export function save(first: ArrayLike | string, second?: ArrayLike | { allow_pickle?: boolean }, third?: { allow_pickle?: boolean }): Uint8Array | void {
  void third;
  if (typeof first === 'string') {
    if (second === undefined) throw new NumpyTypeError("save() missing 1 required positional argument: 'arr'");
    writeFile(first.endsWith('.npy') ? first : `${first}.npy`, npyBytes(second as ArrayLike));
    return;
  }
  return npyBytes(first);
}

/** The bytes of a buffer-like source. */
function bytesOf(src: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (src instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && src instanceof SharedArrayBuffer)) return new Uint8Array(src as ArrayBuffer);
  if (ArrayBuffer.isView(src)) return new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  throw new NumpyTypeError(`expected bytes (an ArrayBuffer, typed array or DataView), got ${src === null ? 'null' : typeof src}`);
}

function eof(what: string, expected: number, got: number): never {
  throw new ValueError(`EOF: reading ${what}, expected ${expected} bytes got ${Math.max(got, 0)}`);
}

/** NumPy's format.read_array for a complete .npy byte string. */
export function readNpy(b: Uint8Array): NDArray {
  if (b.length < MAGIC_LEN) eof('magic string', MAGIC_LEN, b.length);
  if (!MAGIC_PREFIX.every((c, k) => b[k] === c)) {
    throw new ValueError(`the magic string is not correct; expected b'\\x93NUMPY', got ${bytesRepr(b.subarray(0, 6))}`);
  }
  const major = b[6];
  const minor = b[7];
  if (!((major === 1 || major === 2 || major === 3) && minor === 0)) {
    throw new ValueError(`we only support format version (1,0), (2,0), and (3,0), not (${major}, ${minor})`);
  }
  const lenSize = major === 1 ? 2 : 4;
  if (b.length < MAGIC_LEN + lenSize) eof('array header length', lenSize, b.length - MAGIC_LEN);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const hlen = lenSize === 2 ? view.getUint16(MAGIC_LEN, true) : view.getUint32(MAGIC_LEN, true);
  const start = MAGIC_LEN + lenSize;
  if (b.length < start + hlen) eof('array header', hlen, b.length - start);
  const raw = b.subarray(start, start + hlen);
  const header = major === 3 ? new TextDecoder('utf-8').decode(raw) : Array.from(raw, (c) => String.fromCharCode(c)).join('');
  if (header.length > MAX_HEADER_SIZE) {
    throw new ValueError(
      `Header info length (${header.length}) is large and may not be safe to load securely.\nTo allow loading, adjust \`max_header_size\` or fully trust the \`.npy\` file using \`allow_pickle=True\`.\nFor safety against large resource use or crashes, sandboxing may be necessary.`,
    );
  }
  let d: PyVal;
  try {
    d = parseLiteral(header);
  } catch (e) {
    if (e instanceof PySyntaxError) throw new ValueError(`Cannot parse header: ${pyStr(header)}`);
    throw e;
  }
  if (d === null || typeof d !== 'object' || d.t !== 'dict') throw new ValueError(`Header is not a dictionary: ${pyRepr(d)}`);
  const fields = new Map<string, PyVal>();
  for (const [k, v] of d.entries) fields.set(typeof k === 'string' ? k : pyRepr(k), v);
  const keys = [...fields.keys()].sort();
  if (keys.length !== 3 || keys[0] !== 'descr' || keys[1] !== 'fortran_order' || keys[2] !== 'shape') {
    throw new ValueError(`Header does not contain the correct keys: [${keys.map((k) => pyStr(k)).join(', ')}]`);
  }
  const shapeV = fields.get('shape')!;
  if (shapeV === null || typeof shapeV !== 'object' || shapeV.t !== 'tuple' || !shapeV.items.every((x) => typeof x === 'number' || typeof x === 'boolean')) {
    throw new ValueError(`shape is not valid: ${pyRepr(shapeV)}`);
  }
  const fortran = fields.get('fortran_order')!;
  if (typeof fortran !== 'boolean') throw new ValueError(`fortran_order is not a valid bool: ${pyRepr(fortran)}`);
  const { dtype, little } = descrToDType(fields.get('descr')!);
  const shape = shapeV.items.map((x) => Number(x));
  if (shape.some((n) => n < 0)) throw new ValueError('negative dimensions are not allowed');
  const count = shape.reduce((p, q) => p * q, 1);
  const nbytes = count * itemsize(dtype);
  const dataStart = start + hlen;
  const have = b.length - dataStart;
  if (have < nbytes) eof('array data', nbytes, have);
  const data = decode(b.subarray(dataStart, dataStart + nbytes), dtype, count, little);
  // NumPy reads a 1-d array and sets its shape (a reshape, which matters only when empty).
  const flat = new NDArray(data, dtype, [count]);
  if (fortran) return transpose(reshapeFresh(flat, shape.slice().reverse()));
  return reshapeFresh(flat, shape);
}

/** Something np.load reads asynchronously: a URL, or a Blob/File/Response. */
type AsyncSource = string | URL | { arrayBuffer(): Promise<ArrayBuffer> };

/** Reads a URL or Blob (source.ts: uploaded files, the working directory); errors about the bytes name the file. */
async function loadAsync(src: AsyncSource): Promise<NDArray | NpzFile> {
  const { bytes, name } = await readBytes(src);
  try {
    return isZip(bytes) ? new NpzFile(bytes, name) : readNpy(bytes);
  } catch (e) {
    if (name && e instanceof ValueError) e.message = `${name}: ${e.message}`;
    throw e;
  }
}

/** Options of np.load (NumPy's keywords; arrays of objects are never read, so allow_pickle changes nothing). */
export interface LoadOptions { allow_pickle?: boolean; mmap_mode?: null }

/**
 * Reads an array from `.npy` bytes, or the arrays of a `.npz` archive, as NumPy's
 * `np.load`: versions 1.0, 2.0 and 3.0, little- and big-endian bool/int/uint/float dtypes,
 * C or Fortran order. Bytes (an ArrayBuffer, typed array or DataView) load synchronously;
 * a file name or URL string, URL, Blob/File or Response returns a Promise. A zip archive
 * gives an `NpzFile` (`files`, `get(name)`). Malformed input throws NumPy's ValueError (bad
 * magic string, truncated data: "EOF: reading array data, expected 48 bytes got 40", ...).
 *
 * @example
 * const a = np.load(np.save(np.arange(3)));           // array([0, 1, 2])
 * const b = await np.load('data/weights.npy');       // fetched, or a notebook file
 * const z = await np.load('data.npz'); z.get('x')    // an NpzFile
 */
export function load(source: `${string}.npz`, opts?: LoadOptions): Promise<NpzFile>;
export function load(source: NpzBytes, opts?: LoadOptions): NpzFile;
export function load(source: ArrayBuffer | ArrayBufferView, opts?: LoadOptions): NDArray;
export function load(source: AsyncSource, opts?: LoadOptions): Promise<NDArray>;
export function load(source: ArrayBuffer | ArrayBufferView | AsyncSource, opts?: LoadOptions): NDArray | NpzFile | Promise<NDArray | NpzFile>;
export function load(source: ArrayBuffer | ArrayBufferView | AsyncSource, opts: LoadOptions = {}): NDArray | NpzFile | Promise<NDArray | NpzFile> {
  void opts;
  if (typeof source === 'string' || source instanceof URL) return loadAsync(source);
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    const b = bytesOf(source);
    return isZip(b) ? new NpzFile(b) : readNpy(b);
  }
  if (source !== null && typeof source === 'object' && typeof (source as any).arrayBuffer === 'function') {
    return loadAsync(source as AsyncSource);
  }
  throw new NumpyTypeError(`np.load takes .npy or .npz bytes (ArrayBuffer, typed array), a file name or URL, or a Blob/Response, not ${source === null ? 'null' : typeof source}`);
}

// ---------------------------------------------------------------------------------------
// frombuffer / tobytes
// ---------------------------------------------------------------------------------------

/** Options of frombuffer. */
export interface FrombufferOptions {
  /** Element type (default float64). */
  dtype?: DTypeLike;
  /** Number of items to read; -1 (default) reads to the end. */
  count?: number;
  /** Start reading at this byte offset (default 0). */
  offset?: number;
}

/**
 * A 1-d array read from a buffer's bytes (little-endian, as on every browser). Shares the
 * memory when the dtype's storage allows it (aligned and not int64/uint64/bool);
 * otherwise copies.
 *
 * @example
 * np.frombuffer(new Uint8Array([1, 0, 2, 0]), {dtype: 'int16'})   // array([1, 2], dtype=int16)
 * np.frombuffer(buf, 'uint8')
 */
export function frombuffer(buffer: ArrayBuffer | ArrayBufferView | NDArray, dtype?: DTypeLike | FrombufferOptions, opts: FrombufferOptions = {}): NDArray {
  const kw: FrombufferOptions = isOptions(opts) ? opts : {};
  const o: FrombufferOptions = isOptions(dtype) ? (dtype as FrombufferOptions) : { ...kw, dtype: (dtype as DTypeLike | undefined) ?? kw.dtype };
  const dt = toDType(o.dtype ?? 'float64');
  const bytes = buffer instanceof NDArray ? tobytes(buffer) : bytesOf(buffer);
  const size = itemsize(dt);
  const offset = o.offset ?? 0;
  const count = o.count ?? -1;
  let len = bytes.length;
  if (offset < 0 || offset > len) throw new ValueError(`offset must be non-negative and no greater than buffer length (${len})`);
  len -= offset;
  let n: number;
  if (count < 0) {
    if (len % size !== 0) throw new ValueError('buffer size must be a multiple of element size');
    n = len / size;
  } else {
    if (len < count * size) throw new ValueError('buffer is smaller than requested size');
    n = count;
  }
  const at = bytes.byteOffset + offset;
  // Strides given: NumPy's result is a view of the buffer, not an allocation, even when empty.
  if (LITTLE_ENDIAN_HOST && dt !== 'int64' && dt !== 'uint64' && dt !== 'bool' && at % size === 0) {
    const C = storageOf(dt);
    return new NDArray(new C(bytes.buffer as ArrayBuffer, at, n * lanesOf(dt)), dt, [n], [1]);
  }
  return new NDArray(decode(bytes.subarray(offset, offset + n * size), dt, n, true), dt, [n], [1]);
}

/**
 * The raw bytes of the array's elements (little-endian), in C order (default) or Fortran
 * order ('F'; 'A' is Fortran order for Fortran-contiguous arrays), as `a.tobytes()`.
 *
 * @example
 * np.tobytes(np.array([1, 2], {dtype: 'int16'}))   // Uint8Array [1, 0, 2, 0]
 * np.arange(3).tobytes()
 */
export function tobytes(a: ArrayLike, order: 'C' | 'F' | 'A' | { order?: 'C' | 'F' | 'A' } = 'C'): Uint8Array {
  const x = asarray(a);
  const ord: string = order === null || order === undefined ? 'C' : typeof order === 'object' ? (order.order ?? 'C') : order;
  if (ord !== 'C' && ord !== 'F' && ord !== 'A' && ord !== 'K') throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got ${pyStr(String(ord))})`);
  const fortran = ord === 'F' || ((ord === 'A' || ord === 'K') && !x.isCContiguous && x.isFContiguous);
  return rawBytes(copyToContiguous(fortran ? transpose(x) : x));
}

declare module './ndarray' {
  interface NDArray {
    /** The raw bytes of the elements, C order by default, as `a.tobytes()`. @example np.arange(3).tobytes() */
    tobytes(order?: 'C' | 'F' | 'A' | { order?: 'C' | 'F' | 'A' }): Uint8Array;
  }
}

(NDArray.prototype as any).tobytes = function (this: NDArray, order?: 'C' | 'F' | 'A' | { order?: 'C' | 'F' | 'A' }) {
  return tobytes(this, order);
};
