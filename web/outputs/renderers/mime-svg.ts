/**
 * image/svg+xml: sanitised (web/outputs/sanitize-svg.ts: DOMPurify, same-document <use> kept for
 * matplotlib's glyphs and ticks) and drawn as an <img>, so a notebook's SVG can neither
 * run script nor restyle the page. SVG that sanitising empties shows as its text/plain.
 */
import { svgDataURL } from '../sanitize-svg';
import type { MimeRenderer } from './mime-types';

export const svgRenderer: MimeRenderer = {
  mime: 'image/svg+xml',
  rank: 52,
  accepts: (d) => typeof d === 'string',
  render(bundle) {
    const url = svgDataURL(bundle['image/svg+xml'] as string);
    if (!url) {
      const pre = document.createElement('pre');
      pre.className = 'nb-plain';
      pre.textContent = typeof bundle['text/plain'] === 'string' ? bundle['text/plain'] : '(an SVG image with nothing safe to draw)';
      return pre;
    }
    const img = document.createElement('img');
    img.className = 'nb-svg';
    img.src = url;
    img.alt = typeof bundle['text/plain'] === 'string' ? bundle['text/plain'] : '';
    img.style.maxWidth = '100%';
    return img;
  },
};
