/**
 * The figure model against matplotlib: the same figures built with plt and with
 * matplotlib 3.6 (test/goldens/make_plt_goldens.py) must autoscale to the same limits,
 * put the same ticks with the same labels, place Axes alike and choose the same legend
 * corner. Also: hist equals np.histogram, the figure/axes model, matplotlib's messages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { np, NDArray } from '../../../runtime/index';
import * as plt from '../../../runtime/plt/pyplot';
import { closeAll, figures, flushFigures, setShowHook } from '../../../runtime/plt/state';
import { FIGURE_MIME, type FigureSpec } from '../../../runtime/plt/spec';
import type { Axes } from '../../../runtime/plt/axes';
import type { Figure } from '../../../runtime/plt/figure';
import { boxData } from './box-data';

interface AxisGolden { all: number[]; shown: number[]; labels: string[] }
interface AxesGolden { xlim: number[]; ylim: number[]; x: AxisGolden; y: AxisGolden; position: number[]; legend: string | null }
const G = JSON.parse(readFileSync('test/goldens/plt.json', 'utf8')) as { figures: Record<string, { axes: AxesGolden[] }> };

afterEach(() => closeAll());

const x = () => np.linspace(0, 2 * Math.PI, 200);

/** Each golden case, built the way the Python script builds it. */
const CASES: Record<string, () => Figure> = {
  sine: () => { const [fig, ax] = plt.subplots(); ax.plot(x(), np.sin(x())); return fig; },
  index: () => { const [fig, ax] = plt.subplots(); ax.plot(np.power(np.arange(10), 2)); return fig; },
  two_lines_legend: () => {
    const [fig, ax] = plt.subplots();
    ax.plot(x(), np.sin(x()), { label: 'sin' });
    ax.plot(x(), np.cos(x()), { label: 'cos' });
    ax.legend();
    return fig;
  },
  rising_legend: () => { const [fig, ax] = plt.subplots(); ax.plot(np.arange(50), np.power(np.arange(50), 2), { label: 'square' }); ax.legend(); return fig; },
  scatter: () => {
    const [fig, ax] = plt.subplots();
    const t = np.arange(300);
    ax.scatter(np.add(np.multiply(np.sin(np.multiply(t, 0.7)), 3), 1), np.subtract(np.multiply(np.cos(np.multiply(t, 1.3)), 2), 5));
    return fig;
  },
  hist: () => {
    const [fig, ax] = plt.subplots();
    const n = np.arange(1000);
    ax.hist(np.add(np.multiply(np.sin(np.multiply(n, 0.37)), 3), np.cos(np.multiply(n, 0.11))), { bins: 20 });
    return fig;
  },
  bar: () => { const [fig, ax] = plt.subplots(); ax.bar([1, 2, 3, 4], [3, 7, 2, 5]); return fig; },
  imshow: () => { const [fig, ax] = plt.subplots(); ax.imshow(np.arange(100).reshape(10, 10)); return fig; },
  imshow_wide: () => { const [fig, ax] = plt.subplots(); ax.imshow(np.arange(60).reshape(3, 20)); return fig; },
  loglog: () => {
    const [fig, ax] = plt.subplots();
    const xs = np.arange(1, 101);
    ax.plot(xs, np.power(xs, 3));
    ax.set_yscale('log');
    ax.set_xscale('log');
    return fig;
  },
  semilogy: () => { const [fig, ax] = plt.subplots(); ax.plot(np.arange(20), np.power(2.0, np.arange(20))); ax.set_yscale('log'); return fig; },
  grid2x2: () => {
    const [fig, axes] = plt.subplots(2, 2);
    axes[0][0].plot(x(), np.sin(x()));
    axes[0][1].plot(x(), np.multiply(np.cos(x()), 100));
    axes[1][0].plot(np.arange(5), [0.001, 0.002, 0.0015, 0.003, 0.0025]);
    axes[1][1].bar([0, 1, 2], [10, 20, 15]);
    return fig;
  },
  big_offset: () => { const [fig, ax] = plt.subplots(); ax.plot([1e6, 1e6 + 5, 1e6 + 10], [1, 2, 3]); return fig; },
  fill_hline: () => {
    const [fig, ax] = plt.subplots();
    ax.fill_between(x(), np.sin(x()), np.add(np.multiply(np.sin(x()), 0.5), 1));
    ax.axhline(1.8);
    return fig;
  },
  contourf: () => {
    const [fig, ax] = plt.subplots();
    const [X, Y] = np.meshgrid(np.linspace(-3, 3, 40), np.linspace(-2, 2, 30));
    fig.colorbar(ax.contourf(X, Y, np.multiply(np.sin(X), np.cos(Y))));
    return fig;
  },
  boxplot: () => { const [fig, ax] = plt.subplots(); ax.boxplot([0, 1, 2].map(boxData)); return fig; },
  twinx: () => {
    const [fig, ax] = plt.subplots();
    ax.plot(x(), np.sin(x()));
    const ax2 = ax.twinx();
    ax2.plot(x(), np.add(np.multiply(np.cos(x()), 100), 300), 'C1');
    return fig;
  },
  stem: () => { const [fig, ax] = plt.subplots(); ax.stem(np.arange(8), np.exp(np.divide(np.arange(8), -3))); return fig; },
};

