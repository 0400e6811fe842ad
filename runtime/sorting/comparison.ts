/**
 * Stable comparison sorts for short rows, where a radix sort's bucket tables cost more
 * than they save: insertion-sorted runs of 16, then bottom-up merges. Rows are read as
 * doubles (exact for every dtype); NaNs go last in input order and ties, -0 against +0
 * included, keep their input order, as the radix kernels do.
 */
import type { SortScratch } from './scratch';

const RUN = 16;

/** Sorts k[0..m) stably; returns the buffer holding the result (k or k2). */
function mergeSortValues(k: Float64Array, k2: Float64Array, m: number): Float64Array {
  for (let s = 0; s < m; s += RUN) {
    const e = Math.min(s + RUN, m);
    for (let i = s + 1; i < e; i++) {
      const v = k[i];
      let j = i - 1;
      while (j >= s && k[j] > v) {
        k[j + 1] = k[j];
        j--;
      }
      k[j + 1] = v;
    }
  }
  let a = k;
  let b = k2;
  for (let w = RUN; w < m; w *= 2) {
    for (let lo = 0; lo < m; lo += 2 * w) {
      const mid = Math.min(lo + w, m);
      const hi = Math.min(lo + 2 * w, m);
      let i = lo;
      let j = mid;
      let o = lo;
      while (i < mid && j < hi) b[o++] = a[j] < a[i] ? a[j++] : a[i++];
      while (i < mid) b[o++] = a[i++];
      while (j < hi) b[o++] = a[j++];
    }
    const t = a;
    a = b;
    b = t;
  }
  return a;
}

/** Sorts keys k[0..m) stably carrying ids; returns whether the result is in (k2, id2). */
function mergeSortKeyed(k: Float64Array, k2: Float64Array, id: Int32Array, id2: Int32Array, m: number): boolean {
  for (let s = 0; s < m; s += RUN) {
    const e = Math.min(s + RUN, m);
    for (let i = s + 1; i < e; i++) {
      const v = k[i];
      const x = id[i];
      let j = i - 1;
      while (j >= s && k[j] > v) {
        k[j + 1] = k[j];
        id[j + 1] = id[j];
        j--;
      }
      k[j + 1] = v;
      id[j + 1] = x;
    }
  }
  let a = k;
  let b = k2;
  let ia = id;
  let ib = id2;
  let swapped = false;
  for (let w = RUN; w < m; w *= 2) {
    for (let lo = 0; lo < m; lo += 2 * w) {
      const mid = Math.min(lo + w, m);
      const hi = Math.min(lo + 2 * w, m);
      let i = lo;
      let j = mid;
      let o = lo;
      while (i < mid && j < hi) {
        if (a[j] < a[i]) {
          ib[o] = ia[j];
          b[o++] = a[j++];
        } else {
          ib[o] = ia[i];
          b[o++] = a[i++];
        }
      }
      for (; i < mid; i++, o++) {
        ib[o] = ia[i];
        b[o] = a[i];
      }
      for (; j < hi; j++, o++) {
        ib[o] = ia[j];
        b[o] = a[j];
      }
    }
    const t = a;
    a = b;
    b = t;
    const ti = ia;
    ia = ib;
    ib = ti;
    swapped = !swapped;
  }
  return swapped;
}

/** Sorts src[so .. so + n) into dst[d0 .. d0 + n). */
export function comparisonSort(src: Float64Array, so: number, dst: Float64Array, d0: number, n: number, sc: SortScratch): void {
  const k = sc.f64(0);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = src[so + i];
    if (v === v) k[m++] = v;
  }
  const r = mergeSortValues(k, sc.f64(1), m);
  for (let i = 0; i < m; i++) dst[d0 + i] = r[i];
  if (m < n) {
    for (let i = 0, j = d0 + m; i < n; i++) {
      const v = src[so + i];
      if (v !== v) dst[j++] = v;
    }
  }
}

/** Writes the stable sorting permutation of src[so .. so + n) to out[o0 .. o0 + n). */
export function comparisonArgsort(src: Float64Array, so: number, out: Float64Array | Int32Array, o0: number, n: number, sc: SortScratch): void {
  const k = sc.f64(0);
  const id = sc.i32(0);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = src[so + i];
    if (v === v) {
      k[m] = v;
      id[m++] = i;
    }
  }
  const r = mergeSortKeyed(k, sc.f64(1), id, sc.i32(1), m) ? sc.i32(1) : id;
  for (let i = 0; i < m; i++) out[o0 + i] = r[i];
  if (m < n) {
    for (let i = 0, j = o0 + m; i < n; i++) {
      const v = src[so + i];
      if (v !== v) out[j++] = i;
    }
  }
}
