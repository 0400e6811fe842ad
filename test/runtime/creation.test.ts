import { describe, it, expect } from 'vitest';
import { np } from '../../runtime/index';

describe('creation', () => {
  it('infers dtypes as NumPy does', () => {
    expect(np.array([1, 2, 3]).dtype).toBe('int64');
    expect(np.array([1, 2.5]).dtype).toBe('float64');
    expect(np.array([true, false]).dtype).toBe('bool');
    expect(np.array([1, true]).dtype).toBe('int64');
    expect(np.array(new Float32Array([1, 2])).dtype).toBe('float32');
    expect(np.array([np.zeros(2, { dtype: 'float32' }), np.ones(2, { dtype: 'float32' })]).dtype).toBe('float32');
  });

  it('refuses ragged lists and negative dimensions with NumPy messages', () => {
    expect(() => np.array([[1, 2], [3]])).toThrow(
      'setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.',
    );
    expect(() => np.zeros(-1)).toThrow('negative dimensions are not allowed');
    expect(() => np.array([300], { dtype: 'uint8' })).toThrow('Python integer 300 out of bounds for uint8');
    expect(() => np.zeros(2, { dtype: 'float128' })).toThrow("data type 'float128' not understood");
  });

  it('ranges', () => {
    expect(np.arange(0, 1, 0.25).tolist()).toEqual([0, 0.25, 0.5, 0.75]);
    expect(np.arange(10, 0, -3).tolist()).toEqual([10, 7, 4, 1]);
    expect(np.linspace(0, 1, 5).tolist()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(np.linspace(0, 1, 5, { endpoint: false }).tolist()).toEqual([0, 0.2, 0.4, 0.6000000000000001, 0.8]);
    expect(np.logspace(0, 3, 4).tolist()).toEqual([1, 10, 100, 1000]);
  });

  it('matrices', () => {
    expect(np.eye(2, 3, 1).tolist()).toEqual([[0, 1, 0], [0, 0, 1]]);
    expect(np.diag([1, 2], 1).tolist()).toEqual([[0, 1, 0], [0, 0, 2], [0, 0, 0]]);
    expect(np.diag(np.arange(9).reshape(3, 3), -1).tolist()).toEqual([3, 7]);
    expect(np.tri(3, 3, -1).tolist()).toEqual([[0, 0, 0], [1, 0, 0], [1, 1, 0]]);
    const [X, Y] = np.meshgrid(np.array([1, 2, 3]), np.array([4, 5]));
    expect(X.tolist()).toEqual([[1, 2, 3], [1, 2, 3]]);
    expect(Y.tolist()).toEqual([[4, 4, 4], [5, 5, 5]]);
    expect(np.fromfunction((i, j) => i.mul(10).add(j), [2, 3]).dtype).toBe('float64');
  });

  it('casts on astype as NumPy does (truncation, wraparound, bool)', () => {
    expect(np.array([1.7, -1.7, 2.5, -2.5]).astype('int64').tolist()).toEqual([1, -1, 2, -2]);
    expect(np.array([300, -1, 255]).astype('uint8').tolist()).toEqual([44, 255, 255]);
    expect(np.array([0, 1, 2]).astype('bool').tolist()).toEqual([false, true, true]);
    expect(np.array([-1]).astype('uint64').tolist()).toEqual([18446744073709551615]);
  });

  it('reports strides, itemsize, nbytes and base as NumPy', () => {
    const m = np.arange(12).reshape(3, 4);
    expect(m.strides).toEqual([32, 8]);
    expect(np.zeros([3, 4], { dtype: 'float32' }).nbytes).toBe(48);
    expect(np.array([1, 2]).base).toBe(null);
    expect(m.get('1:').base).not.toBe(null);
  });

  it('refuses allocations past the memory limit with MemoryError', () => {
    expect(() => np.zeros([100000, 100000])).toThrowError(np.MemoryError);
  });
});
