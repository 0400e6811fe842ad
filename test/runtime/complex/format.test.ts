import { afterEach, describe, expect, test } from 'vitest';
import { np } from '../../../runtime/index';
import { G, fromC } from './golden';

describe('printing complex arrays (NumPy goldens)', () => {
  afterEach(() => np.reset_printoptions());
  G.printing.forEach((c: any, k: number) => {
    test(`case ${k}: ${c.repr.slice(0, 50)}`, () => {
      np.set_printoptions(c.opts);
      const a = fromC(c.a);
      expect(np.array_repr(a)).toBe(c.repr);
      expect(String(a)).toBe(c.str);
    });
  });
});
