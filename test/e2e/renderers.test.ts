/**
 * The output renderers in real headless Chromium, on the gallery page
 * (web/outputs/renderers-demo.html), with payloads built there from typed arrays: each view draws
 * (canvas pixels read back), hover read-outs, switching views, renditions. Screenshots of
 * every view go to test-results/renderers-*.png.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, ARTIFACTS, type App } from './harness';

let app: App;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  app = await startApp();
  page = await app.browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${app.url}web/outputs/renderers-demo.html?empty`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** Adds dataset `name` (optionally in a given view; replacing an earlier one) and waits for it to draw. */
async function show(name: string, view?: string): Promise<void> {
  await page.evaluate(
    async ([n, v]) => {
      document.getElementById(n)?.closest('section')?.remove();
      const el = window.nbDemo.show(n, v ?? undefined);
      await el.updateComplete;
      el.scrollIntoView();
    },
    [name, view ?? null] as const,
  );
}

/** RGBA of canvas pixel (x, y) (intrinsic pixels) inside output `id`. */
async function pixel(id: string, selector: string, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    ([id, sel, x, y]) => {
      const c = document.getElementById(id)!.shadowRoot!.querySelector<HTMLCanvasElement>(sel)!;
      return [...c.getContext('2d')!.getImageData(x, y, 1, 1).data];
    },
    [id, selector, x, y] as const,
  );
}

const near = (a: number[], b: number[], tol = 2) => a.slice(0, b.length).every((v, i) => Math.abs(v - b[i]) <= tol);

async function readout(id: string): Promise<string> {
  return (await page.locator(`#${id} .nb-readout`).first().textContent())?.trim() ?? '';
}

async function shot(id: string, file: string): Promise<void> {
  await page.locator(`#${id}`).screenshot({ path: path.join(ARTIFACTS, file) });
}

