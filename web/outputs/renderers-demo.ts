/**
 * Renderer gallery (web/outputs/renderers-demo.html): every view on arrays built here from typed
 * arrays, as the kernel would send them. The end-to-end tests and bench/renderers.mjs drive
 * it through `window.nbDemo`. No runtime code: payloads are dtype + shape + buffer.
 *
 * The reprs (text/plain) in renderers-demo-reprs.json are NumPy 2.4's for the same data:
 *
 *   r, c = np.indices(shape)
 *   arange10 = np.arange(10); mat = np.arange(12).reshape(3, 4) * 1.5
 *   cube = np.arange(24).reshape(2, 3, 4); mask = (np.arange(12) % 3 == 0).reshape(3, 4)
 *   ramp = (r + c) / 1998                                            # (1000, 1000)
 *   wave = np.sin(r / 6) * np.cos(c / 8); wave[10:16, 20:30] = np.nan  # (48, 64)
 *   rgb: uint8 (64, 96, 3) = round(c / 95 * 255), round(r / 63 * 255), 128; rgb[8:24, 8:24] = red
 *   checker: uint8 (8, 8, 3), (250, 200, 40) / (40, 44, 52) squares, [0, 0] = (230, 30, 30)
 *   overflow: (32, 32, 3) = c / 31 * 1.4 - 0.2, r / 31, 0.5
 *   gray = ((r ^ c) * 2).astype(np.uint8)                            # (128, 128)
 *   i = np.arange(1000); sine = np.sin(2 * np.pi * i / 250) * np.exp(-i / 600)
 *   i = np.arange(10**6); t = i / 1e6; noise = (np.sin(i * 12.9898) * 43758.5453) % 1.0 - 0.5
 *   audio = (0.6 * np.sin(2 * np.pi * (5 * t + 20 * t * t)) * (0.5 + 0.5 * t) + 0.2 * noise).astype(np.float32)
 *   scalar = np.array(3.5); hyper = np.arange(16).reshape(2, 2, 2, 2)
 */
import './renderers/nb-array-output';
import { payloadOf, sizeOf, type NdarrayPayload } from './renderers/ndarray-data';
import { renderBundle } from './renderers/mime';
import { NDARRAY_MIME, heatmapPNG, imagePNG, plotPNG, tableHTML } from './renderers/index';
import { drawHeatmap } from './renderers/heatmap';
import { drawImageArray } from './renderers/image';
import { drawPlot } from './renderers/plot';
import type { NbArrayOutput } from './renderers/nb-array-output';
import reprs from './renderers-demo-reprs.json';

type Gen = (idx: number[], flat: number) => number;

/** A payload of `shape` whose element at (index, flat) is f(index, flat). */
function make(dtype: string, shape: number[], f: Gen): NdarrayPayload {
  const n = sizeOf(shape);
  const vals = new Float64Array(n);
  const idx = new Array<number>(shape.length).fill(0);
  for (let k = 0; k < n; k++) {
    vals[k] = f(idx, k);
    for (let a = shape.length - 1; a >= 0; a--) {
      if (++idx[a] < shape[a]) break;
      idx[a] = 0;
    }
  }
  return payloadOf(dtype, shape, vals);
}

function ramp(): NdarrayPayload {
  // Built straight into a Float64Array: 10^6 elements.
  const a = new Float64Array(1000 * 1000);
  for (let r = 0; r < 1000; r++) for (let c = 0; c < 1000; c++) a[r * 1000 + c] = (r + c) / 1998;
  return { dtype: 'float64', shape: [1000, 1000], buffer: a.buffer };
}

function audio(): NdarrayPayload {
  const n = 1_000_000;
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / 1e6;
    const s = Math.sin(i * 12.9898) * 43758.5453;
    const noise = s - Math.floor(s) - 0.5;
    a[i] = 0.6 * Math.sin(2 * Math.PI * (5 * t + 20 * t * t)) * (0.5 + 0.5 * t) + 0.2 * noise;
  }
  return { dtype: 'float32', shape: [n], buffer: a.buffer };
}

export const DATASETS: Record<string, () => NdarrayPayload> = {
  arange10: () => make('int64', [10], (_i, k) => k),
  mat: () => make('float64', [3, 4], (_i, k) => k * 1.5),
  cube: () => make('int64', [2, 3, 4], (_i, k) => k),
  mask: () => make('bool', [3, 4], (_i, k) => (k % 3 === 0 ? 1 : 0)),
  ramp,
  wave: () =>
    make('float64', [48, 64], ([r, c]) => (r >= 10 && r < 16 && c >= 20 && c < 30 ? NaN : Math.sin(r / 6) * Math.cos(c / 8))),
  rgb: () =>
    make('uint8', [64, 96, 3], ([r, c, ch]) => {
      if (r >= 8 && r < 24 && c >= 8 && c < 24) return ch === 0 ? 255 : 0;
      return ch === 0 ? Math.round((c / 95) * 255) : ch === 1 ? Math.round((r / 63) * 255) : 128;
    }),
  checker: () =>
    make('uint8', [8, 8, 3], ([r, c, ch]) => {
      if (r === 0 && c === 0) return [230, 30, 30][ch];
      return ((r + c) % 2 ? [40, 44, 52] : [250, 200, 40])[ch];
    }),
  overflow: () => make('float64', [32, 32, 3], ([r, c, ch]) => (ch === 0 ? (c / 31) * 1.4 - 0.2 : ch === 1 ? r / 31 : 0.5)),
  gray: () => make('uint8', [128, 128], ([r, c]) => ((r ^ c) * 2) & 255),
  sine: () => make('float64', [1000], (_i, k) => Math.sin((2 * Math.PI * k) / 250) * Math.exp(-k / 600)),
  audio,
  scalar: () => make('float64', [], () => 3.5),
  hyper: () => make('int64', [2, 2, 2, 2], (_i, k) => k),
};

const REPRS = reprs as Record<string, string>;

const gallery = document.querySelector<HTMLElement>('#gallery')!;

/** Adds an output (its own section) and returns the element. */
function add(title: string, payload: NdarrayPayload, text?: string, view?: string): NbArrayOutput {
  const section = document.createElement('section');
  section.className = 'demo';
  const h = document.createElement('h2');
  h.textContent = title;
  const el = renderBundle({ 'text/plain': text ?? '', [NDARRAY_MIME]: payload }) as NbArrayOutput;
  if (view) el.view = view;
  section.append(h, el);
  gallery.append(section);
  return el;
}

/** Adds a named dataset. */
function show(name: string, view?: string): NbArrayOutput {
  const el = add(name, DATASETS[name](), REPRS[name], view);
  el.id = name;
  return el;
}

function clear(): void {
  gallery.replaceChildren();
}

const api = {
  add, show, clear, make, payloadOf, DATASETS, REPRS,
  tableHTML, heatmapPNG, imagePNG, plotPNG, drawHeatmap, drawImageArray, drawPlot,
};
declare global {
  interface Window {
    nbDemo: typeof api;
  }
}
window.nbDemo = api;

const params = new URLSearchParams(location.search);
if (!params.has('empty')) for (const name of Object.keys(DATASETS)) show(name);
document.body.dataset.ready = 'true';
