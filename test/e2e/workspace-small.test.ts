/**
 * Issue 13's small things in real headless Chromium: Restart and Restart & run all ask in
 * the page's own dialog (Cancel keeps every variable; "Don't ask again" is remembered),
 * Rename uses that dialog instead of prompt(), an editor hover names no internal
 * declaration file, and `np.` completes functions first, error classes last.
 * Screenshots: test-results/workspace-small-*.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useApp, openApp, newNotebook, ARTIFACTS, runFirstCell } from './harness';

const app = useApp();

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `workspace-small-${name}.png`) });

/** Runs cell 0 with `code`: its last output's text. */
const run = async (page: Page, code: string) => (await runFirstCell(page, code)).text;

/** Notes the kernel now running, so that newKernelReady can tell when another one is ready. */
const markKernel = (page: Page) => page.evaluate(() => void ((window as any).__kernelInfo = (window as any).numbook.client.info));
const newKernelReady = (page: Page) =>
  page.evaluate(() => {
    const client = (window as any).numbook.client;
    return !!client.info && client.info !== (window as any).__kernelInfo && client.state === 'idle';
  });

/** Edits the active cell (Enter from command mode) and types `code`, leaving it in edit mode. */
async function type(page: Page, code: string): Promise<void> {
  const mode = await page.evaluate(() => (window as any).numbook.notebook.controller.mode);
  if (mode === 'command') await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.closest('nb-cell[active] .nb-editor'), null, { timeout: 30_000 });
  await page.keyboard.insertText(code);
}

