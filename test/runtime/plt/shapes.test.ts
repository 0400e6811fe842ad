/**
 * The plot types beyond lines and bars against matplotlib 3.6 (test/goldens/plt.json):
 * contour levels, layers and norm; boxplot statistics; pie wedge angles, centres, label
 * and percentage texts. Also the geometry of contours (a cone's isolines are circles,
 * filled bands tile the grid), steps, stems and twin axes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { np } from '../../../runtime/index';
import * as plt from '../../../runtime/plt/pyplot';
import { closeAll } from '../../../runtime/plt/state';
import { boxplotStats } from '../../../runtime/plt/boxplot';
import { percentFormat } from '../../../runtime/plt/pie';
import { isobands, isolines, type Grid } from '../../../runtime/plt/contour-grid';
import type { ContourSpec, LineSpec, PatchSpec } from '../../../runtime/plt/spec';
import type { Line2D } from '../../../runtime/plt/artists';
import { Polygon } from '../../../runtime/plt/patches';
import { boxData } from './box-data';

interface ContourGolden { zmin: number; zmax: number; n: number; filled: boolean; extend: 'neither' | 'min' | 'max' | 'both'; levels: number[]; layers: number[]; clim: number[] }
interface PieGolden {
  x: number[];
  kw: Record<string, unknown>;
  wedges: { theta1: number; theta2: number; center: number[]; color: string }[];
  texts: { xy: number[]; text: string; ha: string }[];
  autotexts: { xy: number[]; text: string }[];
  xlim: number[];
}
const G = JSON.parse(readFileSync('test/goldens/plt.json', 'utf8')) as {
  contour: ContourGolden[]; boxplot: Record<string, number | number[]>[]; pie: PieGolden[]; clabel: { scale: number; n: number; levels: number[]; texts: string[] }[];
};

afterEach(() => closeAll());

const close = (a: number[], b: number[], rel = 1e-9) => {
  expect(a.length, `${a} vs ${b}`).toBe(b.length);
  a.forEach((v, i) => expect(Math.abs(v - b[i]) <= rel * Math.max(1, Math.abs(b[i])), `${a} vs ${b}`).toBe(true));
};

describe('contour levels as matplotlib chooses them', () => {
  for (const g of G.contour) {
    it(`${g.filled ? 'contourf' : 'contour'} z in [${g.zmin}, ${g.zmax}], ${g.n} levels, extend ${g.extend}`, () => {
      const Z = np.linspace(g.zmin, g.zmax, 12).reshape(3, 4);
      const cs = g.filled ? plt.contourf(Z, g.n, { extend: g.extend }) : plt.contour(Z, g.n, { extend: g.extend });
      close(cs.levels.tolist() as number[], g.levels, 1e-12);
      // Extended layers run to ±1e250 halves, as matplotlib's.
      close(cs.layers.tolist() as number[], g.layers, 1e-12);
      close(cs.get_clim(), g.clim, 1e-12);
    });
  }
  it('explicit levels, and matplotlib\'s messages', () => {
    const Z = np.linspace(0, 1, 16).reshape(4, 4);
    expect(plt.contour(Z, [0.2, 0.5]).levels.tolist()).toEqual([0.2, 0.5]);
    expect(() => plt.contour(Z, [0.5, 0.2])).toThrow('Contour levels must be increasing');
    expect(() => plt.contourf(Z, [0.5])).toThrow('Filled contours require at least 2 levels.');
    expect(() => plt.contour(np.arange(4))).toThrow('Input z must be 2D, not 1D');
    expect(() => plt.contour(np.arange(3), np.arange(4), Z)).toThrow('Length of x (3) must match number of columns in z (4)');
  });
});

describe('contour geometry', () => {
  /** A cone z = sqrt(x^2 + y^2) on [-1, 1]^2. */
  const cone = (n: number): Grid => {
    const X = new Float64Array(n * n);
    const Y = new Float64Array(n * n);
    const z = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      const k = i * n + j;
      X[k] = -1 + (2 * j) / (n - 1);
      Y[k] = -1 + (2 * i) / (n - 1);
      z[k] = Math.hypot(X[k], Y[k]);
    }
    return { nx: n, ny: n, z, X, Y, rect: true };
  };
  it('isolines of a cone are closed circles of the level\'s radius', () => {
    const p = isolines(cone(41), 0.6);
    expect(p.x.some((v) => Number.isNaN(v))).toBe(false); // one polyline
    expect(p.x.length).toBeGreaterThan(40);
    expect(p.x[0]).toBeCloseTo(p.x[p.x.length - 1], 12);
    expect(p.y[0]).toBeCloseTo(p.y[p.y.length - 1], 12);
    for (let k = 0; k < p.x.length; k++) expect(Math.abs(Math.hypot(p.x[k], p.y[k]) - 0.6)).toBeLessThan(0.01);
  });
  it('filled bands tile the grid: their areas add up to the whole and match the annuli', () => {
    const levels = [0, 0.5, 1, 1.5];
    const bands = isobands(cone(61), levels);
    const area = (xs: number[], ys: number[]) => {
      let total = 0;
      let s = 0;
      for (let k = 0; k <= xs.length; k++) {
        if (k === xs.length || Number.isNaN(xs[k])) {
          let a = 0;
          for (let q = s; q < k; q++) {
            const r = q + 1 < k ? q + 1 : s;
            a += xs[q] * ys[r] - xs[r] * ys[q];
          }
          total += Math.abs(a) / 2;
          s = k + 1;
        }
      }
      return total;
    };
    const areas = bands.map((b) => area(b.x, b.y));
    expect(areas.reduce((a, b) => a + b, 0)).toBeCloseTo(4, 6);
    expect(areas[0]).toBeCloseTo(Math.PI * 0.25, 2);
    expect(areas[1]).toBeCloseTo(Math.PI * (1 - 0.25), 2);
  });
  it('contourf limits hug the grid, and its colorbar is banded at the levels', () => {
    const [X, Y] = np.meshgrid(np.linspace(0, 4, 20), np.linspace(-1, 1, 10));
    const [fig, ax] = plt.subplots();
    const cs = ax.contourf(X, Y, np.multiply(X, Y), 5);
    expect(ax.get_xlim()).toEqual([0, 4]);
    expect(ax.get_ylim()).toEqual([-1, 1]);
    const spec = ax.spec().artists[0] as ContourSpec;
    expect(spec.type).toBe('contour');
    expect(spec.paths.length).toBe(cs.levels.size - 1);
    const cb = fig.colorbar(cs);
    expect(cb.ax.colorbarOf?.boundaries).toEqual(cs.levels.tolist());
  });
  it('one colour: negative levels dashed (contour.negative_linestyle)', () => {
    const Z = np.linspace(-1, 1, 25).reshape(5, 5);
    const spec = plt.contour(Z, [-0.5, 0, 0.5], { colors: 'k' }).spec();
    expect(spec.paths.map((p) => p.linestyle)).toEqual(['--', '-', '-']);
    expect(spec.colors).toEqual(['#000000', '#000000', '#000000']);
  });
});

