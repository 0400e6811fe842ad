/**
 * The notebook inside an exported HTML page (web/sharing/html-export.ts), and out of it again
 * (File > Import, a drop): its .ipynb text in a data block that never runs,
 *
 *     <script type="application/x-ipynb+json" id="numbook-notebook">{ ...nbformat... }</script>
 *
 * Every `<` of the JSON is written `\u003c` (it only occurs inside JSON strings, where
 * that escape means the same character), so nothing in a cell's source or output (a
 * `</script>`, a `<!--`) can end the block early: the JSON read back is the notebook.
 */

export const EMBED_ID = 'numbook-notebook';
export const EMBED_TYPE = 'application/x-ipynb+json';

/** The data block holding a notebook's .ipynb (JSON) text. */
export function embedNotebook(ipynb: string): string {
  return `<script type="${EMBED_TYPE}" id="${EMBED_ID}">${ipynb.replace(/</g, '\\u003c')}</script>`;
}

const BLOCK = new RegExp(`<script\\b[^>]*\\bid=["']?${EMBED_ID}["']?[^>]*>([\\s\\S]*?)</script\\s*>`, 'i');

/** The .ipynb text an exported page carries, or null when the page has none. */
export function embeddedNotebook(html: string): string | null {
  return BLOCK.exec(html)?.[1] ?? null;
}
