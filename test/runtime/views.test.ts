import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { np } from '../../runtime/index';

const shapeArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 });

describe('views', () => {
  it('property: reshape round-trips and shares memory with contiguous data', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const size = shape.reduce((p, q) => p * q, 1);
        const a = np.arange(size);
        const r = a.reshape(shape);
        expect(r.shape).toEqual(shape);
        expect(r.reshape(-1).tolist()).toEqual(a.tolist());
        expect(r.base).toBe(a);
        r.set(...shape.map(() => 0), 99);
        expect(a.get(0)).toBe(99);
      }),
    );
  });

  it('property: transpose twice is the identity, and T reverses shape and strides', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const a = np.arange(shape.reduce((p, q) => p * q, 1)).reshape(shape);
        expect(a.T.shape).toEqual([...shape].reverse());
        expect(a.T.strides).toEqual([...a.strides].reverse());
        expect(a.T.T.tolist()).toEqual(a.tolist());
        // A transposed view reshaped reads in C order of the view (a copy when needed).
        expect(a.T.reshape(-1).tolist()).toEqual(a.T.copy().reshape(-1).tolist());
      }),
    );
  });

  it('reshape errors read like NumPy', () => {
    expect(() => np.arange(6).reshape(4)).toThrow('cannot reshape array of size 6 into shape (4,)');
    expect(() => np.arange(6).reshape(-1, -1)).toThrow('can only specify one unknown dimension');
    expect(() => np.arange(6).reshape(4, -1)).toThrow('cannot reshape array of size 6 into shape (4, -1)');
  });

  it('expand_dims, squeeze, moveaxis, swapaxes, broadcast_to', () => {
    const a = np.arange(6).reshape(2, 3);
    expect(np.expand_dims(a, -1).shape).toEqual([2, 3, 1]);
    expect(np.squeeze(np.zeros([1, 3, 1])).shape).toEqual([3]);
    expect(() => np.squeeze(np.zeros([2, 1]), { axis: 0 })).toThrow('cannot select an axis to squeeze out which has size not equal to one');
    expect(np.moveaxis(np.zeros([2, 3, 4]), 0, -1).shape).toEqual([3, 4, 2]);
    expect(np.swapaxes(np.zeros([2, 3, 4]), 0, 2).shape).toEqual([4, 3, 2]);
    expect(np.broadcast_to(np.array([1, 2, 3]), [2, 3]).tolist()).toEqual([[1, 2, 3], [1, 2, 3]]);
    expect(np.broadcast_to(np.array([1, 2, 3]), [2, 3]).strides).toEqual([0, 8]);
  });
});