describe('clabel', () => {
  for (const g of G.clabel) {
    it(`labels the lines of sin(x) cos(y) x ${g.scale}, ${g.n} levels, as matplotlib writes them`, () => {
      const [X, Y] = np.meshgrid(np.linspace(-3, 3, 40), np.linspace(-2, 2, 30));
      const [, ax] = plt.subplots();
      const cs = ax.contour(X, Y, np.multiply(np.multiply(np.sin(X), np.cos(Y)), g.scale), g.n);
      close(cs.levels.tolist() as number[], g.levels, 1e-12);
      const texts = ax.clabel(cs);
      expect([...new Set(texts.map((t) => t.get_text()))].sort()).toEqual(g.texts);
    });
  }
  it('cuts each labelled line where its label sits (inline), and keeps it whole otherwise', () => {
    const [X, Y] = np.meshgrid(np.linspace(-1, 1, 41), np.linspace(-1, 1, 41));
    const R = np.sqrt(np.add(np.multiply(X, X), np.multiply(Y, Y)));
    const [, ax] = plt.subplots();
    const cs = ax.contour(X, Y, R, [0.5], { colors: 'k' });
    const before = (cs.spec().paths[0].x as Float64Array).filter((v) => Number.isNaN(v)).length;
    const [t] = ax.clabel(cs, { fmt: '%1.1f' });
    expect(t.get_text()).toBe('0.5');
    const [lx, ly] = t.get_position();
    expect(Math.hypot(lx, ly)).toBeCloseTo(0.5, 2);
    const xs = cs.spec().paths[0].x as Float64Array;
    expect(xs.filter((v) => Number.isNaN(v)).length).toBe(before + 1);
    expect(() => ax.clabel(ax.contourf(X, Y, R))).toThrow('clabel labels contour lines');
  });
});

