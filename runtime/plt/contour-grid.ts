/**
 * Contouring a grid of z values: the lines where z equals a level, and the regions where
 * z lies between two levels. Each grid quad is split into four triangles around its
 * centre (the mean of its corners), in which z is linear: the centre settles saddle quads
 * as matplotlib's mpl2014 algorithm does, and lines and filled regions share their
 * edges exactly. Lines are chained into polylines; regions are polygons, with whole quads
 * (and runs of them along a row, on a rectilinear grid) kept as one polygon each.
 *
 * Output: coordinates with NaN between polylines / polygons (the renderer's break).
 */

/** A grid: z[i * nx + j] at (X(i, j), Y(i, j)); `rect` when X depends on j only and Y on i only. */
export interface Grid {
  nx: number;
  ny: number;
  z: Float64Array;
  X: Float64Array;
  Y: Float64Array;
  rect: boolean;
}

/** Coordinates with NaN between parts. */
export interface Paths {
  x: number[];
  y: number[];
}

/** The four triangles of quad (i, j): corner indices a, b (counter-clockwise) and the centre. */
function quadCorners(g: Grid, i: number, j: number): [number, number, number, number] {
  const k = i * g.nx + j;
  return [k, k + 1, k + g.nx + 1, k + g.nx];
}

/**
 * The isolines at `level`: segments crossing the triangles, chained into polylines by the
 * edge they share. Edge keys: grid vertex pairs, and centre edges per quad.
 */
export function isolines(g: Grid, level: number): Paths {
  const { nx, ny, z, X, Y } = g;
  // Endpoints keyed by the edge they lie on; each edge joins at most two segments.
  const pts = new Map<string, [number, number]>();
  const segs: [string, string][] = [];
  const point = (key: string, x0: number, y0: number, z0: number, x1: number, y1: number, z1: number) => {
    if (!pts.has(key)) {
      const t = (level - z0) / (z1 - z0);
      pts.set(key, [x0 + t * (x1 - x0), y0 + t * (y1 - y0)]);
    }
    return key;
  };
  for (let i = 0; i + 1 < ny; i++) {
    for (let j = 0; j + 1 < nx; j++) {
      const c = quadCorners(g, i, j);
      const zs = c.map((k) => z[k]);
      if (zs.some((v) => !Number.isFinite(v))) continue;
      const lo = Math.min(...zs);
      const hi = Math.max(...zs);
      if (level < lo || level > hi || lo === hi) continue;
      const cz = (zs[0] + zs[1] + zs[2] + zs[3]) / 4;
      const cx = (X[c[0]] + X[c[1]] + X[c[2]] + X[c[3]]) / 4;
      const cy = (Y[c[0]] + Y[c[1]] + Y[c[2]] + Y[c[3]]) / 4;
      const q = `q${i},${j}`;
      for (let t = 0; t < 4; t++) {
        const a = c[t];
        const b = c[(t + 1) % 4];
        // Vertices of the triangle: a, b, centre; and their edges' keys.
        const V = [
          { x: X[a], y: Y[a], z: z[a], id: `v${a}` },
          { x: X[b], y: Y[b], z: z[b], id: `v${b}` },
          { x: cx, y: cy, z: cz, id: q },
        ];
        const cross: string[] = [];
        for (let e = 0; e < 3; e++) {
          const p = V[e];
          const r = V[(e + 1) % 3];
          // A crossing where one end is >= level and the other < level (a vertex on the level belongs to the side above).
          if ((p.z >= level) === (r.z >= level)) continue;
          const key = p.id < r.id ? `${p.id}|${r.id}` : `${r.id}|${p.id}`;
          cross.push(point(key, p.x, p.y, p.z, r.x, r.y, r.z));
        }
        if (cross.length === 2) segs.push([cross[0], cross[1]]);
      }
    }
  }
  return chain(segs, pts);
}

/** Joins segments sharing endpoints into polylines (closed ones end where they start). */
function chain(segs: [string, string][], pts: Map<string, [number, number]>): Paths {
  const at = new Map<string, number[]>();
  segs.forEach(([a, b], s) => {
    for (const k of [a, b]) {
      const l = at.get(k);
      if (l) l.push(s);
      else at.set(k, [s]);
    }
  });
  const used = new Uint8Array(segs.length);
  const out: Paths = { x: [], y: [] };
  const walk = (start: string, s0: number): string[] => {
    const keys = [start];
    let s = s0;
    let cur = start;
    while (s >= 0 && !used[s]) {
      used[s] = 1;
      const [a, b] = segs[s];
      cur = a === cur ? b : a;
      keys.push(cur);
      s = (at.get(cur) ?? []).find((n) => !used[n]) ?? -1;
    }
    return keys;
  };
  for (let s = 0; s < segs.length; s++) {
    if (used[s]) continue;
    // Extend both ways from this segment.
    const [a] = segs[s];
    const forward = walk(a, s);
    const other = (at.get(a) ?? []).find((n) => !used[n]);
    const backward = other === undefined ? [a] : walk(a, other);
    const keys = [...backward.reverse(), ...forward.slice(1)];
    if (out.x.length) {
      out.x.push(NaN);
      out.y.push(NaN);
    }
    for (const k of keys) {
      const p = pts.get(k)!;
      out.x.push(p[0]);
      out.y.push(p[1]);
    }
  }
  return out;
}

