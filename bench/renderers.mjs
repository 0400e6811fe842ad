#!/usr/bin/env node
// `node bench/renderers.mjs [runs]`: times the output renderers in headless Chromium on
// the gallery page (web/outputs/renderers-demo.html, served by Vite's dev server): the heatmap of
// a 1000 x 1000 float64 array (target: under 50 ms), the table view of the same array,
// the line plot of 10^6 float32 points and a 1000 x 1000 RGB image; plt's figures of a
// 10^6-point line and a 10^5-point scatter (target: under 100 ms each).
//
// For each: "draw" is the renderer's own work (pixels into a canvas / the table markup;
// the heatmap's "draw 1:1" is one canvas pixel per element, for reference);
// "output" is a whole <nb-array-output> from creation to the next painted frame (layout,
// style and paint included). Medians and minimums over the runs, in milliseconds.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.argv[2] ?? 15);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

process.chdir(ROOT);
const server = await createServer({
  configFile: path.join(ROOT, 'vite.config.ts'),
  server: { port: 0, strictPort: false, hmr: false },
  logLevel: 'error',
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/web/outputs/renderers-demo.html?empty`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });

  const results = await page.evaluate(async (runs) => {
    const d = window.nbDemo;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return { median: s[Math.floor(s.length / 2)], min: s[0] };
    };
    const time = async (fn, warm = 2) => {
      for (let i = 0; i < warm; i++) await fn();
      const xs = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await fn();
        xs.push(performance.now() - t);
      }
      return stats(xs);
    };
    const output = (p, view) => async () => {
      d.clear();
      const el = d.add('bench', p, '', view);
      await el.updateComplete;
      await frame();
    };

    const ramp = d.DATASETS.ramp();
    const audio = d.DATASETS.audio();
    const rgb = new Uint8Array(1000 * 1000 * 3).map((_, i) => (i * 7) & 255);
    const image = { dtype: 'uint8', shape: [1000, 1000, 3], buffer: rgb.buffer };
    const canvas = document.createElement('canvas');
    const out = {};
    // As the view draws it: shown at 480 px, one canvas pixel per block of elements.
    out['heatmap 1000x1000 float64: draw'] = await time(() => d.drawHeatmap(canvas, ramp, {}, { width: 480, height: 480 }));
    out['heatmap 1000x1000 float64: draw 1:1'] = await time(() => d.drawHeatmap(canvas, ramp));
    out['heatmap 1000x1000 float64: output'] = await time(output(ramp, 'heatmap'));
    out['table 1000x1000 float64: markup'] = await time(() => d.tableHTML(ramp));
    out['table 1000x1000 float64: output'] = await time(output(ramp, 'table'));
    out['plot 10^6 float32: draw'] = await time(() => d.drawPlot(canvas, audio, 760));
    out['plot 10^6 float32: output'] = await time(output(audio, 'plot'));
    // As the view draws it: shown at 640 px (block means).
    out['image 1000x1000x3 uint8: draw'] = await time(() => d.drawImageArray(canvas, image, { width: 640, height: 640 }));
    out['image 1000x1000x3 uint8: output'] = await time(output(image, 'image'));
    // plt: figures made by the model (runtime/plt/, loaded in the page here), drawn by the
    // figure renderer at 640 x 480.
    const plt = await import('/runtime/plt/pyplot.ts');
    const { np } = await import('/runtime/index.ts');
    const fd = await import('/web/outputs/renderers/figure-draw.ts');
    const t = np.linspace(0, 100, 1_000_000);
    plt.plot(t, np.sin(t));
    const lineSpec = plt.gcf().spec();
    plt.close('all');
    const rng = np.random.default_rng(1);
    plt.scatter(rng.normal(0, 1, 100_000), rng.normal(0, 1, 100_000), { s: 4, alpha: 0.5 });
    const scatterSpec = plt.gcf().spec();
    plt.close('all');
    const fc = document.createElement('canvas');
    fc.width = 640;
    fc.height = 480;
    out['plt line 10^6 points: draw'] = await time(() => fd.drawFigure(fc.getContext('2d'), lineSpec, 1));
    out['plt scatter 10^5 points: draw'] = await time(() => fd.drawFigure(fc.getContext('2d'), scatterSpec, 1));
    d.clear();
    return out;
  }, RUNS);

  console.log(`renderers in headless Chromium, ${RUNS} runs each (ms)`);
  const w = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(`${'case'.padEnd(w)}  median     min`);
  for (const [k, v] of Object.entries(results)) {
    console.log(`${k.padEnd(w)}  ${v.median.toFixed(1).padStart(6)}  ${v.min.toFixed(1).padStart(6)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
