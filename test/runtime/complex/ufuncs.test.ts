import { describe, expect, test } from 'vitest';
import { np } from '../../../runtime/index';
import { G, fromC, mismatch } from './golden';

// Exact (last bit) for the arithmetic NumPy does in plain IEEE operations. NumPy's SIMD
// multiply and square use fused multiply-adds (one rounding less: 1 ulp apart, and an
// overflowing a*a - b*b is -inf there, nan here). The transcendental functions come from
// glibc there and from V8's Math here. complex64 computes in double and rounds once.
const EXACT = new Set(['add', 'subtract', 'divide', 'negative', 'positive', 'conjugate', 'conj',
  'reciprocal', 'equal', 'not_equal', 'isnan', 'isinf', 'isfinite', 'real', 'imag', 'less', 'less_equal', 'greater',
  'greater_equal', 'maximum', 'minimum', 'logical_and', 'logical_or', 'logical_xor']);
const FMA = new Set(['multiply', 'square']);

function rtol(name: string, dtype: string): number {
  if (dtype === 'complex64' || dtype === 'float32') return EXACT.has(name) || FMA.has(name) ? 2.4e-7 : 2e-6;
  return EXACT.has(name) ? 0 : FMA.has(name) ? 2.3e-16 : 1e-13;
}

/**
 * Inputs with an infinite, NaN or overflowing part are held to NumPy's C99 special values
 * everywhere except: FMA overflow (multiply, square), and power with such inputs (NumPy's
 * cpow comes from glibc).
 */
function skipOf(name: string, x: any): (i: number) => boolean {
  if (!FMA.has(name) && name !== 'power') return () => false;
  return (i) => [x.re[i], (x.im ?? [])[i]].some((v: any) => typeof v === 'string' || Math.abs(v) > 1e200);
}

describe('complex unary ufuncs against NumPy', () => {
  G.unary.forEach((c: any) => {
    test(`${c.name}(${c.x.dtype})${c.deg ? ' deg' : ''}`, () => {
      const f = (np as any)[c.name];
      const r = c.deg ? f(fromC(c.x), true) : f(fromC(c.x));
      expect(mismatch(r, c.out, rtol(c.name, c.x.dtype), skipOf(c.name, c.x))).toBeNull();
    });
  });
});

describe('complex binary ufuncs against NumPy', () => {
  G.binary.forEach((c: any, k: number) => {
    const y = c.y ? `${c.y.dtype}` : c.scalarc ? `complex(${c.scalarc})` : `${c.scalar}`;
    test(`${k} ${c.name}(${c.x.dtype}, ${y})`, () => {
      const f = (np as any)[c.name];
      const other = c.y ? fromC(c.y) : c.scalarc ? np.complex(c.scalarc[0], c.scalarc[1]) : c.scalar;
      const r = f(fromC(c.x), other);
      expect(mismatch(r, c.out, rtol(c.name, c.out.dtype), skipOf(c.name, c.x))).toBeNull();
    });
  });
});
