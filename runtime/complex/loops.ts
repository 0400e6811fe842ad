/**
 * Generated row kernels of the complex ufuncs: one compiled function per (ufunc, operand
 * kinds, storage types), as kernels.ts does for real dtypes, so that each loop stays
 * monomorphic and V8 inlines the scalar function into it. Each binary kernel has a
 * contiguous path, paths for one operand fixed (a scalar or a broadcast axis: read once,
 * no broadcast copy) and the general strided loop.
 *
 * Offsets and strides count elements: a complex operand's element k is the pair
 * [2k], [2k + 1]; a real operand (a float array of the complex dtype's part type, read
 * as x + 0j without a widening copy) and a bool output are one slot per element.
 * Every pair is read into locals before the output is written, so `out` may be an input.
 */
import type { TypedArray } from '../dtype';
import { R } from './cmath';

/** (n, o, oo, os, a, ao, as, b, bo, bs): n elements of o = f(a, b). */
export type CBinaryKernel = (
  n: number, o: TypedArray, oo: number, os: number,
  a: TypedArray, ao: number, as: number, b: TypedArray, bo: number, bs: number,
) => void;

/** (n, o, oo, os, a, ao, as): n elements of o = f(a). */
export type CUnaryKernel = (n: number, o: TypedArray, oo: number, os: number, a: TypedArray, ao: number, as: number) => void;

/**
 * How a kernel computes one element from the locals ar, ai (and br, bi): `re`/`im` are
 * expressions of the complex result; `pred` an expression of a bool result (1 or 0);
 * `real` a scalar function returning a real result; `call` a scalar function of
 * cmath.ts that leaves a complex result in R.
 */
export type Body =
  | { re: string; im: string }
  | { pred: string }
  | { real: (...x: number[]) => number }
  | { call: (...x: number[]) => void };

/** An operand of a kernel: a complex array ('c') or a real one read as x + 0j ('r'). */
export type Kind = 'c' | 'r';

const cache = new Map<string, (...args: any[]) => void>();

function loads(kind: Kind, arr: string, idx: string, re: string, im: string): string {
  return kind === 'c' ? `const ${re} = ${arr}[${idx}], ${im} = ${arr}[${idx} + 1];` : `const ${re} = ${arr}[${idx}], ${im} = 0;`;
}

function store(body: Body, args: string): string {
  if ('pred' in body) return `o[p] = ${body.pred};`;
  if ('real' in body) return `o[p] = F(${args});`;
  if ('call' in body) return `F(${args}); o[p] = R.re; o[p + 1] = R.im;`;
  return `const zr = ${body.re}, zi = ${body.im}; o[p] = zr; o[p + 1] = zi;`;
}

const fnOf = (body: Body) => ('call' in body ? body.call : 'real' in body ? body.real : null);

/** Element step of an operand's buffer index: 2 per complex element, 1 per real one. */
const width = (kind: Kind | 'b'): number => (kind === 'c' ? 2 : 1);

/**
 * The binary kernel for `body` with operands of kinds `ka`, `kb` (not both real), on these
 * storage types; `key` names the body (the ufunc) in the cache.
 */
export function binaryKernel(key: string, body: Body, ka: Kind, kb: Kind, o: TypedArray, a: TypedArray, b: TypedArray): CBinaryKernel {
  const ko = 'pred' in body || 'real' in body ? 'b' : 'c';
  const id = `${key}|${ka}${kb}|${o.constructor.name}|${a.constructor.name}|${b.constructor.name}`;
  let k = cache.get(id);
  if (k === undefined) {
    const wo = width(ko), wa = width(ka), wb = width(kb);
    const la = loads(ka, 'a', 'q', 'ar', 'ai');
    const lb = loads(kb, 'b', 'r', 'br', 'bi');
    const st = store(body, 'ar, ai, br, bi');
    const src = `return function cbin(n, o, oo, os, a, ao, as, b, bo, bs) {
  let p = ${wo} * oo, q = ${wa} * ao, r = ${wb} * bo;
  if (os === 1 && as === 1 && bs === 1) {
    for (let i = 0; i < n; i++, p += ${wo}, q += ${wa}, r += ${wb}) { ${la} ${lb} ${st} }
    return;
  }
  if (os === 1 && as === 1 && bs === 0) {
    ${lb}
    for (let i = 0; i < n; i++, p += ${wo}, q += ${wa}) { ${la} ${st} }
    return;
  }
  if (os === 1 && as === 0 && bs === 1) {
    ${la}
    for (let i = 0; i < n; i++, p += ${wo}, r += ${wb}) { ${lb} ${st} }
    return;
  }
  const ps = ${wo} * os, qs = ${wa} * as, rs = ${wb} * bs;
  for (let i = 0; i < n; i++, p += ps, q += qs, r += rs) { ${la} ${lb} ${st} }
};`;
    k = new Function('F', 'R', src)(fnOf(body), R) as (...args: any[]) => void;
    cache.set(id, k);
  }
  return k as CBinaryKernel;
}

/** The unary kernel for `body` (a complex input), on these storage types. */
export function unaryKernel(key: string, body: Body, o: TypedArray, a: TypedArray): CUnaryKernel {
  const ko = 'pred' in body || 'real' in body ? 'b' : 'c';
  const id = `${key}|u|${o.constructor.name}|${a.constructor.name}`;
  let k = cache.get(id);
  if (k === undefined) {
    const wo = width(ko);
    const la = loads('c', 'a', 'q', 'ar', 'ai');
    const st = store(body, 'ar, ai');
    const src = `return function cun(n, o, oo, os, a, ao, as) {
  let p = ${wo} * oo, q = 2 * ao;
  if (os === 1 && as === 1) {
    for (let i = 0; i < n; i++, p += ${wo}, q += 2) { ${la} ${st} }
    return;
  }
  const ps = ${wo} * os, qs = 2 * as;
  for (let i = 0; i < n; i++, p += ps, q += qs) { ${la} ${st} }
};`;
    k = new Function('F', 'R', src)(fnOf(body), R) as (...args: any[]) => void;
    cache.set(id, k);
  }
  return k as CUnaryKernel;
}