describe('boxplot statistics (cbook.boxplot_stats)', () => {
  const keys = ['mean', 'med', 'q1', 'q3', 'iqr', 'cilo', 'cihi', 'whislo', 'whishi'] as const;
  G.boxplot.slice(0, 3).forEach((g, k) => {
    it(`data set ${k}`, () => {
      const [st] = boxplotStats(boxData(k));
      for (const key of keys) close([st[key]], [g[key] as number], 1e-12);
      close(st.fliers, g.fliers as number[], 1e-12);
    });
  });
  it('whis as percentiles', () => {
    const g = G.boxplot[3];
    const [st] = boxplotStats(boxData(1), g.whis as [number, number]);
    close([st.whislo, st.whishi], [g.whislo as number, g.whishi as number], 1e-12);
    close(st.fliers, g.fliers as number[], 1e-12);
  });
  it('draws matplotlib\'s lines: black box, orange median, hollow fliers; columns of a 2-d array are data sets', () => {
    const parts = plt.boxplot(np.stack([boxData(0).get(':60'), boxData(1).get(':60')], { axis: 1 }));
    expect(parts.boxes.length).toBe(2);
    expect(parts.medians[0].get_color()).toBe('#ff7f0e');
    expect((parts.boxes[0] as Line2D).get_color()).toBe('#000000');
    expect(parts.whiskers.length).toBe(4);
    expect(parts.fliers[0].get_marker()).toBe('o');
    expect((parts.fliers[0].spec() as LineSpec).markerfacecolor).toBe('rgba(0,0,0,0)');
    expect(plt.gca().get_xlim()).toEqual([0.5, 2.5]);
  });
  it('patch_artist: filled boxes, C0 with a black edge, that take set_facecolor', () => {
    const parts = plt.boxplot([boxData(0), boxData(1)], { patch_artist: true });
    const box = parts.boxes[1] as Polygon;
    expect(box).toBeInstanceOf(Polygon);
    const s = box.spec();
    expect([s.type, s.facecolor, s.edgecolor]).toEqual(['patch', '#1f77b4', '#000000']);
    box.set_facecolor('lightgreen');
    expect(box.spec().facecolor).toBe('#90ee90');
    const [st] = boxplotStats(boxData(1));
    expect(Math.min(...s.y as Float64Array)).toBe(st.q1);
    expect(Math.max(...s.y as Float64Array)).toBe(st.q3);
  });
});

describe('pie', () => {
  for (const g of G.pie) {
    it(`${JSON.stringify(g.x)} ${JSON.stringify(g.kw)}`, () => {
      const [fig, ax] = plt.subplots();
      const res = ax.pie(g.x, g.kw as never);
      const [wedges, texts] = res;
      expect(wedges.length).toBe(g.wedges.length);
      wedges.forEach((w, i) => {
        close([w.theta1, w.theta2], [g.wedges[i].theta1, g.wedges[i].theta2], 1e-6);
        close(w.center, g.wedges[i].center, 1e-6);
        expect(w.facecolor).toBe(g.wedges[i].color);
      });
      texts.forEach((t, i) => {
        close(t.get_position(), g.texts[i].xy, 1e-6);
        expect(t.get_text()).toBe(g.texts[i].text);
        expect(t.spec().ha).toBe(g.texts[i].ha);
      });
      const autotexts = res.length > 2 ? res[2]! : [];
      expect(autotexts.map((t) => t.get_text())).toEqual(g.autotexts.map((t) => t.text));
      autotexts.forEach((t, i) => close(t.get_position(), g.autotexts[i].xy, 1e-6));
      expect(ax.get_xlim()).toEqual(g.xlim);
      expect(ax.aspect).toBe('equal');
      // A wedge is drawn as its outline: the arc and the centre.
      const s = wedges[0].spec() as PatchSpec;
      expect(s.type).toBe('patch');
      void fig;
    });
  }
  it('autopct formats as Python\'s %', () => {
    expect(percentFormat('%1.1f%%', 12.345)).toBe('12.3%');
    expect(percentFormat('%d%%', 99.9)).toBe('99%');
    expect(percentFormat('%.0f', 2.5)).toBe('2');
    expect(percentFormat('%.0f', 3.5)).toBe('4');
    expect(percentFormat('%.1f', 0.25)).toBe('0.2');
  });
  it('refuses negative sizes as matplotlib does', () => {
    expect(() => plt.pie([1, -1])).toThrow("Wedge sizes 'x' must be non negative values");
    expect(() => plt.pie([1, 2], { labels: ['a'] })).toThrow("'label' must be of length 'x'");
  });
});