describe('workspace: the small things (Chromium)', { timeout: 300_000 }, () => {
  it('Restart asks; Cancel keeps the variables, Restart clears them; "Don\'t ask again" is remembered', async () => {
    const { page, errors } = await openApp(app);
    const native: string[] = [];
    page.on('dialog', (d) => {
      native.push(d.message());
      void d.dismiss();
    });
    await newNotebook(page);
    expect(await run(page, 'const kept = 7; kept')).toBe('7');
    const dialog = page.locator('nb-ask dialog');
    const isOpen = () => dialog.evaluate((d: HTMLDialogElement) => d.open);

    await page.click('.nb-toolbar button[data-command=restart]');
    await expect.poll(isOpen).toBe(true);
    expect(await dialog.locator('h2').textContent()).toBe('Restart?');
    await shot(page, 'restart');
    await dialog.locator('button[value=cancel]').click();
    await expect.poll(isOpen).toBe(false);
    expect(await page.evaluate(() => (window as any).numbook.client.state)).toBe('idle');
    expect(await run(page, 'kept')).toBe('7');

    // Restart and run all asks too (from the Kernel menu, or a command); Esc is Cancel.
    void page.evaluate(() => (window as any).numbook.notebook.command('restart-run-all'));
    await expect.poll(isOpen).toBe(true);
    expect(await dialog.locator('h2').textContent()).toBe('Restart and run all?');
    await page.keyboard.press('Escape');
    await expect.poll(isOpen).toBe(false);
    expect(await run(page, 'kept')).toBe('7');

    // Yes: a fresh kernel.
    await page.click('.nb-toolbar button[data-command=restart]');
    await expect.poll(isOpen).toBe(true);
    await markKernel(page);
    await dialog.locator('button[value=ok]').click();
    await expect.poll(() => newKernelReady(page), { timeout: 60_000 }).toBe(true);
    expect(await run(page, 'typeof kept')).toBe("'undefined'");

    // "Don't ask again": the next restart goes ahead at once.
    expect(await run(page, 'const again = 1; again')).toBe('1');
    await page.click('.nb-toolbar button[data-command=restart]');
    await expect.poll(isOpen).toBe(true);
    await dialog.locator('input.nb-ask-remember').check();
    await markKernel(page);
    await dialog.locator('button[value=ok]').click();
    await expect.poll(() => newKernelReady(page), { timeout: 60_000 }).toBe(true);
    expect(await run(page, 'typeof again')).toBe("'undefined'");
    expect(await run(page, 'const third = 3; third')).toBe('3');
    await page.evaluate(() => (window as any).numbook.notebook.command('restart'));
    expect(await isOpen()).toBe(false);
    expect(await run(page, 'typeof third')).toBe("'undefined'");
    expect(native).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Rename in the page dialog, from the toolbar and from the notebook list', async () => {
    const { page, errors } = await openApp(app);
    const native: string[] = [];
    page.on('dialog', (d) => {
      native.push(d.message());
      void d.dismiss();
    });
    await newNotebook(page);
    const dialog = page.locator('nb-ask dialog');
    await page.click('button.nb-name');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    const input = dialog.locator('input.nb-ask-value');
    expect(await input.inputValue()).toBe('Untitled');
    await shot(page, 'rename');
    await input.fill('Renamed by dialog');
    await input.press('Enter');
    await expect.poll(() => page.locator('button.nb-name').textContent()).toBe('Renamed by dialog');

    // Cancel changes nothing.
    await page.click('button.nb-name');
    await input.fill('Not this');
    await dialog.locator('button[value=cancel]').click();
    expect(await page.locator('button.nb-name').textContent()).toBe('Renamed by dialog');

    // The list's Rename asks the same way (over the list's own dialog).
    await page.click('.nb-toolbar button[data-command=open-list]');
    const list = page.locator('nb-notebook-list dialog');
    await expect.poll(() => list.isVisible()).toBe(true);
    await list.locator('tr.current button[data-action=rename]').click();
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await input.fill('Renamed from the list');
    await dialog.locator('button[value=ok]').click();
    await expect.poll(() => list.locator('tr.current button[data-action=open]').textContent()).toBe('Renamed from the list');
    await expect.poll(() => page.locator('button.nb-name').textContent()).toBe('Renamed from the list');
    expect(native).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an error hover names no declaration file; np. completes functions first, error classes last', async () => {
    const { page, errors } = await openApp(app, { until: 'editor' });
    await newNotebook(page);
    // TypeScript relates this error to histogram's parameter in np's sorting.d.ts: the hover used to say `sorting.d.ts(244, 35): ...`.
    await type(page, 'np.histogram();');
    const markers = () =>
      page.evaluate(() => {
        const monaco = (window as any).numbook.monaco;
        const model = (document.querySelector('nb-cell') as any).editor.editor.getModel();
        return monaco.editor.getModelMarkers({ resource: model.uri }).map((m: any) => ({ message: m.message, related: m.relatedInformation ?? [], col: m.startColumn, line: m.startLineNumber }));
      });
    await expect.poll(async () => (await markers()).length, { timeout: 90_000 }).toBeGreaterThan(0);
    const found = await markers();
    for (const m of found) {
      expect(m.related).toEqual([]);
      expect(m.message).not.toMatch(/\.d\.ts/);
    }
    // The hover over the error, as the reader sees it.
    const { line, col } = found[0];
    const hoverText = () =>
      page.evaluate(
        ([ln, c]) => {
          const shown = [...document.querySelectorAll<HTMLElement>('.monaco-hover')]
            .filter((h) => h.getClientRects().length)
            .map((h) => h.textContent)
            .join('\n');
          if (shown.includes('Expected 1-3 arguments')) return shown;
          const ed = (document.querySelector('nb-cell') as any).editor.editor;
          ed.focus();
          ed.setPosition({ lineNumber: ln, column: c + 1 });
          ed.trigger('test', 'editor.action.showHover', {});
          return '';
        },
        [line, col] as const,
      );
    await expect.poll(hoverText, { timeout: 30_000 }).toContain('Expected 1-3 arguments');
    await shot(page, 'hover');
    expect(await hoverText()).not.toMatch(/\.d\.ts\(/);

    // np. completion: functions first, error classes last.
    await page.evaluate(() => (document.querySelector('nb-cell') as any).editor.editor.getContribution('editor.contrib.contentHover')?.hideContentHover());
    await page.keyboard.press('End');
    await page.keyboard.insertText('\n');
    await page.keyboard.type('np.');
    const rows = page.locator('.suggest-widget.visible .monaco-list-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await shot(page, 'completion');
    const first = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.suggest-widget.visible .monaco-list-row')]
        .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
        .map((r) => r.querySelector('.label-name')?.textContent || (r.getAttribute('aria-label') ?? '').split(',')[0]),
    );
    expect(first[0]).toBe('abs');
    for (const name of first) expect(name).not.toMatch(/Error$/);
    // The end of the list (Up from the first wraps to it): the classes, errors among them.
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.suggest-widget.visible .monaco-list-row.focused .label-name')?.textContent ?? ''), { timeout: 10_000 })
      .toMatch(/Error$|^ndarray$/);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.close();
  });
});
