"""Writes exercises-visual-numpy.ipynb: "Exercises: A Visual Intro to NumPy".

The exercises follow the sections of notebooks/visual-numpy (Jay Alammar's tutorial) and
read its data (../visual-numpy/data/). The format (metadata.numbook.exercise on each
student's cell, metadata.numbook.exercise_prompt on its prompt) is documented in
web/exercises/README.md. Run: python3 make_notebook.py (test/kernel/exercises/shipped.test.ts
runs every exercise: solutions pass, starters are "not attempted", wrong answers fail).
"""
import json, os

DATA = "../visual-numpy/data"
cells = []


def lines(s):
    s = s.strip("\n")
    out = s.split("\n")
    return [l + "\n" for l in out[:-1]] + [out[-1]]


def md(text, meta=None):
    cells.append({"cell_type": "markdown", "id": f"md-{len(cells)}", "metadata": meta or {}, "source": lines(text)})


def code(text, cid=None, meta=None):
    cells.append({"cell_type": "code", "id": cid or f"code-{len(cells)}", "metadata": meta or {}, "execution_count": None, "outputs": [], "source": lines(text)})


def value(name, value, expected, label=None, points=None, decimals=None, dtype=None):
    c = {"name": name, "value": value, "expected": expected}
    if label: c["label"] = label
    if points is not None: c["points"] = points
    if decimals is not None: c["decimals"] = decimals
    if dtype: c["dtype"] = dtype
    return c


number = 0


def exercise(eid, title, prompt, starter, checks, hints, solution):
    global number
    number += 1
    md(f"### Exercise {number}: {title}\n\n{prompt.strip()}", {"numbook": {"exercise_prompt": eid}})
    spec = {"id": eid, "title": title, "starter": starter.strip("\n"), "checks": checks, "hints": [h.strip() for h in hints], "solution": solution.strip("\n")}
    code(starter, f"ex-{eid}", {"numbook": {"exercise": spec}})


md("""
# Exercises: A Visual Intro to NumPy

Twelve short exercises that follow [*A Visual Intro to NumPy*](?example=visual-numpy) section by section:
creating arrays, arithmetic and broadcasting, indexing, aggregation, matrices, reshaping, a formula, and then
images, sound and text as arrays.

**How it works.** Each exercise is a prompt and a code cell for your answer. Write your answer in the cell, then
press **Check** under it: *Correct*, or *Not yet* with what is wrong and where. Stuck? **Hint** shows one hint at a
time; **Solution** shows an answer (it asks first, and the notebook records that you looked). Your progress (the bar
at the top) is saved with the notebook, and **Submit** downloads it with your attempt log for your teacher.

Checks run here, in your browser: they tell you whether you are right, they are not an exam lock. A determined
student can read or change them, so treat them as a friendly tutor.

Cells are TypeScript with `np` preloaded, and NumPy's operators work: `a * 2`, `a + b`, `a[0]`. Slices are
NumPy's syntax in a string: `a[1:3]` is `a.get("1:3")`.
""")

md("## Creating arrays")
exercise(
    "creating-arrays", "Creating arrays",
    """
Make two arrays:

- `evens`: the even numbers from 0 to 18, i.e. `0, 2, 4, ..., 18` (10 numbers);
- `grid`: a 3 x 4 array of zeros (3 rows, 4 columns).
""",
    """
const evens = null; // replace null with your array
const grid = null;
""",
    [value("`evens` holds 0, 2, ..., 18", "evens", "np.arange(0, 20, 2)"),
     value("`grid` is 3 x 4 zeros", "grid", "np.zeros([3, 4])")],
    ["`np.arange(start, stop, step)` counts from `start` up to, but not including, `stop`.",
     "For 0 to 18 in steps of 2 the stop must be past 18: `np.arange(0, 20, 2)`.",
     "`np.zeros` takes the shape as a list: `np.zeros([rows, columns])`."],
    """
const evens = np.arange(0, 20, 2);
const grid = np.zeros([3, 4]);
""")

