/** Helpers of the plt end-to-end tests: run cells, read their outputs, read a figure's canvas back. */
import type { Page } from 'playwright-core';

export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
  await page.waitForFunction(() => (window as any).numbook.readyAt > 0 && (window as any).numbook.client.state === 'idle', null, { timeout: 90_000 });
}

/** Sets the notebook's cells to `codes` and runs them all. */
export async function runCells(page: Page, codes: string[]): Promise<void> {
  await page.evaluate(async (codes) => {
    const c = (window as any).numbook.notebook.controller;
    c.setSource(c.doc.cells[0].id, codes[0]);
    c.select(c.doc.cells[0].id);
    for (const code of codes.slice(1)) {
      const cell = c.insert('below');
      c.setSource(cell.id, code);
      c.select(cell.id);
    }
    await c.run(c.doc.cells.map((x: any) => x.id));
  }, codes);
}

/** Per cell: its outputs' MIME types and the text/plain of each. */
export async function outputs(page: Page): Promise<{ types: string[]; text: string }[][]> {
  return page.evaluate(() =>
    (window as any).numbook.notebook.controller.doc.cells.map((c: any) =>
      c.outputs.map((o: any) => ({ types: o.data ? Object.keys(o.data).sort() : [o.output_type], text: o.data?.['text/plain'] ?? `${o.ename}: ${o.evalue}` })),
    ),
  );
}

export interface CanvasInfo {
  width: number;
  height: number;
  cssWidth: number;
  frames: { left: number; top: number; width: number; height: number }[];
  drawMs: number;
  /** Pixels that are not white. */
  ink: number;
  /** Counts of some exact colours. */
  colors: Record<string, number>;
}

/** The figure canvas of cell `i`, read back. */
export async function figureCanvas(page: Page, i: number, colors: string[]): Promise<CanvasInfo> {
  await page.waitForFunction((i) => document.querySelectorAll('nb-cell')[i]?.querySelector('.nb-figure canvas'), i, { timeout: 30_000 });
  return page.evaluate(
    ({ i, colors }) => {
      const c = document.querySelectorAll('nb-cell')[i].querySelector<HTMLCanvasElement>('.nb-figure canvas')!;
      const img = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const want = new Map(colors.map((h) => [parseInt(h.slice(1), 16), h]));
      const counts: Record<string, number> = Object.fromEntries(colors.map((h) => [h, 0]));
      let ink = 0;
      for (let p = 0; p < img.length; p += 4) {
        const r = img[p], g = img[p + 1], b = img[p + 2];
        if (r < 250 || g < 250 || b < 250) ink++;
        const h = want.get((r << 16) | (g << 8) | b);
        if (h) counts[h]++;
      }
      return {
        width: c.width, height: c.height, cssWidth: c.getBoundingClientRect().width, frames: JSON.parse(c.dataset.frames!),
        drawMs: Number(c.dataset.drawMs), ink, colors: counts,
      };
    },
    { i, colors },
  );
}

