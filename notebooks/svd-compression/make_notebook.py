"""Writes svd-compression.ipynb: "Image compression with the SVD", a short tutorial on
np.linalg.svd with a grayscale picture (data/lakeside.png, drawn by data/make_image.py):
singular values, rank-k approximations, storage and error, energy captured.
Run: python3 make_notebook.py (test/e2e/example-notebooks.test.ts runs every cell)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from nbbuild import Builder  # noqa: E402

nb = Builder("svd")
md, code = nb.md, nb.code


md("""
# Image compression with the SVD

A grayscale image is a matrix: one number per pixel. The **singular value decomposition**
writes any matrix $A$ as

$$A = U \\, \\Sigma \\, V^T,$$

where the columns of $U$ and the rows of $V^T$ are orthonormal "patterns" and $\\Sigma$ is
diagonal, holding the **singular values** $s_1 \\ge s_2 \\ge \\dots \\ge 0$: how much each pattern
contributes. Keeping only the $k$ largest gives the best rank-$k$ approximation of $A$
(the Eckart–Young theorem), and a rank-$k$ matrix needs far fewer numbers to store.

The picture here, `data/lakeside.png`, was drawn for this notebook by a NumPy script
(`data/make_image.py`): smooth sky and water, large shapes, and fine texture such as
shingles, planks, grass and a fence.
""")

md("""
## The image as a matrix

`loadImage` decodes a PNG into a `uint8` array; `{mode: "L"}` asks for one gray channel,
so we get a 2-D array. Dividing by 255 gives floats between 0 and 1.
""")
code("""
const img = await loadImage("data/lakeside.png", {mode: "L"});
const A = img / 255;
plt.figure({figsize: [5, 5]});
plt.imshow(A, {cmap: "gray", vmin: 0, vmax: 1});
plt.axis("off");
plt.title(`lakeside.png: ${A.shape[0]} by ${A.shape[1]} pixels`);
console.log("shape", img.shape, "dtype", img.dtype);
""")

md("""
## The decomposition

`np.linalg.svd` returns `U`, the singular values `s` (a 1-D array, largest first) and `Vt`.
With `full_matrices: false` (NumPy's `full_matrices=False`), `U` and `Vt` keep only the
columns and rows that `s` multiplies. Multiplying back gives the image again: `U * s` scales
column $i$ of `U` by $s_i$ (broadcasting, the same as `U @ np.diag(s)`), then `.matmul(Vt)`
is Python's `@ Vt`.
""")
code("""
const [U, s, Vt] = np.linalg.svd(A, {full_matrices: false});
console.log("U", U.shape, " s", s.shape, " Vt", Vt.shape);
console.log("five largest singular values:", String(s.get(":5")));
console.log("U * s @ Vt equals A:", np.allclose((U * s).matmul(Vt), A));
""")

md("""
## How fast the singular values fall

On a log scale the singular values drop by orders of magnitude: the first one carries
the overall brightness, a few dozen the main shapes, and the long tail the fine detail.
The **energy** captured by the first $k$ values is
$\\sum_{i \\le k} s_i^2 \\,/\\, \\sum_i s_i^2$: `np.cumulative_sum` adds them up.
""")
code("""
const energy = np.cumulative_sum(s ** 2) / np.sum(s ** 2);
const [fig1, [left, right]] = plt.subplots(1, 2, {figsize: [10, 3.6]});
left.plot(np.arange(1, s.size + 1), s);
left.set_yscale("log");
left.set_xlabel("index i"); left.set_ylabel("singular value sᵢ"); left.set_title("Singular values (log scale)");
left.grid(true, {alpha: 0.3});
right.plot(np.arange(1, 101), energy.get(":100"));
right.set_xlabel("k"); right.set_ylabel("energy captured"); right.set_title("Energy of the first k values");
right.grid(true, {alpha: 0.3});
plt.tight_layout();
for (const k of [1, 5, 20, 50]) console.log(`k = ${k}: ${(100 * energy.get(k - 1)).toFixed(2)}% of the energy`);
console.log("values needed for 99.9%:", Number(np.searchsorted(energy, 0.999)) + 1, "of", s.size);
""")

md("""
## Rank-k approximations

Keep the first $k$ columns of `U`, values of `s` and rows of `Vt`:
$A_k = U_{:, :k} \\, \\mathrm{diag}(s_{:k}) \\, V^T_{:k, :}$. With $k = 1$ we only get a
blend of one column pattern and one row pattern; by $k = 20$ the scene is recognisable;
at $k = 50$ the fine textures come back.
""")
code("""
/** The best rank-k approximation of A. */
const rank = (k: number) => (U.get(`:, :${k}`) * s.get(`:${k}`)).matmul(Vt.get(`:${k}`));
const ks = [1, 5, 20, 50];
const [fig2, axes] = plt.subplots(1, ks.length, {figsize: [12, 3.6]});
ks.forEach((k, i) => {
  axes[i].imshow(np.clip(rank(k), 0, 1), {cmap: "gray", vmin: 0, vmax: 1});
  axes[i].set_title(`k = ${k}`);
  axes[i].axis("off");
});
fig2.suptitle("Rank-k approximations of the image");
plt.tight_layout();
""")

md("""
## Storage and error

A rank-$k$ approximation stores $k$ columns of `U` ($m$ numbers each), $k$ singular values
and $k$ rows of `Vt` ($n$ numbers each): $k(m + n + 1)$ numbers instead of $mn$. The
**relative error** is measured with the Frobenius norm, `np.linalg.norm` of a matrix:
$\\lVert A - A_k \\rVert / \\lVert A \\rVert$. (It equals the square root of the energy
left out.)
""")
code("""
const [m, n] = A.shape;
console.log("    k   numbers stored   storage ratio   relative error");
for (const k of [1, 5, 10, 20, 50, 100]) {
  const stored = k * (m + n + 1);
  const ratio = (100 * stored / (m * n)).toFixed(1) + "%";
  const err = np.linalg.norm(A - rank(k)) / np.linalg.norm(A);
  console.log(String(k).padStart(5), String(stored).padStart(16), ratio.padStart(15), err.toFixed(4).padStart(16));
}
""")

md("""
## What the approximation leaves out

The difference $A - A_{20}$ is the detail that rank 20 cannot hold: edges and textures,
not the broad shapes. This is why the SVD compresses smooth images well and busy ones
less well.
""")
code("""
const residual = A - rank(20);
plt.figure({figsize: [5.2, 4.4]});
plt.imshow(residual, {cmap: "RdBu_r", vmin: -0.3, vmax: 0.3});
plt.colorbar({label: "A - A₂₀"});
plt.axis("off");
plt.title("What rank 20 leaves out");
console.log("largest pixel error at rank 20:", np.abs(residual).max().toFixed(3));
""")

md("""
## Going further

- Try another $k$, or load your own picture: drop a PNG on the notebook and
  `await loadImage("yourfile.png", {mode: "L"})`.
- A colour image is three matrices: decompose each channel (`img.get(":, :, 0")`, ...).
- Real codecs such as JPEG use a fixed transform (the discrete cosine transform) on small
  blocks instead, which needs no $U$ and $V$ to be stored.
""")

nb.write(__file__, "svd-compression.ipynb", "Image compression with the SVD")
