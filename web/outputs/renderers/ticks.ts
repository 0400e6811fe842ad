/**
 * Axis ticks at "nice" values (1, 2, 5 x 10^k) and their labels (pure, no DOM). Used by
 * the plot's axes and the heatmap's colorbar.
 */

/** A round step near span / target: 1, 2 or 5 times a power of ten. */
export function niceStep(span: number, target = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, target);
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  const m = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
  return m * p;
}

function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

export interface Ticks {
  values: number[];
  step: number;
}

/**
 * Tick values on [lo, hi] (both included when they fall on a step), about `target` of them.
 * `integer` keeps steps whole (array indices). lo == hi gives the one value.
 */
export function niceTicks(lo: number, hi: number, target = 5, integer = false): Ticks {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { values: [], step: 1 };
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) return { values: [lo], step: 1 };
  let step = niceStep(hi - lo, target);
  if (integer && step < 1) step = 1;
  const d = decimalsOf(step);
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const values: number[] = [];
  for (let k = first; k <= last; k++) {
    const v = k * step;
    values.push(d > 0 ? Number(v.toFixed(Math.min(d, 20))) : v === 0 ? 0 : v);
  }
  return { values, step };
}

/** Label of tick v on a scale with the given step: as many decimals as the step needs. */
export function formatTick(v: number, step: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-4) {
    const digits = Math.min(6, Math.max(0, Math.floor(Math.log10(a) + 1e-9) - Math.floor(Math.log10(step) + 1e-9)));
    const [m, e] = v.toExponential(digits).split('e');
    const mm = m.includes('.') ? m.replace(/\.?0+$/, '') : m;
    return `${mm}e${Number(e)}`;
  }
  return v.toFixed(Math.min(decimalsOf(step), 20));
}
