/**
 * The canonical form and salted hashes of expected values (kernel/exercises/): stable
 * across dtype-preserving round trips (a new array, a view, a non-contiguous slice, a .npy
 * round trip, JS numbers against 0-d arrays), different for another shape, other values,
 * another kind of dtype or another salt; rounding is np.round's (half to even).
 */
import { describe, it, expect } from 'vitest';
import { np } from '../../../runtime/index';
import { canonical } from '../../../kernel/exercises/canonical';
import { hashCanonical, saltedHash, sha256Hex } from '../../../kernel/exercises/hash';

const h = async (v: unknown, opts = {}, salt = 's') => (await hashCanonical(salt, canonical(v, opts)!)).hash;
const shapeH = async (v: unknown, opts = {}, salt = 's') => (await hashCanonical(salt, canonical(v, opts)!)).shape_hash;

describe('canonical form and hashes of expected values', () => {
  it('SHA-256 is Web Crypto\'s', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await saltedHash('salt', 'x')).toBe(`sha256:${await sha256Hex('salt\nx')}`);
  });

  it('is stable across dtype-preserving round trips', async () => {
    const a = np.arange(12).reshape(3, 4).astype('float64').mul(0.1);
    const ref = await h(a);
    expect(await h(a.copy())).toBe(ref);
    expect(await h(np.array(a.tolist(), { dtype: 'float64' }))).toBe(ref);
    expect(await h(np.load(np.save(a)))).toBe(ref);
    // A transposed copy's transpose: the same elements in another memory order.
    expect(await h(a.T.copy().T)).toBe(ref);
    // A non-contiguous view of a bigger array.
    const big = np.arange(24).reshape(3, 8).astype('float64').mul(0.1);
    expect(await h(big.get(':, ::2'))).toBe(await h(np.ascontiguousarray(big.get(':, ::2'))));
    // ints: a list, an int32 array (same kind), a .npy round trip
    const ids = np.array([3, 1, 4, 1, 5]);
    expect(await h([3, 1, 4, 1, 5])).toBe(await h(ids));
    expect(await h(ids.astype('int32'))).toBe(await h(ids));
    expect(await h(np.load(np.save(ids.astype('uint8'))))).toBe(await h(ids));
    // uint8 images
    const img = np.arange(2 * 3 * 3).reshape(2, 3, 3).astype('uint8');
    expect(await h(np.load(np.save(img)))).toBe(await h(img));
    expect(await h(img.get('::-1').get('::-1'))).toBe(await h(img));
    // scalars: a JS number, a 0-d array, a float that rounds the same
    expect(await h(np.array(45).sum())).toBe(await h(45));
    expect(await h(np.asarray(2.5).reshape([]))).toBe(await h(2.5));
    expect(await h(0.1 + 0.2)).toBe(await h(0.3));
    expect(await h(-0)).toBe(await h(0));
  });

  it('differs for another shape, other values, another kind or another salt', async () => {
    const a = np.array([1, 2, 3, 4, 5, 6]);
    const ref = await h(a);
    expect(await h(a.reshape(2, 3))).not.toBe(ref);
    expect(await h(a.reshape(6, 1))).not.toBe(ref);
    expect(await shapeH(a.reshape(2, 3))).not.toBe(await shapeH(a));
    expect(await shapeH(a.add(1))).toBe(await shapeH(a));
    expect(await h(a.add(1))).not.toBe(ref);
    expect(await h(np.array([1, 2, 3, 4, 5, 7]))).not.toBe(ref);
    expect(await h(a.astype('float64'))).not.toBe(ref);
    expect(await h(a.astype('float64'), { dtype: 'any' })).toBe(await h(a, { dtype: 'any' }));
    expect(await h(a.astype('int32'), { dtype: 'exact' })).not.toBe(await h(a, { dtype: 'exact' }));
    expect(await h(a, {}, 'other salt')).not.toBe(ref);
    expect(await h(np.array([true, false]))).not.toBe(await h(np.array([1, 0])));
    expect(await h(np.array([[1, 2], [3, 4]]))).not.toBe(await h(np.array([[1, 3], [2, 4]])));
  });

  it('rounds as np.round to the declared decimals (half to even), and names nan and inf', async () => {
    expect(canonical(np.array([0.125, 0.375, -0.0000001, 2.5e-7], { dtype: 'float64' }), { decimals: 2 })!.text.split('\n').pop()).toBe('0.12,0.38,0.00,0.00');
    expect(canonical(np.array([Number.NaN, Infinity, -Infinity, 1], { dtype: 'float64' }))!.text.split('\n').pop()).toBe('nan,inf,-inf,1.000000');
    expect(await h(np.array([1.0000001, 2], { dtype: 'float64' }))).toBe(await h(np.array([1, 2], { dtype: 'float64' })));
    expect(await h(np.array([1.00001, 2], { dtype: 'float64' }))).not.toBe(await h(np.array([1, 2], { dtype: 'float64' })));
    expect(await h(np.array([1.004, 2], { dtype: 'float64' }), { decimals: 2 })).toBe(await h(np.array([1, 2], { dtype: 'float64' }), { decimals: 2 }));
    // float32 and float64 of the same decimals agree at 6 digits
    expect(await h(np.array([0.1, 0.2], { dtype: 'float32' }))).toBe(await h(np.array([0.1, 0.2], { dtype: 'float64' })));
  });

  it('canonicalises strings, string lists and maps', async () => {
    expect(await h(['to', 'be'])).toBe(await h(['to', 'be']));
    expect(await h(['to', 'be'])).not.toBe(await h(['be', 'to']));
    expect(await h(new Map([['b', 2], ['a', 1]]))).toBe(await h({ a: 1, b: 2 }));
    expect(await h('abc')).not.toBe(await h(['abc']));
  });

  it('writes values as another kind only when they are of it', () => {
    expect(canonical(np.array([1, 2], { dtype: 'float64' }), { as: 'int' })!.text).toBe(canonical(np.array([1, 2]))!.text);
    expect(canonical(np.array([1.5, 2], { dtype: 'float64' }), { as: 'int' })).toBeNull();
    expect(canonical(np.array([0, 1]), { as: 'bool' })!.text).toBe(canonical(np.array([false, true]))!.text);
  });
});
