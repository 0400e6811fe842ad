"""Draws the notebook's photo-like grayscale scene with NumPy and writes it as a PNG.

    python3 make_image.py    # writes lakeside.png (256 x 256, 8-bit grayscale)

A cabin by a lake under mountains: smooth gradients (sky, water), large shapes (mountains,
the cabin), middle detail (pine trees, clouds, windows, a fence) and fine texture (shingles,
planks, grass, ripples), so that rank-k approximations visibly lose detail scale by scale.
Deterministic: the only pseudo-randomness is NumPy's PCG64 with a fixed seed; no fonts, no
metadata chunks (no gAMA/iCCP, so browsers decode the stored values unchanged).
"""
import struct
import zlib

import numpy as np

H = W = 256


def write_png(path, img):
    """img: uint8, H x W grayscale."""
    img = np.ascontiguousarray(img, dtype=np.uint8)
    h, w = img.shape
    raw = b"".join(b"\x00" + img[y].tobytes() for y in range(h))  # filter 0 on every row

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


rng = np.random.default_rng(20261208)


def value_noise(cells):
    """Smooth noise in [0, 1]: a random (cells+1)^2 grid, bilinearly interpolated to H x W."""
    g = rng.random((cells + 1, cells + 1))
    t = np.linspace(0, cells, H, endpoint=False)
    i = t.astype(int)
    f = t - i
    f = f * f * (3 - 2 * f)  # smoothstep: no visible grid creases
    a = g[i][:, i] * (1 - f)[None, :] + g[i][:, i + 1] * f[None, :]
    b = g[i + 1][:, i] * (1 - f)[None, :] + g[i + 1][:, i + 1] * f[None, :]
    return a * (1 - f)[:, None] + b * f[:, None]


def fractal(octaves, base=4):
    out = np.zeros((H, W))
    amp, total = 1.0, 0.0
    for o in range(octaves):
        out += amp * value_noise(base * 2 ** o)
        total += amp
        amp /= 2
    return out / total


def coverage(inside, scale=4):
    """Anti-aliased coverage of a shape: inside(x, y) on a supersampled grid, averaged."""
    ys, xs = np.mgrid[0:H * scale, 0:W * scale]
    x = (xs + 0.5) / scale
    y = (ys + 0.5) / scale
    return inside(x, y).astype(float).reshape(H, scale, W, scale).mean(axis=(1, 3))


def paint(img, cov, value):
    return img * (1 - cov) + value * cov


y = np.arange(H)[:, None] + 0.5
x = np.arange(W)[None, :] + 0.5
horizon = 150  # the far shore: the lake mirrors everything above it

# Sky: darker above, bright near the horizon, with soft clouds.
img = np.broadcast_to(80 + 140 * (y / horizon) ** 1.4, (H, W)).copy()
clouds = np.clip((fractal(5, 3) - 0.5) * 4, 0, 1) * np.clip(1 - y / 100, 0, 1)
img = paint(img, clouds, 240)


def ridge(x, base, amps):
    """A mountain ridge line: a base height minus |sin| bumps of decreasing size."""
    r = np.full_like(x, base, dtype=float)
    for a, f, p in amps:
        r = r - a * np.abs(np.sin(x * f + p))
    return r


# Mountains: a far ridge (mid grey, snow on the highest peaks) and a near one (darker).
far = lambda x: ridge(x, 135, [(40, 0.013, 0.4), (11, 0.047, 1.1), (4, 0.15, 2.0), (1.5, 0.51, 0.3)])
near = lambda x: ridge(x, 150, [(22, 0.021, 2.2), (8, 0.069, 0.5), (3, 0.23, 1.7), (1.2, 0.77, 0.9)])
img = paint(img, coverage(lambda x, y: (y > far(x)) & (y < horizon)), 125 + 30 * fractal(4, 8))
snow = coverage(lambda x, y: (y > far(x)) & (y < 96 + 3 * np.sin(x * 0.4)))
img = paint(img, snow, 235)
img = paint(img, coverage(lambda x, y: (y > near(x)) & (y < horizon)), 85 + 30 * fractal(5, 8))


def pine(cx, base, height, width):
    """A pine tree: stacked triangles on a short trunk."""
    def inside(x, y):
        t = (base - y) / height  # 0 at the base, 1 at the tip
        tiers = np.mod(t * 4, 1.0)
        half = width / 2 * (1 - t) * (0.55 + 0.45 * tiers)
        trunk = (np.abs(x - cx) < width * 0.06) & (y > base - 2) & (y <= base + 3)
        return ((t > 0) & (t < 1) & (np.abs(x - cx) < half)) | trunk
    return coverage(inside)


