/**
 * The ndarray payload as it reaches the page, and pure helpers over it (no DOM).
 *
 * Wire format (kernel/protocol.ts's NDArrayPayload, under NDARRAY_MIME in a result's MIME
 * bundle, with NumPy's repr under 'text/plain'; the types are kept assignable, which
 * test/web/outputs/renderers/ndarray-data.test.ts checks):
 *
 *   NdarrayPayload = { dtype: string; shape: number[]; buffer: ArrayBuffer;
 *                      storage?: string; truncated?: boolean }
 *
 * - `dtype` is NumPy's name: bool, int8, int16, int32, int64, uint8, uint16, uint32,
 *   uint64, float32, float64.
 * - `buffer` holds the array's elements in C order (row-major, contiguous, from byte 0),
 *   in the storage type of the dtype, as the runtime stores them:
 *
 *     bool     Uint8Array (0 or 1)    uint8   Uint8Array
 *     int8     Int8Array              uint16  Uint16Array
 *     int16    Int16Array             uint32  Uint32Array
 *     int32    Int32Array             uint64  Float64Array (stored as doubles)
 *     int64    Float64Array (stored as doubles, exact within +-2^53)
 *     float32  Float32Array           float64 Float64Array
 *
 *   `storage`, when sent, names that typed array and is trusted over the table. The
 *   buffer's byteLength is at least size * itemsize (bytes past the elements are
 *   ignored); a view, a non-contiguous or an offset array is copied contiguous before it
 *   is sent. The buffer is transferred, not copied.
 * - `buffer` may be absent (`truncated`: the array was too large to send): then only the
 *   text view (the repr) can draw it.
 * - `shape` is [] for a 0-d array.
 */

export const NDARRAY_MIME = 'application/vnd.numbook.ndarray+json';

export interface NdarrayPayload {
  dtype: string;
  shape: number[];
  buffer?: ArrayBuffer;
  /** Name of the typed array the buffer holds (e.g. 'Float64Array'); optional. */
  storage?: string;
  /** The kernel left the buffer out (too large to send). */
  truncated?: boolean;
}

export type ElementArray =
  | Uint8Array | Int8Array | Int16Array | Int32Array | Uint16Array | Uint32Array
  | Float32Array | Float64Array;

type ElementArrayConstructor =
  | Uint8ArrayConstructor | Int8ArrayConstructor | Int16ArrayConstructor | Int32ArrayConstructor
  | Uint16ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

/** NumPy's dtype.kind: b(ool), i(nt), u(nsigned), f(loat). */
export type Kind = 'b' | 'i' | 'u' | 'f';

const STORAGE: Record<string, { kind: Kind; storage: ElementArrayConstructor }> = {
  bool: { kind: 'b', storage: Uint8Array },
  int8: { kind: 'i', storage: Int8Array },
  int16: { kind: 'i', storage: Int16Array },
  int32: { kind: 'i', storage: Int32Array },
  int64: { kind: 'i', storage: Float64Array },
  uint8: { kind: 'u', storage: Uint8Array },
  uint16: { kind: 'u', storage: Uint16Array },
  uint32: { kind: 'u', storage: Uint32Array },
  uint64: { kind: 'u', storage: Float64Array },
  float32: { kind: 'f', storage: Float32Array },
  float64: { kind: 'f', storage: Float64Array },
};

const BY_NAME: Record<string, ElementArrayConstructor> = {
  Uint8Array, Int8Array, Int16Array, Int32Array, Uint16Array, Uint32Array, Float32Array, Float64Array,
};

/** True for the dtypes this module can read. */
export function isKnownDtype(dtype: string): boolean {
  return Object.hasOwn(STORAGE, dtype);
}

export function kindOf(dtype: string): Kind {
  const s = STORAGE[dtype];
  if (!s) throw new TypeError(`unsupported dtype '${dtype}'`);
  return s.kind;
}

/** Number of elements of a shape (1 for a 0-d array). */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** The payload's elements as a typed array of its storage type, C order. */
export function elements(p: NdarrayPayload): ElementArray {
  const s = STORAGE[p.dtype];
  if (!s) throw new TypeError(`unsupported dtype '${p.dtype}'`);
  const C = (p.storage !== undefined && Object.hasOwn(BY_NAME, p.storage) ? BY_NAME[p.storage] : undefined) ?? s.storage;
  const n = sizeOf(p.shape);
  const need = n * C.BYTES_PER_ELEMENT;
  const buf = p.buffer;
  if (buf === undefined) throw new TypeError('ndarray payload has no buffer (truncated)');
  if (!(buf instanceof ArrayBuffer) && !isSharedBuffer(buf)) {
    throw new TypeError('ndarray payload buffer is not an ArrayBuffer');
  }
  if (buf.byteLength < need) {
    throw new RangeError(`ndarray payload buffer has ${buf.byteLength} bytes, shape (${p.shape.join(', ')}) of ${p.dtype} needs ${need}`);
  }
  return new C(buf, 0, n);
}

