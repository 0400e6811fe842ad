/** text/markdown: rendered as a markdown cell is (marked, KaTeX math, DOMPurify: web/outputs/markdown.ts). */
import { renderMarkdown } from '../markdown';
import type { MimeRenderer } from './mime-types';

export const markdownRenderer: MimeRenderer = {
  mime: 'text/markdown',
  rank: 55,
  accepts: (d) => typeof d === 'string',
  render(bundle) {
    const div = document.createElement('div');
    div.className = 'nb-markdown-output nb-markdown';
    div.innerHTML = renderMarkdown(bundle['text/markdown'] as string, undefined, true);
    return div;
  },
};