# The far shore: a dark strip with pines of several sizes, just above the water.
img = paint(img, coverage(lambda x, y: (y > 144 + 3 * np.sin(x * 0.04)) & (y < horizon)), 55 + 20 * fractal(5, 16))
for cx, height, width, shade in [(14, 56, 28, 30), (36, 44, 22, 42), (55, 34, 18, 36), (71, 26, 14, 50), (86, 18, 10, 56), (160, 14, 8, 52), (172, 20, 11, 44), (246, 30, 16, 40)]:
    img = paint(img, pine(cx, 147, height, width), shade + 12 * fractal(3, 32))

# The lake: the scene above mirrored, darkened, with horizontal ripples, finer far off.
rows = np.arange(horizon, H)[:, None]
depth = (rows - horizon) / (H - horizon)  # 0 at the far shore, 1 at the bottom edge
shift = np.round(3 * depth * np.sin(x * 0.21 + rows * 0.8)).astype(int)  # wavy reflection
src = np.clip(2 * horizon - rows - 1 + shift, 0, horizon - 1)
water = 0.72 * img[src, np.broadcast_to(np.arange(W), src.shape)] + 18
water += 9 * np.sin((rows - horizon) ** 1.25 * 0.9 + 2 * np.sin(x * 0.04)) * (0.3 + depth)
img[horizon:, :] = water

# The near bank, bottom right: grass with fine blade texture.
bank = lambda x: 196 + 0.0045 * (x - 205) ** 2
blades = 60 + 40 * fractal(6, 16) + 14 * np.sin(x * 1.9 + 3 * np.sin(y * 0.37))
img = paint(img, coverage(lambda x, y: y > bank(x)), blades)

# A cabin on the bank: planked wall, shingled roof, two windows, a door, a chimney.
cx0, cx1, wall_top, wall_bot = 150, 215, 166, 203
img = paint(img, coverage(lambda x, y: (x > cx0) & (x < cx1) & (y > wall_top) & (y < wall_bot)), 125 - 22 * (np.mod(y, 5) < 1) + 10 * fractal(6, 32))
roof = coverage(lambda x, y: (y < wall_top + 1) & (y > wall_top - 28 + np.abs(x - (cx0 + cx1) / 2) * 0.85) & (x > cx0 - 6) & (x < cx1 + 6))
shingles = 62 + 28 * ((np.mod(y, 4) < 1) | (np.mod(x + 4 * (np.mod(y, 8) < 4), 8) < 1))
img = paint(img, roof, shingles)
img = paint(img, coverage(lambda x, y: (x > 196) & (x < 203) & (y > 134) & (y < 154)), 70)
for wx in (158, 194):
    img = paint(img, coverage(lambda x, y: (x > wx) & (x < wx + 13) & (y > 174) & (y < 187)), 245)
    bars = coverage(lambda x, y: (x > wx) & (x < wx + 13) & (y > 174) & (y < 187) & ((np.abs(x - wx - 6.5) < 0.7) | (np.abs(y - 180.5) < 0.7)))
    img = paint(img, bars, 40)
img = paint(img, coverage(lambda x, y: (x > 177) & (x < 188) & (y > 182) & (y < 203)), 45)

# A fence along the bank: thin posts and two rails, a fine periodic pattern.
posts = coverage(lambda x, y: (np.mod(x, 9) < 1.6) & (y > bank(x) + 10) & (y < bank(x) + 26))
rails = coverage(lambda x, y: (np.abs(y - bank(x) - 15) < 0.8) | (np.abs(y - bank(x) - 21) < 0.8))
img = paint(img, np.maximum(posts, rails) * (x > 112), 215)

# Two birds in the sky: small dark arcs (fine detail on a smooth background).
birds = coverage(lambda x, y: (np.abs(y - (40 + 0.18 * np.abs(x - 100) ** 1.2)) < 0.9) & (np.abs(x - 100) < 6)
                 | (np.abs(y - (52 + 0.18 * np.abs(x - 118) ** 1.2)) < 0.8) & (np.abs(x - 118) < 5))
img = paint(img, birds, 40)

img = np.clip(np.round(img), 0, 255).astype(np.uint8)
write_png("lakeside.png", img)
print("lakeside.png", img.shape, img.dtype, "mean", img.mean().round(2))