function isSharedBuffer(b: unknown): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && b instanceof SharedArrayBuffer;
}

/** Whether a payload is well formed (known dtype, sane shape, buffer large enough). */
export function isValidPayload(p: unknown): p is NdarrayPayload {
  if (!p || typeof p !== 'object') return false;
  const q = p as NdarrayPayload;
  if (typeof q.dtype !== 'string' || !isKnownDtype(q.dtype) || !Array.isArray(q.shape)) return false;
  if (!q.shape.every((d) => Number.isInteger(d) && d >= 0)) return false;
  try {
    elements(q);
    return true;
  } catch {
    return false;
  }
}

/** Builds a payload from a typed array (tests, demos; the kernel builds its own). */
export function payloadOf(dtype: string, shape: number[], data: ArrayLike<number>): NdarrayPayload {
  const s = STORAGE[dtype];
  if (!s) throw new TypeError(`unsupported dtype '${dtype}'`);
  const n = sizeOf(shape);
  if (data.length !== n) throw new RangeError(`${data.length} elements for shape (${shape.join(', ')})`);
  const out = new s.storage(n);
  for (let i = 0; i < n; i++) out[i] = data[i];
  return { dtype, shape: [...shape], buffer: out.buffer as ArrayBuffer, storage: s.storage.name };
}

export interface ValueRange {
  /** Smallest and largest finite values (NaN when there are none). */
  min: number;
  max: number;
  nan: number;
  posInf: number;
  negInf: number;
}

/** Finite range and NaN / infinity counts over all elements: one pass. */
export function valueRange(data: ArrayLike<number>): ValueRange {
  let min = Infinity;
  let max = -Infinity;
  let nan = 0;
  let posInf = 0;
  let negInf = 0;
  const n = data.length;
  for (let i = 0; i < n; i++) {
    const v = data[i];
    if (v < min) {
      if (v === -Infinity) negInf++;
      else min = v;
    }
    if (v > max) {
      if (v === Infinity) posInf++;
      else max = v;
    }
    if (v !== v) nan++;
  }
  // min and max never take an infinite value, so every infinity is counted above.
  if (min === Infinity) return { min: NaN, max: NaN, nan, posInf, negInf };
  return { min, max, nan, posInf, negInf };
}

/** C-order strides in elements. */
export function stridesOf(shape: readonly number[]): number[] {
  const st = new Array<number>(shape.length);
  let s = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    st[k] = s;
    s *= shape[k];
  }
  return st;
}

/** `[i, j]` as NumPy indexes; `[i]` for one axis. */
export function indexLabel(idx: readonly number[]): string {
  return `[${idx.join(', ')}]`;
}

/** `(3, 4)` / `(5,)` / `()` as NumPy prints a shape. */
export function shapeLabel(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

function intString(v: number): string {
  return Math.abs(v) < 1e21 ? String(v) : BigInt(v).toString();
}

/** Shortest decimal that reads back as the same float32. */
function float32String(v: number): string {
  for (let p = 1; p <= 9; p++) {
    const s = v.toPrecision(p);
    if (Math.fround(Number(s)) === v) return String(Number(s));
  }
  return String(v);
}

/** Full-precision text of one element, as NumPy's str of the scalar (for hover read-outs). */
export function formatExact(v: number, dtype: string): string {
  const k = kindOf(dtype);
  if (k === 'b') return v ? 'True' : 'False';
  if (k !== 'f') return intString(v);
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  const s = dtype === 'float32' ? float32String(v) : String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/**
 * Short text of one element for a table cell: integers in full, floats to 4 significant
 * digits with trailing zeros dropped ("1." for a whole float, as NumPy), exponent form for
 * very large or small magnitudes.
 */
export function formatShort(v: number, dtype: string): string {
  const k = kindOf(dtype);
  if (k === 'b') return v ? 'True' : 'False';
  if (k !== 'f') return intString(v);
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.' : '0.';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) {
    const [m, e] = v.toExponential(3).split('e');
    const mm = m.replace(/\.?0+$/, '');
    const ee = Number(e);
    return `${mm}e${ee < 0 ? '-' : '+'}${String(Math.abs(ee)).padStart(2, '0')}`;
  }
  let s = v.toPrecision(4);
  if (s.includes('.')) s = s.replace(/0+$/, '');
  return s.includes('.') ? s : `${s}.`;
}