/** matplotlib's mathtext labels ('$\\mathdefault{10^{2}}$') as plt writes them ('10^{2}'). */
const plain = (s: string) => s.replace(/^\$\\mathdefault\{(.*)\}\$$/, '$1').replace(/\\times/g, '\u00d7');

function near(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));
}

describe('figures against matplotlib', () => {
  for (const [name, golden] of Object.entries(G.figures)) {
    it(name, () => {
      const fig = CASES[name]();
      const axes = fig.axes;
      expect(axes.length).toBe(golden.axes.length);
      golden.axes.forEach((g, k) => {
        const ax: Axes = axes[k];
        const spec = ax.spec();
        expect(ax.get_xlim().every((v, i) => near(v, g.xlim[i])), `${name} xlim ${ax.get_xlim()} vs ${g.xlim}`).toBe(true);
        expect(ax.get_ylim().every((v, i) => near(v, g.ylim[i])), `${name} ylim ${ax.get_ylim()} vs ${g.ylim}`).toBe(true);
        for (const which of ['x', 'y'] as const) {
          // A twin's shared axis is not drawn; its ticks are still the locator's.
          const s = { ticks: ax.computeTicks(which).ticks };
          const shown = s.ticks.map((t) => t.value);
          expect(shown.length, `${name} ${which} ticks ${shown} vs ${g[which].shown}`).toBe(g[which].shown.length);
          shown.forEach((v, i) => expect(near(v, g[which].shown[i], 1e-12), `${name} ${which} tick ${v} vs ${g[which].shown[i]}`).toBe(true));
          expect(s.ticks.map((t) => t.label), `${name} ${which} labels`).toEqual(g[which].labels.map(plain));
        }
        spec.position.forEach((v, i) => expect(near(v, g.position[i], 1e-6), `${name} position ${spec.position} vs ${g.position}`).toBe(true));
        if (g.legend) expect(spec.legend?.loc.replace(/^right$/, 'center right'), `${name} legend`).toBe(g.legend.replace('center center', 'center'));
      });
    });
  }
});

