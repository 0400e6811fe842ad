/**
 * What an ndarray output shows, as standard MIME data, for .ipynb export (web/sharing/ipynb-export.ts):
 * the view chosen for the output (when it can draw the array; else the default view of the
 * registry) is mounted off screen and asked for its rendition: `image/png` for the heatmap,
 * image and plot, `text/html` for the table, and always `text/plain`. Needs the page (canvas).
 */
import type { ArrayRendition } from '../../sharing/ipynb-export';
import { defaultViews } from './index';
import type { NdarrayPayload } from './ndarray-data';
import type { ViewRegistry } from './registry';
import { textOf, textView } from './text';

export function arrayRendition(p: NdarrayPayload, text: string | undefined, view: string | undefined, registry: ViewRegistry = defaultViews): ArrayRendition {
  const chosen = registry.applicable(p, text).find((v) => v.id === view) ?? registry.preferred(p, text) ?? textView;
  const ctx = { text, options: {}, width: 0 };
  for (const v of chosen === textView ? [textView] : [chosen, textView]) {
    try {
      const mounted = v.mount(p, ctx);
      const data = { 'text/plain': textOf(p, text), ...mounted.rendition() };
      mounted.dispose?.();
      return { view: String(v.id), data };
    } catch (e) {
      if (v === textView) throw e;
    }
  }
  throw new Error('unreachable');
}
