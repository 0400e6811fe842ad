import { describe, expect, test } from 'vitest';
import { np } from '../../../runtime/index';
import { G, fromC, mismatch } from './golden';

const bytesOf = (b64: string) => Uint8Array.from(Buffer.from(b64, 'base64'));

describe('.npy of complex arrays (<c8, <c16) against np.save', () => {
  G.npy.forEach((c: any, k: number) => {
    test(`load case ${k}: ${c.a.dtype} ${c.a.shape}`, () => {
      const a = np.load(bytesOf(c.bytes));
      expect(mismatch(a, c.a)).toBeNull();
    });
    if (c.native) {
      test(`save case ${k} gives NumPy's bytes`, () => {
        expect(Buffer.from(np.save(fromC(c.a))).toString('base64')).toBe(c.bytes);
      });
    }
  });

  test('frombuffer and tobytes round-trip complex64', () => {
    const a = np.array([np.complex(1, 2), np.complex(-3, 0.5)], { dtype: 'complex64' });
    const b = np.frombuffer(a.tobytes(), { dtype: 'complex64' });
    expect(String(b)).toBe('[ 1.+2.j  -3.+0.5j]'); // NumPy's str
  });
});