/** The part of a triangle (x, y, z at its vertices, z linear) where lo <= z <= hi, as a polygon. */
function clipTriangle(px: number[], py: number[], pz: number[], lo: number, hi: number): [number[], number[]] {
  let xs = px;
  let ys = py;
  let zs = pz;
  for (const [bound, keepAbove] of [[lo, true], [hi, false]] as const) {
    const nx: number[] = [];
    const ny: number[] = [];
    const nz: number[] = [];
    const n = xs.length;
    const inside = (v: number) => (keepAbove ? v >= bound : v <= bound);
    for (let k = 0; k < n; k++) {
      const k2 = (k + 1) % n;
      const ia = inside(zs[k]);
      const ib = inside(zs[k2]);
      if (ia) {
        nx.push(xs[k]);
        ny.push(ys[k]);
        nz.push(zs[k]);
      }
      if (ia !== ib) {
        const t = (bound - zs[k]) / (zs[k2] - zs[k]);
        nx.push(xs[k] + t * (xs[k2] - xs[k]));
        ny.push(ys[k] + t * (ys[k2] - ys[k]));
        nz.push(bound);
      }
    }
    xs = nx;
    ys = ny;
    zs = nz;
    if (xs.length < 3) return [[], []];
  }
  return [xs, ys];
}

/**
 * The union of the four pieces of a quad's triangles that all hold its centre (cx, cy):
 * each piece's outline without the centre, one after another around it (they meet on the
 * triangles' shared edges). Null when a piece lost the centre vertex (degenerate).
 */
function starUnion(list: [number[], number[]][], cx: number, cy: number): [number[], number[]] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [px, py] of list) {
    const k = px.findIndex((v, i) => v === cx && py[i] === cy);
    if (k < 0) return null;
    for (let q = 1; q < px.length; q++) {
      const i = (k + q) % px.length;
      xs.push(px[i]);
      ys.push(py[i]);
    }
  }
  return [xs, ys];
}

/**
 * The regions lo <= z <= hi of each band [levels[k], levels[k + 1]]: one Paths of polygons
 * per band. Quads wholly inside a band are one polygon; on a rectilinear grid, a run of
 * them along a row is one rectangle.
 */
export function isobands(g: Grid, levels: readonly number[]): Paths[] {
  const { nx, ny, z, X, Y } = g;
  const nb = levels.length - 1;
  const bands: Paths[] = Array.from({ length: nb }, () => ({ x: [], y: [] }));
  const poly = (b: number, xs: number[], ys: number[]) => {
    const p = bands[b];
    if (p.x.length) {
      p.x.push(NaN);
      p.y.push(NaN);
    }
    for (let k = 0; k < xs.length; k++) {
      p.x.push(xs[k]);
      p.y.push(ys[k]);
    }
  };
  /** The band holding all of [lo, hi], or -1. */
  const bandOf = (lo: number, hi: number) => {
    for (let b = 0; b < nb; b++) if (lo >= levels[b] && hi <= levels[b + 1]) return b;
    return -1;
  };
  for (let i = 0; i + 1 < ny; i++) {
    // A run of whole quads in one band along this row: [band, first column].
    let run: [number, number] | null = null;
    const endRun = (jEnd: number) => {
      if (!run) return;
      const [b, j0] = run;
      const k0 = i * nx + j0;
      const k1 = i * nx + jEnd;
      poly(b, [X[k0], X[k1], X[k1 + nx], X[k0 + nx]], [Y[k0], Y[k1], Y[k1 + nx], Y[k0 + nx]]);
      run = null;
    };
    for (let j = 0; j + 1 < nx; j++) {
      const c = quadCorners(g, i, j);
      const zs = c.map((k) => z[k]);
      if (zs.some((v) => !Number.isFinite(v))) {
        endRun(j);
        continue;
      }
      const lo = Math.min(...zs);
      const hi = Math.max(...zs);
      const whole = bandOf(lo, hi);
      if (whole >= 0) {
        if (g.rect) {
          if (run && run[0] !== whole) endRun(j);
          run ??= [whole, j];
        } else poly(whole, c.map((k) => X[k]), c.map((k) => Y[k]));
        continue;
      }
      endRun(j);
      const cz = (zs[0] + zs[1] + zs[2] + zs[3]) / 4;
      const cx = (X[c[0]] + X[c[1]] + X[c[2]] + X[c[3]]) / 4;
      const cy = (Y[c[0]] + Y[c[1]] + Y[c[2]] + Y[c[3]]) / 4;
      // Each band's pieces of the four triangles; the band holding the centre is one star-shaped polygon.
      const pieces = new Map<number, [number[], number[]][]>();
      for (let t = 0; t < 4; t++) {
        const a = c[t];
        const bb = c[(t + 1) % 4];
        const px = [X[a], X[bb], cx];
        const py = [Y[a], Y[bb], cy];
        const pz = [z[a], z[bb], cz];
        const tlo = Math.min(...pz);
        const thi = Math.max(...pz);
        for (let b = 0; b < nb; b++) {
          if (levels[b + 1] < tlo || levels[b] > thi) continue;
          const piece = clipTriangle(px, py, pz, levels[b], levels[b + 1]);
          if (piece[0].length < 3) continue;
          const list = pieces.get(b);
          if (list) list.push(piece);
          else pieces.set(b, [piece]);
        }
      }
      for (const [b, list] of pieces) {
        const star = list.length === 4 && cz >= levels[b] && cz <= levels[b + 1] ? starUnion(list, cx, cy) : null;
        if (star) poly(b, star[0], star[1]);
        else for (const [xs, ys] of list) poly(b, xs, ys);
      }
    }
    endRun(nx - 1);
  }
  return bands;
}
