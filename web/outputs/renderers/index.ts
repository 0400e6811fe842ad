/**
 * The renderers' public face: the default view registry (text | table | heatmap | image |
 * plot, in switcher order) and the per-renderer rendition functions for export.
 *
 * Default view by shape and dtype (highest rank wins; every view with a rank is offered):
 *
 *   shape                                   default   rank  (also offered)
 *   0-d, >= 4-d, empty, unknown dtype       text       10
 *   1-d, length <= 64                       table      20   text, plot (length >= 2)
 *   1-d, length > 64                        plot       30   text, table
 *   2-d, either side < 16                   table      20   text, heatmap, image
 *   2-d, both sides >= 16                   heatmap    30   text, table, image
 *   2-d uint8 / bool, both sides >= 16      image      35   text, table, heatmap
 *   3-d H x W x 3|4, H, W >= 4, H*W >= 64   image      40   text, table
 *   3-d H x W x 1, same sizes               image      35   text, table
 *   other 3-d                               table      20   text (image when H x W x 1|3|4)
 */
import { ViewRegistry, type ArrayView } from './registry';
import { textView } from './text';
import { tableView } from './table';
import { heatmapView } from './heatmap';
import { imageView } from './image';
import { plotView } from './plot';

export { NDARRAY_MIME, type NdarrayPayload } from './ndarray-data';
export type { ArrayView, MountedView, Rendition, ViewContext, ViewId } from './registry';
export { ViewRegistry } from './registry';
export { tableHTML } from './table';
export { heatmapPNG } from './heatmap';
export { imagePNG } from './image';
export { plotPNG } from './plot';
export { textOf } from './text';

export const BUILTIN_VIEWS: readonly ArrayView[] = [textView, tableView, heatmapView, imageView, plotView];

/** A registry with the built-in views. */
export function createViewRegistry(): ViewRegistry {
  const r = new ViewRegistry();
  for (const v of BUILTIN_VIEWS) r.register(v);
  return r;
}

/** The registry outputs use unless given another. */
export const defaultViews = createViewRegistry();