describe('hist', () => {
  it('computes with np.histogram and returns float counts, edges and the bars', () => {
    const data = np.array([1, 2, 2, 3, 3, 3, 4, 7.5, -1], { dtype: 'float64' });
    const [n, bins, patches] = plt.hist(data, { bins: 5 });
    const [h, e] = np.histogram(data, { bins: 5 });
    expect(n.dtype).toBe('float64');
    expect(n.tolist()).toEqual(h.tolist());
    expect(bins.tolist()).toEqual(e.tolist());
    expect(patches.length).toBe(5);
    expect(patches.patches[1].get_height()).toBe(h.tolist()[1]);
    expect(patches.patches[0].get_x()).toBe(e.tolist()[0]);
    expect(patches.patches[0].get_width()).toBeCloseTo(e.tolist()[1] - e.tolist()[0], 15);
  });
  it('density and range as np.histogram', () => {
    const data = np.linspace(0, 10, 101);
    const [n, bins] = plt.hist(data, { bins: 4, range: [2, 8], density: true });
    const [h, e] = np.histogram(data, { bins: 4, range: [2, 8], density: true });
    expect(n.tolist()).toEqual(h.tolist());
    expect(bins.tolist()).toEqual(e.tolist());
  });
  it('bins by estimator name and edges', () => {
    const data = np.sin(np.arange(500));
    for (const bins of ['auto', 'fd', 'sturges', [-1, 0, 0.5, 1]] as const) {
      const [n, b] = plt.hist(data, { bins: bins as never });
      const [h, e] = np.histogram(data, { bins: bins as never });
      expect(n.tolist()).toEqual(h.tolist());
      expect(b.tolist()).toEqual(e.tolist());
    }
  });
});

