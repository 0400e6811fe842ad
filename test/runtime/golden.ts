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
