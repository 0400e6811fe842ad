"""Draws the notebook's two images with NumPy and writes them as PNG (a tiny writer: zlib only).

    python3 make_images.py    # writes digit.png (28x28 grayscale) and scene.png (128x96 RGB)

Deterministic: no randomness, no fonts, no metadata chunks (no gAMA/iCCP, so browsers
decode the stored values unchanged).
"""
import struct
import zlib

import numpy as np


def write_png(path, img):
    """img: uint8, H x W (grayscale) or H x W x 3 (RGB)."""
    img = np.ascontiguousarray(img, dtype=np.uint8)
    h, w = img.shape[:2]
    color_type = 0 if img.ndim == 2 else 2
    raw = b"".join(b"\x00" + img[y].tobytes() for y in range(h))  # filter 0 on every row

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, color_type, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def stroke(h, w, points, width, scale=4):
    """Anti-aliased pen stroke along a polyline: coverage in [0, 1], supersampled."""
    ys, xs = np.mgrid[0:h * scale, 0:w * scale]
    px = (xs + 0.5) / scale
    py = (ys + 0.5) / scale
    d = np.full(px.shape, np.inf)
    pts = np.asarray(points, dtype=float)
    for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((px - x0) * dx + (py - y0) * dy) / max(dx * dx + dy * dy, 1e-12), 0, 1)
        d = np.minimum(d, np.hypot(px - (x0 + t * dx), py - (y0 + t * dy)))
    ink = (d <= width / 2).astype(float)
    return ink.reshape(h, scale, w, scale).mean(axis=(1, 3))


def arc(cx, cy, rx, ry, a0, a1, n=40, wobble=0.0):
    a = np.radians(np.linspace(a0, a1, n))
    r = 1 + wobble * np.sin(3 * a)
    return np.stack([cx + rx * r * np.cos(a), cy + ry * r * np.sin(a)], axis=1)


def digit():
    """A handwritten-looking 3, white on black, centred in 28x28 as MNIST digits are."""
    top = arc(13.6, 9.4, 4.6, 4.2, -165, 95, wobble=0.04)
    bottom = arc(13.2, 17.6, 5.4, 4.8, -95, 160, wobble=0.05)
    pts = np.concatenate([top, [[12.2, 13.4]], bottom])
    cov = stroke(28, 28, pts, width=2.6)
    # ink a little heavier than the coverage, so the stroke's core is solid white as in MNIST
    return np.round(255 * np.clip(cov * 1.15, 0, 1)).astype(np.uint8)


def scene():
    """A sunset: sky gradient, sun, two mountain ridges, a lake with the sun's reflection."""
    h, w = 96, 128
    y = np.arange(h)[:, None] / (h - 1)
    x = np.arange(w)[None, :] / (w - 1)
    top = np.array([28, 36, 92.0])       # deep blue
    horizon = np.array([250, 150, 80.0])  # orange
    t = np.clip(y / 0.62, 0, 1)[..., None] ** 1.3
    img = (1 - t) * top + t * horizon
    img = np.broadcast_to(img, (h, w, 3)).copy()
    # the sun
    sy, sx, sr = 0.52 * (h - 1), 0.68 * (w - 1), 11.0
    yy, xx = np.mgrid[0:h, 0:w]
    dist = np.hypot(yy - sy, xx - sx)
    glow = np.clip(1 - (dist - sr) / 14, 0, 1)[..., None] * (dist > sr)[..., None]
    img = img + glow * 0.35 * (np.array([255, 230, 140.0]) - img)
    img[dist <= sr] = [255, 221, 87]
    # mountains: far ridge (purple), near ridge (dark)
    far = 0.50 + 0.08 * np.sin(2 * np.pi * (x * 1.3 + 0.1)) + 0.04 * np.sin(2 * np.pi * x * 3.7)
    near = 0.60 + 0.06 * np.sin(2 * np.pi * (x * 0.9 + 0.55)) + 0.03 * np.sin(2 * np.pi * x * 5.1)
    img[(y >= far) & (y < 0.70)] = [110, 70, 120]
    img[(y >= near) & (y < 0.70)] = [60, 40, 75]
    # the lake: the sky mirrored, darker, with a shimmering path under the sun
    lake = yy >= int(0.70 * h)
    mirror = img[np.clip(2 * int(0.70 * h) - yy - 1, 0, h - 1), xx]
    water = 0.55 * mirror + 0.45 * np.array([20, 40, 70.0])
    shimmer = (np.abs(xx - sx) < 10 - (yy - 0.70 * h) * 0.2) & ((yy % 3) == 0)
    water[shimmer] = [250, 200, 110]
    img[lake] = water[lake]
    return np.round(np.clip(img, 0, 255)).astype(np.uint8)


if __name__ == "__main__":
    write_png("digit.png", digit())
    write_png("scene.png", scene())
