/**
 * A traceback as lines to draw (web/outputs/nb-output.ts, and the exported HTML page): each
 * `Cell In[...]` frame, the cell's source line it points at and the caret under it are
 * marked, so they can be highlighted; IPython's ANSI colours are dropped.
 */
/** Splits a traceback into lines, marking the source excerpt lines under each `Cell In[...]` frame. */
export function tracebackLines(traceback: string[]): { text: string; kind: 'frame' | 'source' | 'caret' | 'plain' }[] {
  const out: { text: string; kind: 'frame' | 'source' | 'caret' | 'plain' }[] = [];
  // Tracebacks from IPython (an imported .ipynb) carry ANSI colours: dropped.
  // eslint-disable-next-line no-control-regex
  const lines = traceback.flatMap((t) => t.replace(/\x1b\[[0-9;]*m/g, '').split('\n'));
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    if (/^\s*Cell In\[/.test(t)) {
      out.push({ text: t, kind: 'frame' });
      if (/line \d+/.test(t) && i + 1 < lines.length && /^\s{4}/.test(lines[i + 1])) {
        out.push({ text: lines[++i], kind: 'source' });
        if (i + 1 < lines.length && /^\s*\^+\s*$/.test(lines[i + 1])) out.push({ text: lines[++i], kind: 'caret' });
      }
    } else out.push({ text: t, kind: 'plain' });
  }
  return out;
}
