/**
 * The loaders in the real kernel (a Worker in headless Chromium): loadImage (through
 * createImageBitmap + OffscreenCanvas), loadAudio, loadText, np.loadtxt / np.genfromtxt fetching the
 * notebook's committed data files. Expected values come from NumPy/SciPy on the same files
 * (make_images.py's arrays; scipy.io.wavfile.read; np.loadtxt).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';

let app: App;
let page: Page;
const DATA = '/notebooks/visual-numpy/data';

interface Reply {
  status: string;
  stdout: string;
  error?: { ename: string; evalue: string };
}

async function run(code: string): Promise<Reply> {
  return page.evaluate(async (code) => {
    const r: any = await (window as any).numbook.client.execute(code);
    const err = r.outputs.find((o: any) => o.type === 'error');
    return {
      status: r.status,
      stdout: r.outputs.filter((o: any) => o.type === 'stream' && o.name === 'stdout').map((o: any) => o.text).join(''),
      ...(err ? { error: { ename: err.ename, evalue: err.evalue } } : {}),
    };
  }, code);
}

/** Runs a cell that prints one JSON line; returns it parsed, failing with the cell's error. */
async function json(code: string): Promise<any> {
  const r = await run(code);
  if (r.error) throw new Error(`${r.error.ename}: ${r.error.evalue}`);
  return JSON.parse(r.stdout);
}

