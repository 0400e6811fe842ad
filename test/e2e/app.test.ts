import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import path from 'node:path';
import { startApp, ARTIFACTS, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('start page in Chromium', () => {
  it('runs np in a Web Worker and shows NumPy repr text, cross-origin isolated', async () => {
    const page = await app.page();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    const out = page.locator('#out');
    await expect.poll(() => out.textContent(), { timeout: 60_000 }).toBe('array([18. , 22.5, 27. , 31.5])');
    expect(await page.locator('#prompt').textContent()).toBe('In [1]:');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

    // A NumPy error comes back as NumPy's class and message, after a traceback into the cell.
    await page.fill('#code', 'np.ones([2, 3]).add(np.ones(4))');
    await page.click('#run');
    await expect.poll(() => out.textContent()).toBe(
      ['Traceback (most recent call last):', '  Cell In[2], line 1, col 17', '    np.ones([2, 3]).add(np.ones(4))', '                    ^',
        'ValueError: operands could not be broadcast together with shapes (2,3) (4,) '].join('\n'),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'start-page.png') });
    expect(errors).toEqual([]);
  });
});