describe('output renderers in Chromium', () => {
  it('heatmap: viridis from dark purple at the min corner to yellow at the max, colorbar, hover, colormaps', async () => {
    await show('ramp');
    expect(await page.getAttribute('#ramp', 'data-shown')).toBe('heatmap');
    const map = page.locator('#ramp canvas.nb-map');
    // Shown at 480 CSS px: one canvas pixel per block of about 2 x 2 elements.
    expect(await map.evaluate((c: HTMLCanvasElement) => [c.width, c.height])).toEqual([480, 480]);
    expect(near(await pixel('ramp', 'canvas.nb-map', 0, 0), [68, 1, 84, 255])).toBe(true);
    expect(near(await pixel('ramp', 'canvas.nb-map', 479, 479), [253, 231, 37, 255])).toBe(true);
    expect(near(await pixel('ramp', 'canvas.nb-map', 479, 0), [33, 145, 140], 6)).toBe(true);
    const ticks = await page.locator('#ramp .nb-tick').allTextContents();
    expect(ticks[0]).toBe('1');
    expect(ticks[ticks.length - 1]).toBe('0');
    expect(ticks).toContain('0.5');

    const box = (await map.boundingBox())!;
    expect(Math.round(box.width)).toBe(480);
    // One element is 0.48 CSS px here and the mouse lands on whole pixels: read the index
    // back, check it is about where the mouse is and that the value is that element's.
    const hover = async (i: number, j: number) => {
      await page.mouse.move(box.x + ((j + 0.5) / 1000) * box.width, box.y + ((i + 0.5) / 1000) * box.height);
      const m = /^\[(\d+), (\d+)\] = (.+)$/.exec(await readout('ramp'));
      expect(m, 'hover read-out').not.toBeNull();
      const [gi, gj] = [Number(m![1]), Number(m![2])];
      expect(Math.abs(gi - i)).toBeLessThanOrEqual(3);
      expect(Math.abs(gj - j)).toBeLessThanOrEqual(3);
      expect(m![3]).toBe((gi + gj) / 1998 === 0 ? '0.0' : String((gi + gj) / 1998));
    };
    await hover(0, 0);
    await hover(250, 500);
    await hover(999, 999);
    await shot('ramp', 'renderers-heatmap.png');

    await page.locator('#ramp select.nb-cmap').selectOption('gray');
    expect(near(await pixel('ramp', 'canvas.nb-map', 0, 0), [0, 0, 0, 255])).toBe(true);
    expect(near(await pixel('ramp', 'canvas.nb-map', 479, 479), [255, 255, 255, 255])).toBe(true);
    // The colormap is the output's: it survives a trip to another view and back.
    await page.click('#ramp button[data-view=text]');
    await page.click('#ramp button[data-view=heatmap]');
    expect(await page.locator('#ramp select.nb-cmap').inputValue()).toBe('gray');
  });

  it('heatmap: NaN drawn in its own color, with a key', async () => {
    await show('wave');
    expect(await page.getAttribute('#wave', 'data-shown')).toBe('heatmap');
    expect(await pixel('wave', 'canvas.nb-map', 25, 12)).toEqual([128, 128, 128, 255]);
    expect(near(await pixel('wave', 'canvas.nb-map', 0, 0), [33, 145, 140], 8)).toBe(true); // sin(0) * cos(0) = 0, mid-range
    expect(await page.locator('#wave .nb-nankey').textContent()).toBe('nan (60 elements)');
    const box = (await page.locator('#wave canvas.nb-map').boundingBox())!;
    await page.mouse.move(box.x + (25.5 / 64) * box.width, box.y + (12.5 / 48) * box.height);
    expect(await readout('wave')).toBe('[12, 25] = nan');
    await shot('wave', 'renderers-heatmap-nan.png');
  });

  it('image: RGB pixels, crisp upscaling of small images, hover values, clipped values flagged', async () => {
    await show('rgb');
    expect(await page.getAttribute('#rgb', 'data-shown')).toBe('image');
    expect(await pixel('rgb', '.nb-image canvas', 10, 10)).toEqual([255, 0, 0, 255]);
    expect(await pixel('rgb', '.nb-image canvas', 95, 0)).toEqual([255, 0, 128, 255]);
    expect(await pixel('rgb', '.nb-image canvas', 0, 63)).toEqual([0, 255, 128, 255]);
    const canvas = page.locator('#rgb .nb-image canvas');
    const box = (await canvas.boundingBox())!;
    expect([Math.round(box.width), Math.round(box.height)]).toEqual([192, 128]);
    await page.mouse.move(box.x + 10 * 2 + 1, box.y + 12 * 2 + 1);
    expect(await readout('rgb')).toBe('[12, 10] = [255, 0, 0]');
    await shot('rgb', 'renderers-image.png');

    await show('checker');
    const cb = (await page.locator('#checker .nb-image canvas').boundingBox())!;
    expect(Math.round(cb.width)).toBe(256);
    expect(await page.locator('#checker .nb-image canvas').evaluate((c) => getComputedStyle(c).imageRendering)).toBe('pixelated');
    expect(await pixel('checker', '.nb-image canvas', 0, 0)).toEqual([230, 30, 30, 255]);
    await shot('checker', 'renderers-image-small.png');

    await show('overflow');
    expect(await page.locator('#overflow .nb-clip').textContent()).toBe('⚠ 320 values outside [0, 1] clipped');
    expect(await pixel('overflow', '.nb-image canvas', 0, 0)).toEqual([0, 0, 128, 255]);
    expect(await pixel('overflow', '.nb-image canvas', 31, 0)).toEqual([255, 0, 128, 255]);

    // A large image is drawn at the shown size (640 px), each pixel a block mean.
    const big = await page.evaluate(async () => {
      const a = new Uint8Array(1000 * 1000 * 3);
      for (let p = 0; p < 1000 * 1000; p++) a[3 * p + ((p % 1000) < 501 ? 0 : 2)] = 255;
      const el = window.nbDemo.add('big', { dtype: 'uint8', shape: [1000, 1000, 3], buffer: a.buffer });
      await el.updateComplete;
      const c = el.shadowRoot!.querySelector('canvas')!;
      const px = (x: number, y: number) => [...c.getContext('2d')!.getImageData(x, y, 1, 1).data];
      const r = [c.width, c.height, px(10, 10), px(630, 630), px(320, 5)];
      el.closest('section')!.remove();
      return r;
    });
    expect(big.slice(0, 4)).toEqual([640, 640, [255, 0, 0, 255], [0, 0, 255, 255]]);
    expect(near(big[4] as number[], [128, 0, 128, 255], 2)).toBe(true); // pixel 320 covers columns 500 (red) and 501 (blue)

    await show('gray');
    expect(await page.getAttribute('#gray', 'data-shown')).toBe('image');
    expect(await pixel('gray', '.nb-image canvas', 3, 1)).toEqual([4, 4, 4, 255]);
  });

  it('plot: the line passes where the values are, axes with ticks, hover', async () => {
    await show('sine');
    expect(await page.getAttribute('#sine', 'data-shown')).toBe('plot');
    const check = await page.evaluate(() => {
      const el = document.getElementById('sine')!;
      const c = el.shadowRoot!.querySelector<HTMLCanvasElement>('.nb-plot canvas')!;
      const f = JSON.parse(c.dataset.frame!);
      const dpr = c.width / c.clientWidth;
      const img = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const blue = (x: number, y: number) => {
        const k = 4 * (Math.round(y * dpr) * c.width + Math.round(x * dpr));
        const [r, g, b] = img.data.slice(k, k + 3);
        return b > 120 && r < 140 && b - r > 60;
      };
      const plotW = c.clientWidth - f.left - f.right;
      const plotH = c.clientHeight - f.top - f.bottom;
      const misses: number[] = [];
      for (let i = 0; i < 1000; i += 37) {
        const v = Math.sin((2 * Math.PI * i) / 250) * Math.exp(-i / 600);
        const x = f.left + ((i - f.x0) / (f.x1 - f.x0)) * plotW;
        const y = f.top + (1 - (v - f.y0) / (f.y1 - f.y0)) * plotH;
        let hit = false;
        for (let dx = -2; dx <= 2 && !hit; dx++) for (let dy = -3; dy <= 3 && !hit; dy++) hit = blue(x + dx, y + dy);
        if (!hit) misses.push(i);
      }
      // Away from the line (top-right corner of the frame) stays background.
      const clear = !blue(f.left + plotW - 3, f.top + 2);
      return { misses, clear, envelope: f.envelope };
    });
    expect(check).toMatchObject({ misses: [], clear: true });

    const box = (await page.locator('#sine .nb-plot canvas').boundingBox())!;
    const f = JSON.parse((await page.locator('#sine .nb-plot canvas').getAttribute('data-frame'))!);
    await page.mouse.move(box.x + f.left + ((250 - f.x0) / (f.x1 - f.x0)) * (box.width - f.left - f.right), box.y + box.height / 2);
    // Points are 0.7 CSS px apart and the mouse lands on whole pixels: read the index back.
    const m = /^\[(\d+)\] = (.+)$/.exec(await readout('sine'));
    expect(m, 'hover read-out').not.toBeNull();
    const i = Number(m![1]);
    expect(Math.abs(i - 250)).toBeLessThanOrEqual(2);
    expect(m![2]).toBe(String(Math.sin((2 * Math.PI * i) / 250) * Math.exp(-i / 600)));
    expect(await page.locator('#sine .nb-dot').isVisible()).toBe(true);
    await shot('sine', 'renderers-plot.png');
  });

  it('plot: 10^6 points drawn as a min/max envelope without freezing the page', async () => {
    const ms = await page.evaluate(async () => {
      const p = window.nbDemo.DATASETS.audio();
      const t = performance.now();
      const el = window.nbDemo.add('audio', p, window.nbDemo.REPRS.audio);
      el.id = 'audio';
      await el.updateComplete;
      return performance.now() - t;
    });
    // Generous: the draw is a few ms; this only catches a per-point or quadratic path.
    expect(ms).toBeLessThan(3000);
    expect(await page.getAttribute('#audio', 'data-shown')).toBe('plot');
    const band = await page.evaluate(() => {
      const c = document.getElementById('audio')!.shadowRoot!.querySelector<HTMLCanvasElement>('.nb-plot canvas')!;
      const f = JSON.parse(c.dataset.frame!);
      const img = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      // Tall runs of line color per column: the noise makes the envelope a band.
      const heights: number[] = [];
      for (let x = f.left + 10; x < c.width - f.right - 10; x += 50) {
        let n = 0;
        for (let y = 0; y < c.height; y++) {
          const k = 4 * (y * c.width + x);
          if (img.data[k + 2] > 120 && img.data[k] < 140) n++;
        }
        heights.push(n);
      }
      return { envelope: f.envelope, heights };
    });
    expect(band.envelope).toBe(true);
    expect(band.heights.every((h) => h >= 8)).toBe(true);
    await page.locator('#audio').scrollIntoViewIfNeeded();
    await shot('audio', 'renderers-plot-envelope.png');
  });

  it('table: boxed cells with index headers, head and tail of a 1000 x 1000 array in few nodes, hover index', async () => {
    await show('ramp', 'table');
    const ramp = page.locator('nb-array-output#ramp');
    expect(await ramp.getAttribute('data-shown')).toBe('table');
    const stats = await ramp.evaluate((el) => ({
      nodes: el.shadowRoot!.querySelectorAll('*').length,
      cells: el.shadowRoot!.querySelectorAll('td[data-i]').length,
      text: el.shadowRoot!.querySelector('.nbt-root')!.textContent,
    }));
    expect(stats.nodes).toBeLessThan(1000);
    expect(stats.cells).toBe(16 * 10);
    expect(stats.text).toContain('⋮');
    expect(stats.text).toContain('⋯');
    expect(stats.text).toContain('⋱');
    await ramp.locator('td[data-i="999,999"]').hover();
    expect((await ramp.locator('.nb-readout').textContent())?.trim()).toBe('[999, 999] = 1.0');
    await ramp.locator('td[data-i="1,2"]').hover();
    expect((await ramp.locator('.nb-readout').textContent())?.trim()).toBe(`[1, 2] = ${3 / 1998}`);
    await ramp.evaluate((el) => el.shadowRoot!.querySelector('.nb-scroll')!.scrollTo(0, 0));
    await ramp.screenshot({ path: path.join(ARTIFACTS, 'renderers-table-large.png') });

    await show('mat');
    expect(await page.getAttribute('#mat', 'data-shown')).toBe('table');
    expect(await page.locator('#mat td[data-i="2,3"]').textContent()).toBe('16.5');
    await shot('mat', 'renderers-table.png');
    await show('cube');
    expect(await page.locator('#cube figcaption').allTextContents()).toEqual(['[0, :, :]', '[1, :, :]']);
    await page.locator('#cube td[data-i="1,2,3"]').hover();
    expect(await readout('cube')).toBe('[1, 2, 3] = 23');
    await shot('cube', 'renderers-table-3d.png');
    await show('mask');
    await shot('mask', 'renderers-table-bool.png');
    await show('arange10');
    await shot('arange10', 'renderers-table-1d.png');
  });

  it('switching views: the switcher offers what applies, shows it, announces it, and gives renditions', async () => {
    await show('mat');
    const mat = page.locator('nb-array-output#mat');
    expect(await mat.locator('.switch button').allTextContents()).toEqual(['text', 'table', 'heatmap', 'image']);
    expect(await mat.locator('button[aria-selected=true]').textContent()).toBe('table');
    await mat.evaluate((el) => {
      (window as unknown as { changes: string[] }).changes = [];
      el.addEventListener('nb-view-change', (e) => (window as unknown as { changes: string[] }).changes.push((e as CustomEvent).detail.view));
    });

    const rendition = () => mat.evaluate((el) => (el as HTMLElement & { rendition(): Record<string, string> }).rendition());
    expect((await rendition())['text/html']).toMatch(/^<style>[\s\S]*<table class="nbt"/);

    await mat.locator('button[data-view=text]').click();
    expect(await mat.getAttribute('data-shown')).toBe('text');
    expect(await mat.getAttribute('view')).toBe('text');
    expect(await mat.locator('pre.nb-text').textContent()).toBe(
      'array([[ 0. ,  1.5,  3. ,  4.5],\n       [ 6. ,  7.5,  9. , 10.5],\n       [12. , 13.5, 15. , 16.5]])',
    );
    expect(await mat.locator('button[aria-selected=true]').textContent()).toBe('text');
    await mat.screenshot({ path: path.join(ARTIFACTS, 'renderers-text.png') });
    expect(Object.keys(await rendition())).toEqual(['text/plain']);

    await mat.locator('button[data-view=heatmap]').click();
    expect(await mat.getAttribute('data-shown')).toBe('heatmap');
    expect(near(await pixel('mat', 'canvas.nb-map', 3, 2), [253, 231, 37])).toBe(true);
    const png = (await rendition())['image/png'];
    expect(png.startsWith('iVBORw0KGgo')).toBe(true);
    await mat.screenshot({ path: path.join(ARTIFACTS, 'renderers-heatmap-small.png') });

    await mat.locator('button[data-view=image]').click();
    expect(await mat.getAttribute('data-shown')).toBe('image');
    expect(await mat.locator('.nb-clip').textContent()).toContain('outside [0, 1] clipped');

    // Set from outside (as a notebook restoring a saved choice); an inapplicable one falls back.
    await mat.evaluate((el) => ((el as HTMLElement & { view: string }).view = 'plot'));
    await mat.evaluate((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
    expect(await mat.getAttribute('data-shown')).toBe('table');
    expect(await page.evaluate(() => (window as unknown as { changes: string[] }).changes)).toEqual(['text', 'heatmap', 'image']);

    // Rendered rendition images decode.
    const size = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return [img.width, img.height];
    }, png);
    expect(size[0]).toBeGreaterThan(200);
  });

  it('0-d and 4-d arrays show their repr with no switcher; a truncated payload falls back to text', async () => {
    await show('scalar');
    expect(await page.getAttribute('#scalar', 'data-shown')).toBe('text');
    expect(await page.locator('#scalar .switch').count()).toBe(0);
    expect(await page.locator('#scalar pre').textContent()).toBe('array(3.5)');
    await show('hyper');
    expect(await page.getAttribute('#hyper', 'data-shown')).toBe('text');
    const shown = await page.evaluate(async () => {
      const el = window.nbDemo.add('truncated', { dtype: 'float64', shape: [100000, 100000], truncated: true }, 'array([[...]])');
      await el.updateComplete;
      return [el.dataset.shown, el.shadowRoot!.querySelectorAll('.switch button').length, el.shadowRoot!.querySelector('.note')?.textContent];
    });
    expect(shown).toEqual(['text', 0, 'too large to send: repr only']);
  });

  it('the whole gallery renders without page errors', async () => {
    await page.evaluate(() => window.nbDemo.clear());
    await page.evaluate(async () => {
      for (const name of Object.keys(window.nbDemo.DATASETS)) await window.nbDemo.show(name).updateComplete;
    });
    await page.screenshot({ path: path.join(ARTIFACTS, 'renderers-gallery.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
