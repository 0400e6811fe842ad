"""Writes moores-law.ipynb: "Fitting a trend on a log scale", after NumPy's tutorial
"Determining Moore's Law with real data": transistor counts of microprocessors
(data/transistors.csv) on a log axis, np.polyfit on log10 of the counts, the doubling time,
residuals, np.polynomial.Polynomial.fit and .convert(), a prediction.
Run: python3 make_notebook.py (test/e2e/example-notebooks.test.ts runs every cell)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from nbbuild import Builder  # noqa: E402

nb = Builder("moore")
md, code = nb.md, nb.code


md("""
# Fitting a trend on a log scale: Moore's law

In 1965 Gordon Moore noticed that the number of transistors on a chip was doubling every
year; in 1975 he revised it to **every two years**. Growth by a constant factor per year is
exponential:

$$\\text{count} = C \\cdot 10^{\\,b \\cdot \\text{year}} \\quad\\Longleftrightarrow\\quad \\log_{10}(\\text{count}) = b \\cdot \\text{year} + a,$$

so on a logarithmic scale it is a straight line, and fitting a line to the logarithms with
`np.polyfit` measures it. This notebook follows NumPy's tutorial *Determining Moore's Law
with real data*, with a table of well-known microprocessors from 1971 to 2021
(`data/transistors.csv`, compiled from public figures and rounded; see `data/README.md`).
""")

md("""
## Reading the data

The CSV has a header and four columns: processor, designer, year, transistors.
`np.loadtxt` reads the numeric columns (`usecols`); `unpack: true` gives one array per
column, as NumPy's `unpack=True`. The names are text, so we read them with `loadText`.
""")
code("""
const url = "data/transistors.csv";
const [year, count] = await np.loadtxt(url, {delimiter: ",", skiprows: 1, usecols: [2, 3], unpack: true});
const names = (await loadText(url)).trim().split("\\n").slice(1).map((line) => line.split(",")[0]);
console.log(year.size, "processors from", year.min(), "to", year.max());
for (const i of [0, 1, 2, year.size - 2, year.size - 1]) {
  console.log(String(year.get(i)), names[i].padEnd(20), count.get(i).toLocaleString("en-US").padStart(14));
}
""")

md("""
## On a log scale

With a linear y axis the last few chips squash everything else against zero. With
`plt.yscale("log")` each decade (×10) gets the same height, and the points line up.
""")
code("""
const [fig1, [lin, log]] = plt.subplots(1, 2, {figsize: [11, 4]});
lin.scatter(year, count, {s: 16});
lin.set_title("Linear scale"); lin.set_xlabel("year"); lin.set_ylabel("transistors");
log.scatter(year, count, {s: 16});
log.set_yscale("log");
log.set_title("Log scale"); log.set_xlabel("year");
log.grid(true, {alpha: 0.3});
plt.tight_layout();
""")

md("""
## Fitting a line to the logarithms

`np.polyfit(x, y, 1)` returns the least-squares line's coefficients, highest power first:
the slope $b$ and the intercept $a$. The slope is in decades per year, so the count grows
by $10^b$ each year, and it doubles when $b \\cdot t = \\log_{10} 2$: the **doubling time**
is $t = \\log_{10}(2) / b$.
""")
code("""
const logCount = np.log10(count);
const coef = np.polyfit(year, logCount, 1);
const [slope, intercept] = coef;
console.log("coefficients:", String(coef));
console.log(`growth per year: ${(10 ** slope).toFixed(3)} times`);
const doubling = np.log10(2) / slope;
console.log(`doubling time: ${doubling.toFixed(2)} years`);
""")

md("""
## The fitted line over the points

`np.polyval(coef, x)` evaluates the line; `10 ** ...` brings it back from logarithms to
counts. For comparison, the dashed line starts at the Intel 4004 and doubles every two
years exactly.
""")
code("""
const years = np.linspace(1970, 2022, 200);
plt.figure({figsize: [8, 5]});
plt.scatter(year, count, {s: 16, label: "processors", zorder: 3});
plt.plot(years, 10 ** np.polyval(coef, years), "C1", {label: `fit: doubles every ${doubling.toFixed(2)} years`});
plt.plot(years, count.get(0) * 2 ** ((years - year.get(0)) / 2), "k--", {linewidth: 1, label: "doubling every 2 years"});
plt.yscale("log");
plt.xlabel("year"); plt.ylabel("transistors"); plt.title("Transistors per microprocessor");
plt.legend(); plt.grid(true, {alpha: 0.3});
""")

md("""
## Residuals

The residuals are what the line does not explain: the observed $\\log_{10}$ minus the
fitted one. A residual of $+0.3$ means about $10^{0.3} \\approx 2$ times more transistors than
the trend for that year. `argmax` and `argmin` find the chips furthest above and below it.
""")
code("""
const residual = logCount - np.polyval(coef, year);
plt.figure({figsize: [8, 3.6]});
plt.stem(year, residual);
plt.axhline(0, {color: "k", linewidth: 0.8});
plt.xlabel("year"); plt.ylabel("log₁₀(count) - fit"); plt.title("Residuals");
plt.tight_layout();
const hi = Number(residual.argmax());
const lo = Number(residual.argmin());
const times = (i: number) => (10 ** residual.get(i)).toFixed(2);
console.log(`furthest above: ${names[hi]} (${year.get(hi)}), ${times(hi)} times the trend`);
console.log(`furthest below: ${names[lo]} (${year.get(lo)}), ${times(lo)} times the trend`);
console.log(`typical spread: a factor of ${(10 ** residual.std()).toFixed(2)} (10 ** std)`);
""")

md("""
## The same fit with `np.polynomial`

NumPy recommends the newer `np.polynomial.Polynomial` class for new code. Its `fit` first
maps the years onto the window $[-1, 1]$, which keeps the computation well conditioned
(years near 2000 raised to powers get huge), so the coefficients it prints are in that
scaled variable. `.convert()` turns them back into the plain $a + b\\,x$ form, the same
numbers as `np.polyfit`'s, lowest power first.
""")
code("""
const p = np.polynomial.Polynomial.fit(year, logCount, 1);
console.log(String(p));
console.log(String(p.convert()));
p.convert()
""")

md("""
## A prediction

A fitted polynomial evaluates with `p.call(x)` (Python's `p(x)`). Extrapolating is risky:
the line only says what happens if the past trend continues. (For comparison, Apple's M1
Ultra of 2022, not in our table, has 114 billion transistors.)
""")
code("""
for (const y of [2025, 2030]) {
  const predicted = 10 ** p.call(y);
  console.log(`${y}: about ${(predicted / 1e9).toFixed(0)} billion transistors`);
}
console.log("years to go from 1 to 100 billion:", (2 / slope).toFixed(1));
""")

nb.write(__file__, "moores-law.ipynb", "Fitting a trend on a log scale: Moore's law")