beforeAll(async () => {
  app = await startApp();
  page = await app.page();
  await page.goto(app.url);
  await page.waitForFunction(() => (window as any).numbook?.readyAt > 0, null, { timeout: 60_000 });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('loaders in the kernel (Chromium Worker)', () => {
  it('loadImage: the grayscale digit, 28 x 28 x 3 uint8 with R = G = B, or 28 x 28 with mode L', async () => {
    const r = await json(`
      const digit = await loadImage('${DATA}/digit.png');
      const gray = await loadImage('${DATA}/digit.png', {mode: 'L'});
      console.log(JSON.stringify({
        shape: digit.shape, dtype: digit.dtype, sum: digit.get('..., 0').sum(),
        row14: Array.from(gray.get(14)), grayShape: gray.shape, same: np.array_equal(digit.get('..., 1'), gray) && np.array_equal(digit.get('..., 2'), gray),
      }))`);
    expect(r).toEqual({
      shape: [28, 28, 3],
      dtype: 'uint8',
      sum: 30751,
      row14: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 147, 220, 220, 220, 238, 255, 255, 202, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      grayShape: [28, 28],
      same: true,
    });
  });

  it('loadImage: the colour scene, 96 x 128 x 3, known pixels', async () => {
    const r = await json(`
      const scene = await loadImage('${DATA}/scene.png');
      console.log(JSON.stringify({
        shape: scene.shape, dtype: scene.dtype, sum: scene.sum(),
        topLeft: Array.from(scene.get('0, 0')), sun: Array.from(scene.get('42, 86')), corner: Array.from(scene.get('-1, -1')),
        lum: (await loadImage('${DATA}/scene.png', {mode: 'L'})).sum(),
        rgba: (await loadImage('${DATA}/scene.png', {mode: 'RGBA'})).shape,
      }))`);
    expect(r).toEqual({
      shape: [96, 128, 3],
      dtype: 'uint8',
      sum: 3145419,
      topLeft: [28, 36, 92],
      sun: [255, 221, 87],
      corner: [93, 73, 78],
      lum: 992041,
      rgba: [96, 128, 4],
    });
  });

  it('loadImage: transparency gives 4 channels; a Blob works; a non-image is a clear error', async () => {
    const r = await json(`
      const c = new OffscreenCanvas(3, 2);
      const ctx = c.getContext('2d');
      ctx.fillStyle = 'rgba(255, 0, 0, 1)';
      ctx.fillRect(0, 0, 1, 1);
      const png = await c.convertToBlob({type: 'image/png'});
      const t = await loadImage(png);
      console.log(JSON.stringify({shape: t.shape, px: Array.from(t.get('0, 0')), clear: Array.from(t.get('1, 2'))}))`);
    expect(r).toEqual({ shape: [2, 3, 4], px: [255, 0, 0, 255], clear: [0, 0, 0, 0] });
    const bad = await run(`await loadImage('${DATA}/bards.wav')`);
    expect(bad.error).toEqual({ ename: 'ValueError', evalue: 'bards.wav: not an image the browser can decode (PNG, JPEG, GIF, WebP, BMP, AVIF), or a damaged one' });
    const missing = await run(`await loadImage('${DATA}/nope.png')`);
    expect(missing.error).toEqual({ ename: 'FileNotFoundError', evalue: `[Errno 2] No such file or directory: '${DATA}/nope.png' (the server sent an HTML page instead)` });
  });

  it('loadAudio: the spoken quote, 44100 Hz int16 mono; the first second sliced', async () => {
    const r = await json(`
      const audio = await loadAudio('${DATA}/bards.wav');
      const first = audio.samples.get(':44100');
      console.log(JSON.stringify({rate: audio.rate, dtype: audio.samples.dtype, shape: audio.samples.shape, first: first.shape,
        at: Array.from(audio.samples.get('44100:44105')), max: audio.samples.max(), argmax: audio.samples.argmax()}))`);
    expect(r).toEqual({ rate: 44100, dtype: 'int16', shape: [140242], first: [44100], at: [5600, 5628, 5903, 6216, 6532], max: 27895, argmax: 21961 });
    const blob = await json(`
      const b = await (await fetch('${DATA}/bards.wav')).blob();
      console.log(JSON.stringify((await loadAudio(new File([b], 'dropped.wav'))).samples.shape))`);
    expect(blob).toEqual([140242]);
    const bad = await run(`await loadAudio('${DATA}/digit.png')`);
    expect(bad.error?.ename).toBe('ValueError');
    expect(bad.error?.evalue).toBe("digit.png: not a WAV file (no RIFF header; starts with b'\\x89PNG')");
  });

  it('np.loadtxt / np.genfromtxt fetch the CSV', async () => {
    const r = await json(`
      const a = await np.loadtxt('${DATA}/planets.csv', {delimiter: ',', skiprows: 1, usecols: [1, 2, 3, 4, 5]});
      const t = await np.genfromtxt('${DATA}/planets.csv', {delimiter: ',', names: true});
      console.log(JSON.stringify({shape: a.shape, dtype: a.dtype, earth: Array.from(a.get(2)), names: t.names, moons: t.columns.gravity_ms2.max()}))`);
    expect(r).toEqual({
      shape: [8, 5],
      dtype: 'float64',
      earth: [1, 12756, 1, 9.8, 24],
      names: ['planet', 'distance_au', 'diameter_km', 'mass_earths', 'gravity_ms2', 'day_hours'],
      moons: 23.1,
    });
    const bad = await run(`await np.loadtxt('${DATA}/planets.csv', {delimiter: ','})`);
    expect(bad.error).toEqual({ ename: 'ValueError', evalue: "planets.csv, line 1: could not convert string 'planet' to float64 at row 0, column 1." });
  });

  it('loadText reads UTF-8 text; a relative path resolves against the open notebook (the welcome one: its folder)', async () => {
    const r = await json(`
      const q = await loadText('${DATA}/quote.txt');
      console.log(JSON.stringify({q: q.trim(), same: (await loadText('data/quote.txt')) === q, sonnet: (await loadText('./data/sonnet-18.txt')).split('\\n')[0]}))`);
    expect(r).toEqual({ q: 'Have the bards who preceded me left any theme unsung?', same: true, sonnet: "Shall I compare thee to a summer's day?" });
    expect((await run(`await loadText('data/bards.wav')`)).error).toEqual({ ename: 'ValueError', evalue: 'bards.wav: not UTF-8 text' });
    expect((await run(`await loadText('data/nothing.txt')`)).error?.ename).toBe('FileNotFoundError');
  });
});
