/**
 * text/html: the output's HTML, sanitised with DOMPurify (web/outputs/markdown.ts: scripts,
 * handlers and javascript: links go), so a notebook from elsewhere stays inert; images,
 * media and styles from other sites go too, so a cell cannot send data out through them.
 */
import { sanitizeHTML } from '../markdown';
import type { MimeRenderer } from './mime-types';

export const htmlRenderer: MimeRenderer = {
  mime: 'text/html',
  rank: 60,
  accepts: (d) => typeof d === 'string',
  render(bundle) {
    const div = document.createElement('div');
    div.className = 'nb-html';
    div.innerHTML = sanitizeHTML(bundle['text/html'] as string, true);
    return div;
  },
};
