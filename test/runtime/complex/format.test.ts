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

describe("the formatter print option for complex elements (NumPy's text)", () => {
  const a = np.array([np.complex(1, 2), np.complex(3, -4)]);
  test('complexfloat gets a Complex; all applies; float_kind does not', () => {
    const f = (x: any) => `${x.re.toFixed(1)}|${x.im.toFixed(1)}`;
    expect(np.array2string(a, { formatter: { complexfloat: f } })).toBe('[1.0|2.0 3.0|-4.0]');
    expect(np.array2string(a, { formatter: { all: () => 'X' } })).toBe('[X X]');
    expect(np.array2string(a, { formatter: { float_kind: () => 'F' } })).toBe('[1.+2.j 3.-4.j]');
  });
});
