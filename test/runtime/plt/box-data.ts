/** make_plt_goldens.py's box_data(k): waves with every 17th value scaled up (outliers). */
import { np, type NDArray } from '../../../runtime/index';

export function boxData(k: number): NDArray {
  const n = np.arange(60 + 10 * k);
  const d = np.add(np.add(np.multiply(np.sin(np.add(np.multiply(n, 0.61), k)), 1 + k), np.multiply(np.cos(np.multiply(n, 0.27)), 0.5)), k);
  d.set('::17', np.multiply(d.get('::17'), 4));
  return d;
}
