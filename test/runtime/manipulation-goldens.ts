/**
 * The runner for test/goldens/manipulation.json (made by
 * test/goldens/make_manipulation_goldens.py with NumPy 2.4), shared by the manipulation
 * and sorting tests: evaluates each case's JS, compares dtype, shape and values, or
 * NumPy's exact error class and message.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { np } from '../../runtime/index';

export type Expect =
  | { kind: 'ndarray'; dtype: string; shape: number[]; data: (number | boolean | string)[] }
  | { kind: 'tuple'; items: Expect[] }
  | { kind: 'list'; value: number[] }
  | { kind: 'number'; value: number | string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'none' }
  | { kind: 'error'; type: string; message: string };

export interface GoldenCase {
  id: string;
  js: string;
  py: string;
  expect: Expect;
}

let cache: GoldenCase[] | null = null;

export function goldenCases(): GoldenCase[] {
  if (!cache) {
    const text = readFileSync(new URL('../goldens/manipulation.json', import.meta.url), 'utf8');
    cache = JSON.parse(text).cases as GoldenCase[];
  }
  return cache;
}

export function num(v: number | boolean | string): number {
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v as number;
}

export function close(got: number, want: number, path: string): void {
  if (Number.isNaN(want)) {
    expect(Number.isNaN(got), `${path}: expected NaN, got ${got}`).toBe(true);
    return;
  }
  if (got === want) return;
  const tol = 1e-12 * Math.max(1, Math.abs(want));
  expect(Math.abs(got - want) <= tol, `${path}: expected ${want}, got ${got}`).toBe(true);
}

export function compare(got: any, want: Expect, path: string): void {
  switch (want.kind) {
    case 'ndarray': {
      expect(got?.constructor?.name, `${path}: expected an ndarray`).toBe('NDArray');
      expect(got.dtype, `${path}: dtype`).toBe(want.dtype);
      expect(got.shape, `${path}: shape`).toEqual(want.shape);
      const flat: number[] = [];
      for (let i = 0; i < got.size; i++) flat.push(got.flatGet(i));
      expect(flat.length, `${path}: size`).toBe(want.data.length);
      flat.forEach((v, i) => close(v, num(want.data[i]), `${path}[${i}]`));
      return;
    }
    case 'tuple':
      expect(Array.isArray(got), `${path}: expected a JS array`).toBe(true);
      expect(got.length, `${path}: length`).toBe(want.items.length);
      want.items.forEach((w, i) => compare(got[i], w, `${path}.${i}`));
      return;
    case 'list':
      expect(got, path).toEqual(want.value);
      return;
    case 'number':
      expect(typeof got, `${path}: expected a JS number`).toBe('number');
      close(got, num(want.value), path);
      return;
    case 'boolean':
      expect(got, path).toBe(want.value);
      return;
    case 'none':
      expect(got, path).toBeUndefined();
      return;
    case 'error':
      throw new Error('unreachable');
  }
}

export function checkGolden(c: GoldenCase): void {
  const run = () => new Function('np', `return (${c.js});`)(np);
  if (c.expect.kind === 'error') {
    const want = c.expect;
    let err: any = null;
    try {
      run();
    } catch (e) {
      err = e;
    }
    expect(err, `expected ${want.type}: ${want.message}`).not.toBeNull();
    expect(`${err.name}: ${err.message}`).toBe(`${want.type}: ${want.message}`);
    return;
  }
  compare(run(), c.expect, c.id);
}
