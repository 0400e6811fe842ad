"""Goldens for plt (runtime/plt/): matplotlib's tick locators, formatters, autoscaled
limits and legend placement, written to test/goldens/plt.json.

Needs matplotlib (Debian's python3-matplotlib is enough: /usr/bin/python3 is tried when
the python3 running this lacks it). Without matplotlib it says so and writes nothing: the
committed goldens stay as they are.
"""
import json
import math
import os
import subprocess
import sys

try:
    import matplotlib
except ImportError:
    if os.path.exists('/usr/bin/python3') and sys.executable != '/usr/bin/python3' and not os.environ.get('PLT_GOLDENS_REEXEC'):
        env = dict(os.environ, PLT_GOLDENS_REEXEC='1')
        sys.exit(subprocess.call(['/usr/bin/python3', *sys.argv], env=env))
    print('make_plt_goldens.py: matplotlib is not installed; plt goldens left as they are')
    sys.exit(0)

matplotlib.use('Agg')
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.ticker import MaxNLocator, LogLocator  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

LINEAR = [
    (0, 1, 9), (-1, 1, 9), (0, 10, 9), (0, 100, 9), (-0.3, 6.6, 9), (-1.1, 1.1, 9), (0, 2 * math.pi, 9),
    (-0.314, 6.597, 9), (0.001, 0.0023, 9), (1e6, 1e6 + 10, 9), (123456, 123789, 9), (-5e-7, 3e-6, 9),
    (0, 1, 5), (-1, 1, 5), (0, 37, 5), (3.7, 4.2, 5), (-1234, 5678, 9), (0, 1e9, 9), (99.5, 100.5, 9),
    (0, 1, 3), (-0.05, 1.05, 9), (-2.5, 47.5, 6), (1, 1000, 9), (0.25, 0.75, 9),
]
LOG = [(1, 1000, 9), (1, 1e6, 9), (0.01, 100, 9), (1e-5, 1e5, 9), (1, 1e20, 9), (2, 80, 9), (1, 10, 9), (1, 1e6, 5), (3e-3, 7e2, 9), (0.5, 3, 9)]
FORMAT = [(0, 1), (-1, 1), (0, 2 * math.pi), (0, 1e6), (0, 1e7), (1e6, 1e6 + 10), (123456, 123789), (-5e-7, 3e-6),
          (0.001, 0.0023), (-1234, 5678), (99.5, 100.5), (1e-6, 5e-6), (0, 37), (2000, 2010)]


def linear():
    out = []
    for a, b, n in LINEAR:
        ticks = MaxNLocator(nbins=n, steps=[1, 2, 2.5, 5, 10]).tick_values(a, b)
        out.append({'vmin': a, 'vmax': b, 'nbins': n, 'ticks': [float(t) for t in ticks]})
    return out


def log():
    out = []
    for a, b, n in LOG:
        major = LogLocator(numticks=n).tick_values(a, b)
        minor = LogLocator(numticks=n, subs='auto').tick_values(a, b)
        out.append({'vmin': a, 'vmax': b, 'numticks': n, 'major': [float(t) for t in major], 'minor': [float(t) for t in minor]})
    return out


def formats():
    out = []
    for a, b in FORMAT:
        fig, ax = plt.subplots()
        ax.set_xlim(a, b)
        fig.canvas.draw()
        fmt = ax.xaxis.get_major_formatter()
        locs = list(ax.xaxis.get_majorticklocs())
        labels = fmt.format_ticks(locs)
        out.append({'vmin': a, 'vmax': b, 'locs': [float(v) for v in locs], 'labels': labels, 'offset': fmt.get_offset()})
        plt.close(fig)
    return out


def axis_state(ax):
    def side(axis, lim):
        lo, hi = sorted(lim)
        ticks = axis.get_majorticklocs()
        labels = [t.get_text() for t in axis.get_majorticklabels()]
        shown = [(float(t), l) for t, l in zip(ticks, labels) if lo - 1e-10 * (hi - lo) <= t <= hi + 1e-10 * (hi - lo)]
        return {'all': [float(t) for t in ticks], 'shown': [t for t, _ in shown], 'labels': [l for _, l in shown]}
    return {
        'xlim': [float(v) for v in ax.get_xlim()], 'ylim': [float(v) for v in ax.get_ylim()],
        'x': side(ax.xaxis, ax.get_xlim()), 'y': side(ax.yaxis, ax.get_ylim()),
        'position': [float(v) for v in ax.get_position().bounds],
    }


def legend_corner(ax):
    leg = ax.get_legend()
    if leg is None:
        return None
    bb = leg.get_window_extent().transformed(ax.transAxes.inverted())
    cx, cy = (bb.x0 + bb.x1) / 2, (bb.y0 + bb.y1) / 2
    v = 'upper' if cy > 0.6 else 'lower' if cy < 0.4 else 'center'
    h = 'right' if cx > 0.6 else 'left' if cx < 0.4 else 'center'
    return f'{v} {h}'