md("## Array arithmetic and broadcasting")
exercise(
    "miles-to-km", "Arithmetic with a number",
    """
`miles` holds four distances in miles. Make `km`, the same distances in kilometres (1 mile is 1.6 km), with one
operation on the whole array: no loop.
""",
    """
const miles = np.array([1, 2, 3, 10]);
const km = null; // replace null
""",
    [value("`km` is `miles` in kilometres", "km", "np.array([1, 2, 3, 10]) * 1.6")],
    ["An operator between an array and a single number applies to every element (the number is *broadcast*).",
     "Kilometres are miles times 1.6: `miles * 1.6`."],
    """
const miles = np.array([1, 2, 3, 10]);
const km = miles * 1.6;
""")

exercise(
    "broadcast-row", "Broadcasting a row",
    """
`scores` has one row per student and one column per test. The teacher adds a bonus per test, `bonus`. Make
`curved`: every student's scores with the bonus added (so each column gets its own bonus).
""",
    """
const scores = np.array([[70, 80, 90], [60, 75, 85], [88, 92, 79], [55, 65, 95]]);
const bonus = np.array([5, 0, 2]);
const curved = null; // replace null
""",
    [value("`curved` adds `bonus` to every row", "curved", "np.array([[70, 80, 90], [60, 75, 85], [88, 92, 79], [55, 65, 95]]) + np.array([5, 0, 2])")],
    ["`scores` is 4 x 3 and `bonus` has 3 numbers: one per column.",
     "NumPy *broadcasts* the row to every one of the four rows when you add them: no loop needed.",
     "`scores + bonus`."],
    """
const scores = np.array([[70, 80, 90], [60, 75, 85], [88, 92, 79], [55, 65, 95]]);
const bonus = np.array([5, 0, 2]);
const curved = scores + bonus;
""")

md("## Indexing and slicing")
exercise(
    "indexing", "Indexing and slicing",
    """
`temps` holds a week of temperatures, Monday first. Make:

- `firstThree`: Monday to Wednesday (an array of 3);
- `sunday`: the last day's temperature (a single number).
""",
    """
const temps = np.array([12.5, 14.0, 13.2, 15.8, 17.1, 16.4, 11.9]);
const firstThree = null; // replace null
const sunday = null;
""",
    [value("`firstThree` is Monday to Wednesday", "firstThree", "np.array([12.5, 14.0, 13.2, 15.8, 17.1, 16.4, 11.9], {dtype: 'float64'}).get(':3')"),
     value("`sunday` is the last temperature", "sunday", "11.9")],
    ["A slice is NumPy's syntax in a string: `a.get(\"start:stop\")`, `stop` not included.",
     "`temps.get(\":3\")` is the first three; `temps[0]` is the first element.",
     "Python's `a[-1]` is the last element: here `temps[-1]` works too, or `temps[6]`."],
    """
const temps = np.array([12.5, 14.0, 13.2, 15.8, 17.1, 16.4, 11.9]);
const firstThree = temps.get(":3");
const sunday = temps[-1];
""")

md("## Aggregation")
exercise(
    "aggregation", "Aggregation",
    """
`sales` holds a shop's sales over five days. Make `total` (the sum), `average` (the mean) and `best` (the
largest day's sales). Each is one number.
""",
    """
const sales = np.array([120, 95, 143, 80, 101]);
const total = null; // replace null
const average = null;
const best = null;
""",
    [value("`total` is the sum", "total", "539"),
     value("`average` is the mean", "average", "107.8"),
     value("`best` is the largest", "best", "143")],
    ["Arrays have methods that reduce them to one number: `sum`, `mean`, `max`, `min`...",
     "`sales.sum()`, then `sales.mean()` (the mean divides by the number of days, 5) and `sales.max()`."],
    """
const sales = np.array([120, 95, 143, 80, 101]);
const total = sales.sum();
const average = sales.mean();
const best = sales.max();
""")

md("## Matrices")
exercise(
    "matrix-axis", "Aggregating along an axis",
    """
`heights` holds the heights (cm) of three plants (rows) measured in two weeks (columns). Make `tallestPerWeek`:
the tallest plant's height in each week, one number per column.
""",
    """
const heights = np.array([[12, 20], [15, 18], [9, 25]]);
const tallestPerWeek = null; // replace null
""",
    [value("`tallestPerWeek` has the maximum of each column", "tallestPerWeek", "np.array([[12, 20], [15, 18], [9, 25]]).max({axis: 0})")],
    ["`max()` alone gives the maximum of the whole matrix. Pass an axis to keep one value per column or per row.",
     "`axis: 0` collapses the rows: one value per column. `axis: 1` collapses the columns: one value per row.",
     "`heights.max({axis: 0})`."],
    """
const heights = np.array([[12, 20], [15, 18], [9, 25]]);
const tallestPerWeek = heights.max({axis: 0});
""")

