import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { useApp, openApp, ARTIFACTS } from './harness';

const app = useApp();

describe('start page in Chromium', () => {
  it('opens the welcome notebook, A Visual Intro to NumPy (nothing run), runs its first cell in the kernel, cross-origin isolated', async () => {
    const { page, errors } = await openApp(app, { until: 'drawn' });
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