def figures():
    """Each case is also written as the TypeScript that makes it (test/runtime/plt/model.test.ts runs it)."""
    cases = {}
    x = np.linspace(0, 2 * np.pi, 200)

    def run(name, build):
        fig = build()
        fig.canvas.draw()
        cases[name] = {'axes': [dict(axis_state(a), legend=legend_corner(a)) for a in fig.axes]}
        plt.close(fig)

    def sine():
        fig, ax = plt.subplots()
        ax.plot(x, np.sin(x))
        return fig
    run('sine', sine)

    def index():
        fig, ax = plt.subplots()
        ax.plot(np.arange(10) ** 2)
        return fig
    run('index', index)

    def two_lines_legend():
        fig, ax = plt.subplots()
        ax.plot(x, np.sin(x), label='sin')
        ax.plot(x, np.cos(x), label='cos')
        ax.legend()
        return fig
    run('two_lines_legend', two_lines_legend)

    def rising_legend():
        fig, ax = plt.subplots()
        ax.plot(np.arange(50), np.arange(50) ** 2, label='square')
        ax.legend()
        return fig
    run('rising_legend', rising_legend)

    def scatter():
        fig, ax = plt.subplots()
        t = np.arange(300)
        ax.scatter(np.sin(t * 0.7) * 3 + 1, np.cos(t * 1.3) * 2 - 5)
        return fig
    run('scatter', scatter)

    def hist():
        fig, ax = plt.subplots()
        data = np.sin(np.arange(1000) * 0.37) * 3 + np.cos(np.arange(1000) * 0.11)
        ax.hist(data, bins=20)
        return fig
    run('hist', hist)

    def bar():
        fig, ax = plt.subplots()
        ax.bar([1, 2, 3, 4], [3, 7, 2, 5])
        return fig
    run('bar', bar)

    def imshow():
        fig, ax = plt.subplots()
        ax.imshow(np.arange(100).reshape(10, 10))
        return fig
    run('imshow', imshow)

    def imshow_wide():
        fig, ax = plt.subplots()
        ax.imshow(np.arange(60).reshape(3, 20))
        return fig
    run('imshow_wide', imshow_wide)

    def loglog():
        fig, ax = plt.subplots()
        xs = np.arange(1, 101)
        ax.plot(xs, xs ** 3)
        ax.set_yscale('log')
        ax.set_xscale('log')
        return fig
    run('loglog', loglog)

    def semilogy():
        fig, ax = plt.subplots()
        ax.plot(np.arange(20), 2.0 ** np.arange(20))
        ax.set_yscale('log')
        return fig
    run('semilogy', semilogy)

    def grid2x2():
        fig, axes = plt.subplots(2, 2)
        axes[0, 0].plot(x, np.sin(x))
        axes[0, 1].plot(x, np.cos(x) * 100)
        axes[1, 0].plot(np.arange(5), [0.001, 0.002, 0.0015, 0.003, 0.0025])
        axes[1, 1].bar([0, 1, 2], [10, 20, 15])
        return fig
    run('grid2x2', grid2x2)

    def big_offset():
        fig, ax = plt.subplots()
        ax.plot([1e6, 1e6 + 5, 1e6 + 10], [1, 2, 3])
        return fig
    run('big_offset', big_offset)

    def fill_hline():
        fig, ax = plt.subplots()
        ax.fill_between(x, np.sin(x), 0.5 * np.sin(x) + 1)
        ax.axhline(1.8)
        return fig
    run('fill_hline', fill_hline)

    def contourf():
        fig, ax = plt.subplots()
        xs = np.linspace(-3, 3, 40)
        ys = np.linspace(-2, 2, 30)
        X, Y = np.meshgrid(xs, ys)
        cs = ax.contourf(X, Y, np.sin(X) * np.cos(Y))
        fig.colorbar(cs)
        return fig
    run('contourf', contourf)

    def boxplot():
        fig, ax = plt.subplots()
        ax.boxplot([box_data(0), box_data(1), box_data(2)])
        return fig
    run('boxplot', boxplot)

    def twinx():
        fig, ax = plt.subplots()
        ax.plot(x, np.sin(x))
        ax2 = ax.twinx()
        ax2.plot(x, 100 * np.cos(x) + 300, 'C1')
        return fig
    run('twinx', twinx)

    def stem():
        fig, ax = plt.subplots()
        ax.stem(np.arange(8), np.exp(-np.arange(8) / 3))
        return fig
    run('stem', stem)

    return cases


