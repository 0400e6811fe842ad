"""Writes plotting.ipynb: "Plotting with plt", a short tour of matplotlib's pyplot in
Numbook (runtime/plt/): lines, scatter, histograms, images, subplots, contours, pies, box
plots, a twin axis, steps and stems. Run: python3 make_notebook.py
(test/e2e/examples.test.ts opens it and runs every cell)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from nbbuild import Builder  # noqa: E402

nb = Builder("plt")
md, code = nb.md, nb.code


md("""
# Plotting with `plt`

`plt` is matplotlib's pyplot, preloaded beside `np`. The translation rules are the same as
for `np`: keyword arguments become a trailing options object (`{label: 'sin'}`), tuples
become arrays (`{figsize: [8, 3]}`). As in Jupyter, the figures a cell draws are shown
when it ends. Hover a line or a scatter to read a point; drag to pan, Ctrl + wheel or
Shift + drag to zoom, double-click to go back.
""")

md("""
## Lines

`plt.plot(x, y)` draws y against x; a format string sets colour, marker and line style
(`'r--'`: a red dashed line). Label the lines and `plt.legend()` puts a legend in the
corner that hides the least data.
""")
code("""
const x = np.linspace(0, 2 * np.pi, 200);
plt.plot(x, np.sin(x), {label: "sin"});
plt.plot(x, np.cos(x), "r--", {label: "cos"});
plt.title("Waves"); plt.xlabel("x [rad]"); plt.legend(); plt.grid(true, {alpha: 0.3});
""")

md("""
## Scatter and colour

`plt.scatter(x, y, {c, s})`: with numbers as `c` the points take a colormap's colours, and
`plt.colorbar()` shows the scale.
""")
code("""
const rng = np.random.default_rng(0);
const px = rng.normal(0, 1, 400);
const py = px * 0.6 + rng.normal(0, 0.6, 400);
plt.scatter(px, py, {c: np.hypot(px, py), s: 12, cmap: "plasma", alpha: 0.8});
plt.colorbar({label: "distance from 0"});
plt.title("Correlated noise");
""")

md("""
## Histograms

`plt.hist` counts with `np.histogram` and returns the counts and the bin edges, as pyplot does.
""")
code("""
const heights = rng.normal(170, 8, 2000);
const [counts, edges] = plt.hist(heights, {bins: 30, alpha: 0.8});
plt.axvline(heights.mean(), {color: "k", linestyle: "--", label: "mean"});
plt.xlabel("height [cm]"); plt.ylabel("people"); plt.legend();
console.log("tallest bin:", counts.max(), "between", edges.get(String(counts.argmax())), "and", edges.get(String(Number(counts.argmax()) + 1)));
""")

md("""
## Images and contours

A 2-D array is an image (`plt.imshow`) or a landscape to draw level lines on
(`plt.contour`, `plt.contourf`). The levels are chosen as matplotlib chooses them.
""")
code("""
const [X, Y] = np.meshgrid(np.linspace(-3, 3, 120), np.linspace(-2, 2, 80));
const Z = np.sin(X) * np.cos(Y) + 0.3 * np.exp(-(X ** 2) - Y ** 2);
const [fig, [left, right]] = plt.subplots(1, 2, {figsize: [10, 3.6]});
left.imshow(Z, {cmap: "viridis", origin: "lower", extent: [-3, 3, -2, 2]});
left.set_title("imshow");
const cs = right.contourf(X, Y, Z, 12, {cmap: "RdBu_r"});
const lines = right.contour(X, Y, Z, 6, {colors: "k", linewidths: 0.5});
right.clabel(lines, {fontsize: 8});
right.set_title("contourf + contour + clabel");
fig.colorbar(cs, {ax: right});
""")

md("""
## Many plots in one figure

`plt.subplots(rows, cols)` gives the figure and a grid of Axes: `axes[i][j]` draws in one.
""")
code("""
const [fig2, axes] = plt.subplots(2, 2, {figsize: [9, 6]});
axes[0][0].pie([45, 30, 25], {labels: ["rent", "food", "other"], autopct: "%1.0f%%", startangle: 90});
axes[0][0].set_title("pie");
axes[0][1].boxplot([rng.normal(0, 1, 200), rng.normal(1, 0.5, 200), np.exp(rng.normal(0, 0.5, 200))], {labels: ["normal", "narrow", "skewed"]});
axes[0][1].set_title("boxplot");
axes[1][0].step(np.arange(10), rng.integers(0, 10, 10), {where: "mid"});
axes[1][0].set_title("step");
axes[1][1].stem(np.arange(12), np.exp(-np.arange(12) / 4));
axes[1][1].set_title("stem");
fig2.suptitle("Four kinds of chart");
plt.tight_layout();
""")

md("""
## Two scales on one axis, log scales, error bars

`ax.twinx()` adds a second y axis on the right; `plt.yscale("log")` puts ticks at decades.
""")
code("""
const months = np.arange(1, 13);
const temp = 10 - 8 * np.cos((months - 1) / 12 * 2 * np.pi);
const rain = 80 + 30 * np.sin(months / 2);
const [fig3, ax] = plt.subplots({figsize: [7, 4]});
ax.bar(months, rain, {color: "C1", alpha: 0.3});
ax.set_ylabel("rain [mm]"); ax.set_xlabel("month");
// The twin is drawn over the first Axes: the line goes there, above the bars.
const ax2 = ax.twinx();
ax2.errorbar(months, temp, {yerr: 1.5, fmt: "o-", capsize: 3});
ax2.set_ylabel("°C");
ax.set_title("A year");
""")
code("""
const n = np.arange(1, 60);
plt.plot(n, 2 ** (n / 4));
plt.plot(n, n ** 3);
plt.yscale("log");
plt.legend(["2^(n/4)", "n³"]);
plt.title("Exponential against cubic");
""")

nb.write(__file__, "plotting.ipynb", "Plotting with plt")