exercise(
    "dot-product", "The dot product",
    """
A shop sells three items at `prices` (in cents); a customer buys `quantities` of each. Make `cost`, the total the
customer pays: the sum of price times quantity, as a single number. Use the dot product.
""",
    """
const prices = np.array([250, 120, 99]);
const quantities = np.array([2, 5, 10]);
const cost = null; // replace null
""",
    [{"name": "`cost` is one number", "code": "check.that(typeof cost === 'number' || (cost instanceof np.ndarray && cost.ndim === 0),\n  `\\`cost\\` should be a single number, not ${check.describe(cost)}`);"},
     value("`cost` is the total", "cost", "np.array([250, 120, 99]).dot(np.array([2, 5, 10]))")],
    ["`prices * quantities` multiplies element by element: it is still three numbers.",
     "The dot product multiplies element by element *and* adds up: `a.dot(b)`, or `np.dot(a, b)`."],
    """
const prices = np.array([250, 120, 99]);
const quantities = np.array([2, 5, 10]);
const cost = prices.dot(quantities);
""")

exercise(
    "reshape", "Reshaping and transposing",
    """
`six` holds 1 to 6. Make `tall`, the same numbers as 3 rows of 2 (`[[1, 2], [3, 4], [5, 6]]`), then `flat`:
`tall` transposed (2 rows of 3: each row of `flat` is a column of `tall`).
""",
    """
const six = np.arange(1, 7);
const tall = null; // replace null
const flat = null;
""",
    [value("`tall` is 3 rows of 2", "tall", "np.arange(1, 7).reshape(3, 2)"),
     value("`flat` is `tall` transposed", "flat", "np.arange(1, 7).reshape(3, 2).T")],
    ["`reshape(rows, columns)` gives the same elements a new shape; the number of elements must stay 6.",
     "`.T` is the transpose: rows become columns.",
     "`six.reshape(3, 2)`, then `tall.T`. Note that `six.reshape(2, 3)` is not the transpose: compare them!"],
    """
const six = np.arange(1, 7);
const tall = six.reshape(3, 2);
const flat = tall.T;
""")

md(r"""
## Formulas

The mean square error of predictions against labels is $\mathrm{MSE} = \frac{1}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i)^2$.
""")
exercise(
    "mse", "The mean square error",
    """
Compute `mse`, the mean square error of `predictions` against `labels`, in one line of NumPy (no loop).
""",
    """
const predictions = np.array([2.5, 0.0, 2.1, 7.8]);
const labels = np.array([3.0, -0.5, 2.0, 7.5]);
const mse = null; // replace null
""",
    [value("`mse` is the mean square error", "mse", "np.mean((np.array([2.5, 0.0, 2.1, 7.8], {dtype: 'float64'}) - np.array([3.0, -0.5, 2.0, 7.5], {dtype: 'float64'})) ** 2)")],
    ["Work inside out: the differences `predictions - labels`, then square them (`** 2`), then average.",
     "`np.mean(x)` is $\\frac{1}{n}\\sum x_i$: the same as `(1 / n) * np.sum(x)`.",
     "Squaring comes before averaging: `np.mean((predictions - labels) ** 2)`."],
    """
const predictions = np.array([2.5, 0.0, 2.1, 7.8]);
const labels = np.array([3.0, -0.5, 2.0, 7.5]);
const mse = np.mean((predictions - labels) ** 2);
""")

