/**
 * Reading NumPy goldens (test/goldens/*.json) in tests: arrays encoded as
 * {dtype, shape, data} with NaN/inf as strings, and a comparison that reports the first
 * mismatch the way the conformance runner does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { np, NDArray } from '../../runtime/index';

export interface GoldenArray {
  dtype: string;
  shape: number[];
  data: (number | boolean | string)[];
}

export function loadGolden<T = any>(name: string): T {
  const url = new URL(`../goldens/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

export function decode(v: number | boolean | string): number | boolean {
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  return v as number | boolean;
}

/** An NDArray holding a golden's data. float16 goldens (NumPy-only dtype) become float32. */
export function fromGolden(g: GoldenArray): NDArray {
  const dtype = g.dtype === 'float16' ? 'float32' : g.dtype;
  return np.array(g.data.map(decode) as number[], { dtype }).reshape(g.shape);
}

/** null when `got` matches the golden (dtype, shape, values within tolerance), else why not. */
export function mismatch(got: unknown, g: GoldenArray, rtol = 1e-12, atol = 0): string | null {
  const expectDtype = g.dtype === 'float16' ? 'float32' : g.dtype;
  const arr = got instanceof NDArray ? got : np.asarray(got as number, { dtype: expectDtype });
  if (arr.dtype !== expectDtype) return `dtype ${arr.dtype}, expected ${expectDtype}`;
  if (JSON.stringify(arr.shape) !== JSON.stringify(g.shape)) return `shape ${JSON.stringify(arr.shape)}, expected ${JSON.stringify(g.shape)}`;
  if (g.dtype === 'float16') rtol = Math.max(rtol, 1e-3);
  for (let i = 0; i < g.data.length; i++) {
    const e = decode(g.data[i]);
    const v = arr.flatGet(i);
    const ev = typeof e === 'boolean' ? (e ? 1 : 0) : e;
    if (Number.isNaN(ev) ? !Number.isNaN(v) : !(v === ev || Math.abs(v - ev) <= atol + rtol * Math.abs(ev))) {
      return `data[${i}] = ${v}, expected ${ev}`;
    }
  }
  return null;
}

/** murmur3's 32-bit finalizer of x * 0x9E3779B1 (as test/goldens/hashed_data.py). */
function mix(x: number): number {
  x = Math.imul(x, 0x9e3779b1) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x = (x ^ (x >>> 13)) >>> 0;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** The i-th 53-bit hash fraction in [0, 1) of test/goldens/hashed_data.py's fraction(n): the same bits in both. */
export function hashedFraction(i: number): number {
  return (mix(i) * 2 ** 21 + (mix((i + 0x7f4a7c15) >>> 0) >>> 11)) / 2 ** 53;
}
