/**
 * A value as a MIME bundle (JupyterLab's rendermime model): every representation the
 * kernel can give, the UI draws the richest it knows. An ndarray is its NumPy repr
 * (text/plain) plus the array itself (application/vnd.numbook.ndarray+json: dtype, shape,
 * C-order elements in a buffer of its own that is transferred, not copied, to the page),
 * so the UI can draw a table, heatmap, image or plot from it.
 *
 * Any object may give its own bundle, as in IPython: a `_repr_mimebundle_()` method
 * returning {mime: data}, or `_repr_html_()` / `_repr_svg_()` / `_repr_markdown_()`.
 */
import { np, NDArray } from '../runtime/index';
import type { MimeBundle, NDArrayPayload } from './protocol';
import { inspect } from './inspect';

/** Arrays larger than this are sent as text only (the page would choke on them anyway). */
export const MAX_ARRAY_BYTES = 64 * 2 ** 20;

/** A bundle and the buffers to transfer with it. */
export interface Bundle {
  data: MimeBundle;
  transfer: ArrayBuffer[];
}

/** The array's elements in a fresh C-order buffer (never its live storage). */
export function arrayPayload(a: NDArray): { payload: NDArrayPayload; transfer: ArrayBuffer[] } {
  const storage = a.data.constructor.name as NDArrayPayload['storage'];
  const base = { dtype: a.dtype as NDArrayPayload['dtype'], shape: [...a.shape], storage };
  if (a.size * a.data.BYTES_PER_ELEMENT > MAX_ARRAY_BYTES) return { payload: { ...base, truncated: true }, transfer: [] };
  // slice() copies even when contiguousData() is already a copy: a few ms for 8 MB, and
  // the user's array keeps its storage whatever the page does with the buffer.
  const data = a.contiguousData().slice();
  return { payload: { ...base, buffer: data.buffer as ArrayBuffer }, transfer: [data.buffer as ArrayBuffer] };
}

type Reprs = {
  _repr_mimebundle_?: () => Record<string, unknown>;
  _repr_html_?: () => string;
  _repr_svg_?: () => string;
  _repr_markdown_?: () => string;
};

/** The bundle for a value shown as a result or by display(). */
export function bundleOf(value: unknown): Bundle {
  if (value instanceof NDArray) {
    // The array views (table, plot, image) read real elements; a complex array is its text.
    if (value.dtype === 'complex64' || value.dtype === 'complex128') return { data: { 'text/plain': np.array_repr(value) }, transfer: [] };
    const { payload, transfer } = arrayPayload(value);
    return { data: { 'text/plain': np.array_repr(value), 'application/vnd.numbook.ndarray+json': payload }, transfer };
  }
  const data: MimeBundle = { 'text/plain': inspect(value, { quoteStrings: true }) };
  if (value !== null && typeof value === 'object') {
    const r = value as Reprs;
    if (typeof r._repr_mimebundle_ === 'function') Object.assign(data, r._repr_mimebundle_());
    if (typeof r._repr_html_ === 'function') data['text/html'] = r._repr_html_();
    if (typeof r._repr_svg_ === 'function') data['image/svg+xml'] = r._repr_svg_();
    if (typeof r._repr_markdown_ === 'function') data['text/markdown'] = r._repr_markdown_();
  }
  return { data, transfer: [] };
}

/**
 * A bundle given as is (`display({'text/html': '<b>hi</b>'}, {raw: true})`, IPython's
 * raw=True): text/plain is added if missing, an ndarray value is packed.
 */
export function rawBundle(bundle: Record<string, unknown>): Bundle {
  const data: MimeBundle = { 'text/plain': '', ...bundle } as MimeBundle;
  const transfer: ArrayBuffer[] = [];
  for (const [mime, v] of Object.entries(data)) {
    if (v instanceof NDArray) {
      const p = arrayPayload(v);
      data[mime] = p.payload;
      transfer.push(...p.transfer);
    }
  }
  if (!data['text/plain']) data['text/plain'] = Object.keys(bundle).length ? `<${Object.keys(bundle).join(', ')}>` : '';
  return { data, transfer };
}
