/**
 * Issue 13's dark mode in real headless Chromium: the page follows the system's
 * prefers-color-scheme, View ▸ Theme overrides it (remembered across a reload), and in both
 * themes the text people read (markdown with a table and code, Monaco's tokens, a
 * traceback, stderr, an array's text view, a heatmap's colormap legend, the side panels)
 * has at least WCAG's 4.5:1 contrast against what is behind it, measured from the computed
 * colours. Screenshots: test-results/theme-dark.png, theme-light.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useApp, newNotebook, gotoApp, ARTIFACTS } from './harness';

const app = useApp();

const NOTEBOOK = [
  '.nb-markdown h1', '.nb-markdown p', '.nb-markdown td', '.nb-markdown code', '.nb-markdown a',
  '.view-line span span', 'pre.nb-error', 'pre.nb-error .tb-frame', 'pre.nb-stream.stderr',
  '.nb-text', '.nb-tick', '.nb-prompt', '.nb-toc-list button', '.nb-variables td', '.nb-menu > summary', '.nb-kernel',
];
const EXERCISE = ['.nb-ex-bar button', '.nb-ex-result', '.nb-ex-hint', '.nb-ex-label', '.nb-ex-progress-text'];

/** [selector, contrast ratio] of each text that must be readable (the worst element of each). */
const contrasts = (page: Page, checks = NOTEBOOK) =>
  page.evaluate((checks) => {
    const rgba = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number).concat([1]).slice(0, 4);
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    /** The first opaque background behind the element (through shadow roots), blended on white. */
    const background = (el: Element): number[] => {
      for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c[3] > 0.5) return c;
      }
      return document.documentElement.dataset.theme === 'dark' ? [0, 0, 0, 1] : [255, 255, 255, 1];
    };
    const ratio = (el: Element) => {
      const a = lum(rgba(getComputedStyle(el).color));
      const b = lum(background(el));
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    };
    const deep = (sel: string): Element[] => {
      const out: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        out.push(...root.querySelectorAll(sel));
        for (const h of root.querySelectorAll('*')) if (h.shadowRoot) walk(h.shadowRoot);
      };
      walk(document);
      return out;
    };
    return checks.map((sel) => {
      const els = deep(sel).filter((e) => (e.textContent ?? '').trim());
      return [sel, els.length ? Math.min(...els.map(ratio)) : 0] as [string, number];
    });
  }, checks);

async function build(page: Page): Promise<void> {
  await newNotebook(page);
  await page.evaluate(async () => {
    const c = (window as any).numbook.notebook.controller;
    const first = c.doc.cells[0].id;
    const add = (type: string, source: string) => {
      const cell = c.insert('below', type, 'command');
      c.setSource(cell.id, source);
      return cell.id;
    };
    add('markdown', '# Shapes\nA paragraph with `np.zeros` and [a link](https://numpy.org/doc/).\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    const ids = [
      add('code', "const v = np.linspace(0, 1, 5); display(v, {view: 'text'}); console.error('careful')"),
      add('code', "display(np.arange(12).reshape(3, 4), {view: 'heatmap'})"),
      add('code', 'np.ones([2, 3]).reshape(4)'),
    ];
    c.select(first, 'command');
    c.deleteActive();
    for (const id of ids) await c.run([id]);
  });
}

describe('dark mode (Chromium)', { timeout: 300_000 }, () => {
  it('follows the system, can be chosen, and every text keeps 4.5:1 contrast in both themes', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: 'dark' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await gotoApp(page, app, '', 'editor');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await build(page);
    await page.locator('main.nb-cells').focus();
    await page.keyboard.press('Shift+T');
    await page.keyboard.press('Shift+I');
    await expect.poll(() => page.locator('.nb-variables td').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.view-line').count(), { timeout: 60_000 }).toBeGreaterThan(2);
    await page.screenshot({ path: path.join(ARTIFACTS, 'theme-dark.png') });
    const dark = await contrasts(page);
    for (const [sel, r] of dark) expect([sel, r >= 4.5], `${sel}: ${r.toFixed(2)}:1 in dark mode`).toEqual([sel, true]);
    // The page really is dark: the cells' background is a dark colour, Monaco's theme too.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.nb-cells')!).backgroundColor)).toBe('rgb(22, 27, 34)');
    expect(await page.evaluate(() => !!document.querySelector('.monaco-editor.vs-dark'))).toBe(true);

    // View ▸ Theme: light overrides the system, and is remembered.
    await page.click('summary:text("View")');
    await page.click('button[data-command=theme-light]');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('.monaco-editor.vs'))).toBe(true);
    await gotoApp(page, app, '', 'editor');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.evaluate(() => (window as any).numbook.notebook.controller.runAll());
    await expect.poll(() => page.locator('.nb-variables td').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.view-line').count(), { timeout: 60_000 }).toBeGreaterThan(2);
    await page.screenshot({ path: path.join(ARTIFACTS, 'theme-light.png') });
    const light = await contrasts(page);
    for (const [sel, r] of light) expect([sel, r >= 4.5], `${sel}: ${r.toFixed(2)}:1 in light mode`).toEqual([sel, true]);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.nb-cells')!).backgroundColor)).toBe('rgb(255, 255, 255)');

    // Following the system again.
    await page.click('summary:text("View")');
    await page.click('button[data-command=theme-auto]');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exercises read in both themes: the bar, a result, a hint and the progress line', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: 'dark' });
    await gotoApp(page, app, '?example=exercises-visual-numpy');
    const ex = page.locator('.nb-exercise[data-exercise=creating-arrays]');
    await ex.locator('button[data-action=check]').click();
    await expect.poll(() => ex.locator('.nb-ex-result').getAttribute('data-verdict'), { timeout: 60_000 }).toBe('not-attempted');
    await ex.locator('button[data-action=hint]').click();
    await expect.poll(() => ex.locator('.nb-ex-hint').count()).toBe(1);
    await ex.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'theme-exercise-dark.png') });
    for (const theme of ['dark', 'light']) {
      if (theme === 'light') {
        await page.click('summary:text("View")');
        await page.click('button[data-command=theme-light]');
      }
      for (const [sel, r] of await contrasts(page, EXERCISE)) expect([sel, r >= 4.5], `${sel}: ${r.toFixed(2)}:1 in ${theme} mode`).toEqual([sel, true]);
    }
    await page.close();
  });
});
