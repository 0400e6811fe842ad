/**
 * Issue 13's first paint in real headless Chromium: before Monaco has loaded (its module
 * is held back here), code cells already show their TypeScript coloured as Monaco colours
 * it; when the editors take over, the cells keep their height (no layout jump).
 */
import { describe, it, expect } from 'vitest';
import { useApp, gotoApp } from './harness';

const app = useApp();

describe('first paint (Chromium)', { timeout: 300_000 }, () => {
  it('code is coloured from the first frame and the editors replace it without a jump', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/web\/monaco\.ts/, async (route) => {
      await held;
      await route.continue();
    });
    await gotoApp(page, app, '?example=visual-numpy', 'drawn');
    const first = page.locator('nb-cell[data-type=code]').first();
    expect(await page.evaluate(() => (window as any).numbook.monacoAt)).toBe(0);
    expect(await first.locator('pre.nb-static .tk-kw').count()).toBeGreaterThan(0);
    const colours = await page.evaluate(() => {
      const c = (sel: string) => { const e = document.querySelector(`pre.nb-static ${sel}`); return e && getComputedStyle(e).color; };
      return { kw: c('.tk-kw'), str: c('.tk-str'), num: c('.tk-num'), plain: getComputedStyle(document.querySelector('pre.nb-static')!).color };
    });
    expect(colours).toEqual({ kw: 'rgb(0, 0, 255)', str: 'rgb(163, 21, 21)', num: 'rgb(7, 112, 74)', plain: 'rgb(31, 45, 61)' });
    // The code cells in view: those get their editors at once.
    const inView = await page.locator('nb-cell[data-type=code]').evaluateAll((els) =>
      els.map((e, i) => [i, e.getBoundingClientRect()] as const).filter(([, r]) => r.top < innerHeight && r.bottom > 0).map(([i]) => i),
    );
    expect(inView.length).toBeGreaterThan(0);
    const heights = () => page.locator('nb-cell[data-type=code] .nb-input').evaluateAll((els, ids) => ids.map((i) => els[i].getBoundingClientRect().height), inView);
    const before = await heights();
    release();
    await page.waitForFunction(() => (window as any).numbook.monacoAt > 0, null, { timeout: 90_000 });
    for (const i of inView) await expect.poll(() => page.locator('nb-cell[data-type=code]').nth(i).locator('.monaco-editor').count(), { timeout: 60_000 }).toBe(1);
    const after = await heights();
    for (let i = 0; i < before.length; i++) expect(Math.abs(after[i] - before[i]), `cell ${i}: ${before[i]} -> ${after[i]} px`).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
