"""Writes mandelbrot.ipynb: "The Mandelbrot and Julia sets", complex arrays in NumPy:
a grid of complex numbers from np.linspace and np.meshgrid, z ** 2 + c iterated on the
whole array at once, escape counts as images, the area estimated, Julia sets for four c.
Run: python3 make_notebook.py (test/e2e/example-notebooks.test.ts runs every cell)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from nbbuild import Builder  # noqa: E402

nb = Builder("mandel")
md, code = nb.md, nb.code


md("""
# The Mandelbrot and Julia sets

Take a complex number $c$, start at $z_0 = 0$ and repeat

$$z_{n+1} = z_n^2 + c.$$

For some $c$ the values stay small forever; for others they run off to infinity. The
**Mandelbrot set** is the set of $c$ for which they stay bounded. Once $|z_n| > 2$ the
sequence is sure to escape, so counting the steps until that happens (the *escape time*)
gives each $c$ a number, and drawing those numbers gives the famous picture.

NumPy does this for a whole grid of $c$ values at once, with **complex arrays**: no loop
over pixels, only a loop over steps.
""")

md("""
## A grid of complex numbers

`np.linspace` spaces the real and imaginary parts, `np.meshgrid` makes every pair, and
`X + Y * np.j` (Python's `X + 1j * Y`) makes a `complex128` array: one $c$ per pixel.
""")
code("""
const x = np.linspace(-2.2, 0.8, 450);
const y = np.linspace(-1.2, 1.2, 360);
const [X, Y] = np.meshgrid(x, y);
const c = X + Y * np.j;
console.log("c:", c.dtype, c.shape);
console.log("corners:", String(c.get(0, 0)), String(c.get(-1, -1)));
console.log("|c| at the corner:", np.abs(c.get(0, 0)));
""")

md("""
## Iterating on the whole array

Each step squares every $z$ and adds its $c$: `z = z * z + c` on every pixel at once. A
boolean mask says which points have escaped, and `np.where(mask, a, b)` takes `a` where
the mask is true and `b` elsewhere: it records the step at which each point first escapes,
and holds escaped points at $|z| = 2$ so that they do not overflow to infinity later.
(In Python one would often write `counts[mask] = n`, here `counts.set(mask, n)`: the same.)
""")
code("""
/** Escape time of z -> z * z + c from z0, for every pixel; maxIter where it never escaped. */
function escapeTime(z0: typeof c, cc: typeof c | typeof np.j, maxIter: number) {
  let z = z0;
  let counts = np.full(z0.shape, maxIter);
  for (let n = 0; n < maxIter; n++) {
    z = z * z + cc;
    const escaped = np.abs(z) > 2;
    counts = np.where(escaped & (counts == maxIter), n, counts);
    z = np.where(escaped, 2, z);
  }
  return counts;
}
const maxIter = 64;
const t0 = performance.now();
const counts = escapeTime(np.zeros_like(c), c, maxIter);
console.log(`${maxIter} steps on ${c.size} points in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const inside = counts == maxIter;
console.log("points that never escaped:", inside.sum());
""")

md("""
## Drawing it

The counts are an image: `plt.imshow` with `extent` puts the real axis along x and the
imaginary axis along y (`origin: "lower"` puts the negative imaginary part at the bottom).
A logarithm of the counts spreads the colours (`counts + 2`, so that points escaping at
step 0 are not black too); the points that never escaped, the set itself, are set to 0,
black in `"magma"`.
""")
code("""
const picture = np.where(inside, 0, np.log(counts + 2));
plt.figure({figsize: [7.5, 6.2]});
plt.title("The Mandelbrot set (black) and escape times");
plt.xlabel("Re(c)"); plt.ylabel("Im(c)");
const image = plt.imshow(picture, {cmap: "magma", extent: [-2.2, 0.8, -1.2, 1.2], origin: "lower"});
""")

md("""
## How big is it?

Each pixel covers a small rectangle of the plane, so counting the black pixels estimates
the set's **area**. The best estimates are about 1.506; with 80 steps a few points that
escape later still count as inside, so the estimate is a little high.
""")
code("""
const pixel = (x.get(1) - x.get(0)) * (y.get(1) - y.get(0));
console.log("area ≈", (inside.sum() * pixel).toFixed(3));
""")

md("""
## Julia sets

Keep $c$ fixed and start each pixel at its own $z_0$ instead: the points that stay bounded
form the **Julia set** of $c$. The same function draws them: `z0` is the grid, `cc` one
complex number. Here the points that stay bounded are drawn brightest. Values of $c$ inside
the Mandelbrot set give connected Julia sets; outside it they break into dust.
""")
code("""
const [ZX, ZY] = np.meshgrid(np.linspace(-1.6, 1.6, 320), np.linspace(-1.2, 1.2, 240));
const z0 = ZX + ZY * np.j;
const seeds = [-0.8 + 0.156 * np.j, 0.285 + 0.01 * np.j, -0.4 + 0.6 * np.j, -0.835 - 0.2321 * np.j];
const [fig, axes] = plt.subplots(2, 2, {figsize: [10, 7.6]});
seeds.forEach((seed, i) => {
  const k = escapeTime(z0, seed, 80);
  console.log(`c = ${String(seed)}: ${(k == 80).sum()} of ${k.size} starting points stay bounded`);
  const ax = axes[Math.floor(i / 2)][i % 2];
  ax.imshow(np.log(k + 1), {cmap: "inferno", extent: [-1.6, 1.6, -1.2, 1.2], origin: "lower"});
  ax.set_title(`c = ${String(seed)}`);
  ax.axis("off");
});
fig.suptitle("Julia sets");
plt.tight_layout();
""")

nb.write(__file__, "mandelbrot.ipynb", "The Mandelbrot and Julia sets")
