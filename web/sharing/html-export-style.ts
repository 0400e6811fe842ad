/**
 * The stylesheet of an exported HTML page (web/sharing/html-export.ts): the notebook as the app
 * shows it (prompts, code on grey, outputs, stderr and tracebacks tinted, tables as the
 * table view draws them), light theme, and print rules: no header bar, no background,
 * a cell's input kept with the start of its output, pictures never split across pages.
 */
import { TABLE_CSS } from '../outputs/renderers/table';

export const PAGE_CSS = `
:root { --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace; --sans: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; --border: #d9dee5; --code: #f7f8fa; }
html { background: #eef1f5; }
body { margin: 0; font: 14px/1.5 var(--sans); color: #1f2d3d; }
.nbx-bar { display: flex; align-items: baseline; flex-wrap: wrap; gap: 4px 16px; padding: 10px 24px; background: #fff; border-bottom: 1px solid var(--border); font-size: 13px; color: #4a5663; }
.nbx-bar h1 { margin: 0; font: 600 18px var(--sans); color: #1f2d3d; }
.nbx-bar .nbx-spacer { flex: 1; }
.nbx-bar a { color: #1a5fb4; font-weight: 600; }
.nbx-cells { max-width: 1000px; margin: 16px auto 48px; background: #fff; border: 1px solid var(--border); padding: 12px 16px 16px 0; }
.nbx-cell { display: grid; grid-template-columns: 72px minmax(0, 1fr); padding: 4px 0; }
.nbx-cell > :not(.nbx-prompt) { grid-column: 2; }
.nbx-prompt { grid-column: 1; font: 13px/20px var(--mono); color: #303f9f; text-align: right; padding: 7px 8px 0 0; white-space: nowrap; }
.nbx-prompt.out { color: #d84315; padding-top: 2px; }
.nbx-output { display: contents; }
.nbx-output > :not(.nbx-prompt) { grid-column: 2; margin: 4px 0 0; min-width: 0; overflow-x: auto; }
pre.nbx-code { margin: 0; border: 1px solid #e3e7ec; background: var(--code); font: 13.5px/20px var(--mono); padding: 6px 8px; white-space: pre-wrap; word-break: break-word; }
.nbx-cell pre { font: 13px/1.4 var(--mono); white-space: pre-wrap; word-break: break-word; margin: 0; }
pre.nbx-stderr { background: #fdecea; color: #8a1c1c; padding: 2px 4px; }
pre.nbx-error { background: #fdecea; color: #5f1010; padding: 6px 8px; border-radius: 2px; }
pre.nbx-error .tb-frame { color: #1a5e20; }
pre.nbx-error .tb-source { background: #ffd7d2; color: #000; font-weight: 600; }
pre.nbx-error .tb-caret { color: #b00020; font-weight: 700; }
pre.nbx-raw { padding: 6px 8px; color: #3d4752; background: #fbfaf3; border: 1px dashed #e2dcc0; }
.nbx-markdown { padding: 0 8px; overflow-x: auto; }
.nbx-markdown > :first-child { margin-top: 4px; }
.nbx-markdown img, .nbx-output img { max-width: 100%; }
.nbx-markdown pre { background: var(--code); padding: 8px; font: 13px/1.4 var(--mono); white-space: pre-wrap; }
.nbx-markdown code { font-family: var(--mono); font-size: 0.92em; }
.nbx-markdown table, .nbx-html table { border-collapse: collapse; }
.nbx-markdown th, .nbx-markdown td { border: 1px solid var(--border); padding: 3px 8px; }
.math-display { overflow-x: auto; }
.nbx-json { font: 12px/1.5 var(--mono); }
.tk-kw { color: #0000ff; } .tk-str { color: #a31515; } .tk-num { color: #098658; } .tk-com { color: #008000; }
.tk-lit { color: #0000ff; } .tk-type { color: #267f99; } .tk-fn { color: #795e26; }
${TABLE_CSS}
@page { margin: 14mm 12mm; }
@media print {
  html, body { background: #fff; }
  pre.nbx-code, pre.nbx-error, pre.nbx-stderr, pre.nbx-raw, .nbt td, .tb-source { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .nbx-bar { display: none; }
  .nbx-cells { max-width: none; margin: 0; border: 0; padding: 0; }
  .nbx-cell { break-inside: avoid-page; }
  .nbx-cell.nbx-long { break-inside: auto; }
  pre.nbx-code, .nbx-output img, .nbt-root, .katex-display { break-inside: avoid; }
  pre, .nbx-output > * { overflow: visible !important; }
  .nbx-markdown h1, .nbx-markdown h2, .nbx-markdown h3 { break-after: avoid-page; }
  a { color: inherit; }
}
`;