describe('step, stem, twinx, fill', () => {
  it('fill: a polygon per x, y pair, in the cycle\'s colours or the one given', () => {
    const [a, b] = plt.fill([0, 1, 0.5], [0, 0, 1], [2, 3, 2.5], [0, 0, 1], 'r', { alpha: 0.5 });
    expect(a.get_facecolor()).toBe('#1f77b4');
    expect(b.get_facecolor()).toBe('#ff0000');
    expect(b.spec().alpha).toBe(0.5);
    close(plt.gca().get_xlim(), [-0.15, 3.15], 1e-12);
    expect(() => plt.fill([0, 1], [0])).toThrow('x and y must have same first dimension');
  });
  it('step draws stairs: pre holds each y back to the previous x, post forward to the next', () => {
    const [pre] = plt.step([0, 1, 2], [1, 3, 2]);
    const sp = pre.spec();
    expect(Array.from(sp.x as Float64Array)).toEqual([0, 0, 1, 1, 2]);
    expect(Array.from(sp.y as Float64Array)).toEqual([1, 3, 3, 2, 2]);
    const [post] = plt.step([0, 1, 2], [1, 3, 2], { where: 'post' });
    expect(Array.from(post.spec().y as Float64Array)).toEqual([1, 1, 3, 3, 2]);
    expect(Array.from(post.get_xdata())).toEqual([0, 1, 2]);
    // Markers at the data points only, not at the corners.
    const [marked] = plt.step([0, 1, 2], [1, 3, 2], 'o-');
    expect(Array.from(marked.spec().markerY as Float64Array)).toEqual([1, 3, 2]);
    expect(() => plt.step([0, 1], [1, 2], { where: 'left' as never })).toThrow("'left' is not a valid value for where");
  });
  it('stem: stems from 0, C0 markers, a C3 baseline across', () => {
    const c = plt.stem([1, 2, 3], [4, -1, 2]);
    expect(Array.from(c.stemlines.get_ydata()).filter((v) => !Number.isNaN(v))).toEqual([0, 4, 0, -1, 0, 2]);
    expect(c.markerline.get_marker()).toBe('o');
    expect(c.markerline.get_color()).toBe('#1f77b4');
    expect(c.baseline.get_color()).toBe('#d62728');
    expect(Array.from(c.baseline.get_xdata())).toEqual([1, 3]);
  });
  it('twinx: same box, shared x limits, y ticks on the right, its own colour cycle', () => {
    const [fig, ax] = plt.subplots();
    ax.plot([0, 10], [0, 1]);
    const ax2 = ax.twinx();
    const [l] = ax2.plot([5, 20], [100, 300]);
    expect(fig.axes.length).toBe(2);
    expect(ax2.get_xlim()).toEqual(ax.get_xlim());
    expect(ax.get_xlim()[1]).toBeCloseTo(21, 12); // 0..20 and 5% margins
    expect(l.get_color()).toBe('#1f77b4');
    const s = ax2.spec();
    expect(s.y.side).toBe('right');
    expect(s.x.ticks).toEqual([]);
    expect(s.transparent).toBe(true);
    fig.colorbar(ax.imshow(np.eye(3)));
    expect(ax2.spec().position).toEqual(ax.spec().position);
    expect(plt.gca()).toBe(ax2);
  });
  it('tight_layout leaves room on the right for a twinx\'s tick labels and label', () => {
    const [fig, ax] = plt.subplots();
    ax.plot([0, 1], [0, 1]);
    fig.tight_layout();
    const alone = ax.position[0] + ax.position[2];
    const [fig2, bx] = plt.subplots();
    bx.plot([0, 1], [0, 1]);
    const twin = bx.twinx();
    twin.plot([0, 1], [0, 12345]);
    twin.set_ylabel('big numbers');
    fig2.tight_layout();
    // Room for '12000' and the label: about 0.7 in of the 6.4 in figure.
    expect(alone - (bx.position[0] + bx.position[2])).toBeGreaterThan(0.07);
    expect(twin.spec().position).toEqual(bx.spec().position);
  });
});