md("""
# Data as arrays

## Images

Run the next cell first: it loads the tutorial's picture as an array of height x width x 3 (red, green, blue),
each a number from 0 to 255.
""")
code(f"""
const scene = await loadImage("{DATA}/scene.png");
console.log("shape", scene.shape, "dtype", scene.dtype);
scene
""", "setup-scene")
exercise(
    "image", "Crop, flip and grayscale",
    """
From `scene` make:

- `corner`: its top-left quarter: the first half of the rows and the first half of the columns (48 x 64 x 3);
- `mirrored`: the picture flipped left to right (a mirror image);
- `gray`: a grayscale version, the mean of the three colour channels of every pixel (96 x 128).
""",
    """
const corner = null; // replace null
const mirrored = null;
const gray = null;
""",
    [value("`corner` is the top-left quarter", "corner", "scene.get(':48, :64')"),
     value("`mirrored` is flipped left to right", "mirrored", "scene.get(':, ::-1')"),
     value("`gray` is the mean of the channels", "gray", "scene.mean({axis: 2})", decimals=4)],
    ["An image is indexed `[rows, columns, channels]`; slices go in a string: `scene.get(\":48, :64\")`.",
     "A step of -1 reverses: `\"::-1\"` on the rows flips upside down; on the columns (`\":, ::-1\"`) left to right.",
     "The channels are the last axis, axis 2: `scene.mean({axis: 2})` averages them for every pixel."],
    """
const corner = scene.get(":48, :64");
const mirrored = scene.get(":, ::-1");
const gray = scene.mean({axis: 2});
""")

md("""
## Audio

Run the next cell first: it loads a recording. `samples` is a 1-D array of numbers, `rate` of them per second.
""")
code(f"""
const audio = await loadAudio("{DATA}/bards.wav");
const rate = audio.rate;
const samples = audio.samples;
console.log("rate", rate, "samples", samples.shape, samples.dtype);
""", "setup-audio")
exercise(
    "audio", "A second of audio",
    """
Make `firstSecond`: the samples of the first second of the recording. Then `loudest`: the largest absolute value
in that second (how far the wave swings from 0).
""",
    """
const firstSecond = null; // replace null
const loudest = null;
""",
    [value("`firstSecond` is the first second", "firstSecond", "samples.get(`:${rate}`)"),
     value("`loudest` is the largest absolute value", "loudest", "np.abs(samples.get(`:${rate}`).astype('int32')).max()")],
    ["One second is `rate` samples (44100 here): the first second is a slice from the start.",
     "Build the slice with a template string: ``samples.get(`:${rate}`)``.",
     "`np.abs(x)` makes every value positive; then `.max()`. (int16 audio: `.astype('int32')` first keeps -32768 safe.)"],
    """
const firstSecond = samples.get(`:${rate}`);
const loudest = np.abs(firstSecond.astype("int32")).max();
""")

md("""
## Text

Run the next cell first: it splits the quote into tokens (words) and makes a vocabulary: every word once, in
alphabetical order. A word's *id* is its position in `vocab`.
""")
code(f"""
const quote = (await loadText("{DATA}/quote.txt")).trim();
const quoteTokens = quote.toLowerCase().match(/[a-z']+/g) ?? [];
const vocab = [...new Set(quoteTokens)].sort();
console.log(quoteTokens);
console.log(vocab);
""", "setup-text")
exercise(
    "token-ids", "Text to token ids",
    """
Make `quoteIds`: an integer array with the id of every token of `quoteTokens`, in order (so it has one number per
token). For example, `"any"` is the first word of `vocab`, so its id is 0.
""",
    """
const quoteIds = null; // replace null
""",
    [{"name": "one id per token", "code": "check.that(quoteIds instanceof np.ndarray, '`quoteIds` should be an array: np.array([...])');\ncheck.that(quoteIds.size === quoteTokens.length, `\\`quoteIds\\` has ${quoteIds.size} ids for ${quoteTokens.length} tokens`);"},
     value("`quoteIds` holds the ids", "quoteIds", "np.array(quoteTokens.map((w) => vocab.indexOf(w)))")],
    ["A word's id is where it is in `vocab`: `vocab.indexOf(word)`.",
     "`quoteTokens.map((w) => ...)` turns every token into something: here its id.",
     "Wrap the list of ids in `np.array(...)`."],
    """
const quoteIds = np.array(quoteTokens.map((w) => vocab.indexOf(w)));
""")

md("""
---
That's all twelve. The progress bar at the top shows how you did; **Submit** downloads the notebook with your
attempt log to hand in.
""")

nb = {
    "nbformat": 4,
    "nbformat_minor": 5,
    "metadata": {
        "kernelspec": {"name": "numbook", "display_name": "TypeScript (np)", "language": "typescript"},
        "language_info": {"name": "typescript"},
        "title": "Exercises: A Visual Intro to NumPy",
    },
    "cells": cells,
}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "exercises-visual-numpy.ipynb"), "w") as f:
    json.dump(nb, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(number, "exercises")