describe('the model', () => {
  it('default figure: 6.4 x 4.8 in at 100 dpi, one Axes, matplotlib text', () => {
    plt.plot([1, 2, 3]);
    const fig = plt.gcf();
    expect(fig.repr()).toBe('<Figure size 640x480 with 1 Axes>');
    expect(fig.axes[0].position).toEqual([0.125, 0.10999999999999999, 0.775, 0.77].map((v, i) => (i === 1 ? fig.axes[0].position[1] : v)));
    const b = fig._repr_mimebundle_();
    expect(b['text/plain']).toBe('<Figure size 640x480 with 1 Axes>');
    expect((b[FIGURE_MIME] as FigureSpec).axes.length).toBe(1);
  });
  it('colour cycle: tab10 per Axes, lines and patches apart', () => {
    const lines = plt.plot([1, 2], [1, 2], [1, 2], [2, 3], [1, 2], [3, 4]);
    expect(lines.map((l) => l.get_color())).toEqual(['#1f77b4', '#ff7f0e', '#2ca02c']);
    expect(plt.bar([1], [1]).color).toBe('#1f77b4');
    const [, ax] = plt.subplots();
    expect(ax.plot([1, 2])[0].get_color()).toBe('#1f77b4');
  });
  it('format strings set colour, marker and style', () => {
    const [a, b, c] = plt.plot([1, 2], 'r--', [1, 2], 'o', [1, 2], 'k:');
    expect([a.color, a.linestyle, a.marker]).toEqual(['#ff0000', '--', null]);
    expect([b.linestyle, b.marker]).toEqual(['None', 'o']);
    expect([c.color, c.linestyle]).toEqual(['#000000', ':']);
    const [d] = plt.plot([1, 2], 'C3', { linewidth: 3, label: 'x', alpha: 0.5 });
    expect([d.color, d.linewidth, d.label, d.alpha]).toEqual(['#d62728', 3, 'x', 0.5]);
  });
  it('2-d y plots one line per column', () => {
    const lines = plt.plot(np.arange(6).reshape(3, 2));
    expect(lines.length).toBe(2);
    expect(Array.from(lines[1].get_ydata())).toEqual([1, 3, 5]);
    expect(Array.from(lines[1].get_xdata())).toEqual([0, 1, 2]);
  });
  it("complex data plots its real part, as matplotlib's cast does", () => {
    const z = np.multiply(np.arange(4), np.complex(1, 5));
    const [line] = plt.plot(z);
    expect(Array.from(line.get_ydata())).toEqual([0, 1, 2, 3]);
    expect(Array.from(line.get_xdata())).toEqual([0, 1, 2, 3]);
  });
  it('subplots: one Axes, a row, a grid with flat; sharex hides inner labels', () => {
    const [, one] = plt.subplots();
    expect(one.constructor.name).toBe('Axes');
    const [, row] = plt.subplots(1, 3);
    expect(row.length).toBe(3);
    const [fig, grid] = plt.subplots(2, 2, { figsize: [8, 6], sharex: true });
    expect(fig.repr()).toBe('<Figure size 800x600 with 4 Axes>');
    expect(grid.flat.length).toBe(4);
    grid[1][0].plot([0, 10], [0, 1]);
    expect(grid[0][0].get_xlim()).toEqual(grid[1][0].get_xlim());
    expect(grid[0][0].spec().x.ticklabels).toBe(false);
    expect(grid[1][0].spec().x.ticklabels).toBe(true);
  });
  it('labels, title, limits, scales, ticks, grid, legend in the spec', () => {
    plt.plot([1, 10, 100], { label: 'a' });
    plt.title('T');
    plt.xlabel('X');
    plt.ylabel('Y');
    plt.xlim(0, 3);
    plt.yscale('log');
    plt.grid();
    plt.legend({ loc: 'lower right' });
    plt.xticks([0, 1, 2], ['a', 'b', 'c']);
    const s = plt.gca().spec();
    expect(s.title.center?.text).toBe('T');
    expect(s.title.center?.fontsize).toBe(12);
    expect([s.x.label?.text, s.y.label?.text]).toEqual(['X', 'Y']);
    expect(s.x.lim).toEqual([0, 3]);
    expect(s.y.scale).toBe('log');
    expect(s.x.ticks.map((t) => t.label)).toEqual(['a', 'b', 'c']);
    expect(s.grid.x && s.grid.y).toBe(true);
    expect(s.legend?.loc).toBe('lower right');
    expect(s.legend?.entries[0]).toMatchObject({ label: 'a', kind: 'line', color: '#1f77b4' });
  });
  it('imshow keeps the data, viridis, and a colorbar takes room on the right', () => {
    const im = plt.imshow(np.arange(12).reshape(3, 4));
    expect([im.cmap, im.vmin, im.vmax, im.rows, im.cols]).toEqual(['viridis', 0, 11, 3, 4]);
    const before = plt.gca().position[2];
    const cb = plt.colorbar();
    expect(plt.gcf().axes.length).toBe(2);
    expect(plt.gcf().axes[0].position[2]).toBeLessThan(before);
    expect(cb.ax.spec().colorbar).toEqual({ cmap: 'viridis', vmin: 0, vmax: 11, orientation: 'vertical' });
    expect(cb.ax.spec().y.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });
  it('scatter maps c through the colormap', () => {
    const pc = plt.scatter([1, 2, 3], [3, 2, 1], { c: [0, 5, 10], s: 20, cmap: 'plasma' });
    expect([pc.cmap, pc.vmin, pc.vmax]).toEqual(['plasma', 0, 10]);
    expect(Array.from(pc.sizes)).toEqual([20]);
  });
  it('show() displays every open figure once, then closes them; an empty cell shows nothing', () => {
    const shown: string[] = [];
    setShowHook((f) => shown.push(f.repr()));
    try {
      plt.plot([1]);
      plt.figure();
      plt.subplots(1, 2);
      plt.show();
      expect(shown).toEqual(['<Figure size 640x480 with 1 Axes>', '<Figure size 640x480 with 0 Axes>', '<Figure size 640x480 with 2 Axes>']);
      expect(figures.size).toBe(0);
      flushFigures();
      expect(shown.length).toBe(3);
    } finally {
      setShowHook(null);
    }
  });
  it('axhline / axvline: positional fractions, then options', () => {
    const h = plt.axhline(0, { color: 'k' });
    expect([h.value, h.from, h.to, h.color]).toEqual([0, 0, 1, '#000000']);
    const v = plt.axvline(2, 0.25, { linestyle: '--' });
    expect([v.value, v.from, v.to, v.linestyle]).toEqual([2, 0.25, 1, '--']);
    expect(plt.axhline(1, 0.1, 0.9).to).toBe(0.9);
  });
  it('close removes a figure; numbers count up', () => {
    const a = plt.figure();
    const b = plt.figure();
    expect([a.number, b.number]).toEqual([1, 2]);
    plt.close(a);
    expect(plt.get_fignums()).toEqual([2]);
    plt.close('all');
    expect(plt.get_fignums()).toEqual([]);
  });
  it('series in the spec are copies', () => {
    const y = np.array([1, 2, 3], { dtype: 'float64' });
    const [line] = plt.plot(y);
    y.set(0, 9);
    const s = plt.gca().spec().artists[0] as { y: Float64Array };
    expect(Array.from(s.y)).toEqual([1, 2, 3]);
    s.y[1] = 7;
    expect(line.get_ydata()[1]).toBe(2);
  });
  it('reprs of results are matplotlib-like', () => {
    const lines = plt.plot([1, 2]);
    expect(lines[0].__repr__()).toBe('<matplotlib.lines.Line2D object>');
    expect(plt.bar([1, 2], [3, 4]).__repr__()).toBe('<BarContainer object of 2 artists>');
    expect(plt.text(1, 2, 'hi').__repr__()).toBe("Text(1, 2, 'hi')");
    expect(plt.title('T').__repr__()).toBe("Text(0.5, 1.0, 'T')");
    expect(plt.xlabel('x').__repr__()).toBe("Text(0.5, 0, 'x')");
    expect(plt.suptitle('S').__repr__()).toBe("Text(0.5, 0.98, 'S')");
  });
});

describe("matplotlib's messages", () => {
  it('x and y of different lengths', () => {
    expect(() => plt.plot([1, 2, 3], [1, 2, 3, 4])).toThrow('x and y must have same first dimension, but have shapes (3,) and (4,)');
    expect(() => plt.plot(np.zeros([2, 2, 2]), np.zeros([2, 2, 2]))).toThrow('x and y can be no greater than 2D, but have shapes (2, 2, 2) and (2, 2, 2)');
  });
  it('bad format strings', () => {
    expect(() => plt.plot([1], 'r-z')).toThrow("Unrecognized character z in format string 'r-z'");
    expect(() => plt.plot([1], '--:')).toThrow('Illegal format string "--:"; two linestyle symbols');
    expect(() => plt.plot([1], 'ro^')).toThrow('Illegal format string "ro^"; two marker symbols');
  });
  it('bad colours, colormaps, scales', () => {
    expect(() => plt.plot([1], { color: 'bluish' })).toThrow("'bluish' is not a valid value for color: supported inputs are (r, g, b)");
    expect(() => plt.imshow(np.zeros([2, 2]), { cmap: 'nope' })).toThrow("'nope' is not a valid value for cmap");
    expect(() => plt.xscale('sqrt' as never)).toThrow("'sqrt' is not a valid value for scale; supported values are");
    expect(() => plt.scatter([1, 2], [1, 2], { c: [1, 2, 3] })).toThrow("'c' argument has 3 elements, which is inconsistent with 'x' and 'y' with size 2.");
    expect(() => plt.imshow(np.zeros([2, 2, 5]))).toThrow('Invalid shape (2, 2, 5) for image data');
  });
  it('ticks and labels of different lengths', () => {
    expect(() => plt.xticks([1, 2], ['a'])).toThrow('The number of FixedLocator locations (2), usually from a call to set_ticks, does not match the number of labels (1).');
  });
  it('subplot index out of range', () => {
    expect(() => plt.subplot(2, 2, 5)).toThrow('num must be an integer with 1 <= num <= 4, not 5');
  });
  it('errors are ValueError', () => {
    try {
      plt.plot([1, 2], [1]);
    } catch (e) {
      expect((e as Error).name).toBe('ValueError');
    }
  });
});

void NDArray;
