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
  it('opens the welcome notebook, A Visual Intro to NumPy (nothing run), runs its first cell in the kernel, cross-origin isolated', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(await page.locator('h1').first().textContent()).toBe('A Visual Intro to NumPy and Data Representation');
    const code = page.locator('nb-cell[data-type=code]').first();
    // Opening a notebook runs nothing.
    expect(await code.locator('.nb-prompt').first().textContent()).toBe('[ ]:');
    await code.locator('.nb-prompt').first().click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => code.locator('.nb-prompt').first().textContent(), { timeout: 90_000 }).toBe('[1]:');
    expect(await code.locator('nb-array-output').evaluate((e: any) => e.text)).toBe('array([1, 2, 3])');
    await page.screenshot({ path: path.join(ARTIFACTS, 'start-page.png') });
    expect(errors).toEqual([]);
  }, 150_000);
});