def box_data(k):
    """Deterministic data with outliers (test/runtime/plt/shapes.test.ts makes the same)."""
    n = np.arange(60 + 10 * k)
    d = np.sin(n * 0.61 + k) * (1 + k) + np.cos(n * 0.27) * 0.5 + k
    d[::17] *= 4
    return d


def contour_cases():
    """Levels of contour / contourf as matplotlib chooses them for a range of z."""
    out = []
    for zmin, zmax, n, filled, extend in [
        (0, 1, 7, False, 'neither'), (0, 1, 7, True, 'neither'), (-1, 1, 7, True, 'neither'), (-0.97, 0.99, 7, False, 'neither'),
        (3.2, 1234.5, 7, True, 'neither'), (-2.5, 7.3, 5, True, 'neither'), (-2.5, 7.3, 12, False, 'neither'), (0.001, 0.0023, 7, True, 'neither'),
        (-1, 1, 7, True, 'both'), (0, 10, 3, True, 'max'), (1e6, 1e6 + 3, 7, True, 'neither'), (-5, -1, 20, False, 'neither'),
    ]:
        Z = np.linspace(zmin, zmax, 12).reshape(3, 4)
        fig, ax = plt.subplots()
        cs = (ax.contourf if filled else ax.contour)(Z, n, extend=extend)
        out.append({'zmin': zmin, 'zmax': zmax, 'n': n, 'filled': filled, 'extend': extend,
                    'levels': [float(v) for v in cs.levels], 'layers': [float(v) for v in cs.layers],
                    'clim': [float(v) for v in cs.get_clim()]})
        plt.close(fig)
    return out


def boxplot_cases():
    from matplotlib import cbook
    out = []
    for k in range(3):
        st = cbook.boxplot_stats(box_data(k))[0]
        out.append({k2: ([float(v) for v in st[k2]] if k2 == 'fliers' else float(st[k2]))
                    for k2 in ['mean', 'med', 'q1', 'q3', 'iqr', 'cilo', 'cihi', 'whislo', 'whishi', 'fliers']})
    st = cbook.boxplot_stats(box_data(1), whis=(5, 95))[0]
    out.append({'whis': [5, 95], 'whislo': float(st['whislo']), 'whishi': float(st['whishi']), 'fliers': [float(v) for v in st['fliers']]})
    return out


def pie_cases():
    out = []
    for xs, kw in [([1, 2, 3], {}), ([35, 25, 40], {'startangle': 90, 'autopct': '%1.1f%%', 'labels': ['a', 'b', 'c']}),
                   ([0.2, 0.3], {'normalize': False}), ([5, 1, 1, 3], {'explode': [0.1, 0, 0, 0.2], 'counterclock': False, 'autopct': '%d%%'})]:
        fig, ax = plt.subplots()
        res = ax.pie(xs, **kw)
        wedges, texts = res[0], res[1]
        out.append({'x': xs, 'kw': kw,
                    'wedges': [{'theta1': float(w.theta1), 'theta2': float(w.theta2), 'center': [float(c) for c in w.center], 'color': matplotlib.colors.to_hex(w.get_facecolor())} for w in wedges],
                    'texts': [{'xy': [float(v) for v in t.get_position()], 'text': t.get_text(), 'ha': t.get_ha()} for t in texts],
                    'autotexts': [{'xy': [float(v) for v in t.get_position()], 'text': t.get_text()} for t in (res[2] if len(res) > 2 else [])],
                    'xlim': [float(v) for v in ax.get_xlim()], 'aspect': ax.get_aspect()})
        plt.close(fig)
    return out


def clabel_cases():
    """The texts clabel writes for each level (its default formatter)."""
    out = []
    xs = np.linspace(-3, 3, 40)
    ys = np.linspace(-2, 2, 30)
    X, Y = np.meshgrid(xs, ys)
    for scale, n in [(1, 7), (1000, 7), (0.001, 5), (1, 12)]:
        fig, ax = plt.subplots()
        cs = ax.contour(X, Y, np.sin(X) * np.cos(Y) * scale, n)
        texts = ax.clabel(cs)
        out.append({'scale': scale, 'n': n, 'levels': [float(v) for v in cs.levels], 'texts': sorted(set(t.get_text() for t in texts))})
        plt.close(fig)
    return out


def main():
    out = {
        'matplotlib': matplotlib.__version__,
        'numpy': np.__version__,
        'linear': linear(),
        'log': log(),
        'format': formats(),
        'figures': figures(),
        'contour': contour_cases(),
        'boxplot': boxplot_cases(),
        'pie': pie_cases(),
        'clabel': clabel_cases(),
    }
    path = os.path.join(HERE, 'plt.json')
    with open(path, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')
    print(f'wrote {path} (matplotlib {matplotlib.__version__})')


if __name__ == '__main__':
    main()
