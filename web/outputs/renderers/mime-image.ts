/**
 * Image MIME renderers (image/png, image/jpeg, image/gif): an <img> from the base64 data
 * (a list of lines, as some writers store it, was joined on import; whitespace is
 * dropped). The output's metadata may give the size to show it at, as IPython's
 * `Image(width=...)` and matplotlib's retina figures do: `{"image/png": {"width": 374,
 * "height": 255}}`; `unconfined: true` lets it be wider than the output.
 */
import type { MimeRenderer } from './mime-types';

interface ImageMetadata {
  width?: unknown;
  height?: unknown;
  unconfined?: unknown;
}

const positive = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);

export function imageRenderer(mime: string, rank: number): MimeRenderer {
  return {
    mime,
    rank,
    accepts: (d) => typeof d === 'string' && d.trim() !== '',
    render(bundle, metadata) {
      const img = document.createElement('img');
      img.className = 'nb-image-output';
      img.src = `data:${mime};base64,${(bundle[mime] as string).replace(/\s+/g, '')}`;
      const alt = bundle['text/plain'];
      img.alt = typeof alt === 'string' ? alt : '';
      const m = (metadata?.[mime] ?? {}) as ImageMetadata;
      const w = positive(m.width);
      const h = positive(m.height);
      if (w) img.width = w;
      if (h) img.height = h;
      if (m.unconfined !== true) img.style.maxWidth = '100%';
      if (w || h) img.style.height = 'auto';
      if (w && h) img.style.aspectRatio = `${w} / ${h}`;
      return img;
    },
  };
}

export const pngRenderer = imageRenderer('image/png', 50);
export const jpegRenderer = imageRenderer('image/jpeg', 49);
export const gifRenderer = imageRenderer('image/gif', 48);
