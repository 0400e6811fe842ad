/**
 * The editor agrees with the kernel about NumPy's operators, in real headless Chromium:
 * Monaco's TypeScript service reads cells through the operator view (web/editor/ts-worker.ts), so
 * `a * 2` on an ndarray is no error and is an `NDArray` (hover, completion), and a real
 * operator error is flagged in TypeScript's words on the expression written.
 * Screenshots: test-results/editor-operators-*.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useApp, openApp, newNotebook, ARTIFACTS } from './harness';

const app = useApp();

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `editor-operators-${name}.png`) });

/** Markers (any owner) of cell i's model, as `line:col-endCol code message`. */
const markersOf = (page: Page, i: number) =>
  page.evaluate((index) => {
    const monaco = (window as any).numbook.monaco;
    const model = (document.querySelectorAll('nb-cell')[index] as any).editor.editor.getModel();
    return monaco.editor.getModelMarkers({ resource: model.uri }).map((m: any) => `${m.startLineNumber}:${m.startColumn}-${m.endColumn} ${m.code} ${m.message}`);
  }, i);

/**
 * The visible hover text if it shows `expected`; else asks for the hover at (line, column)
 * of cell i again (an open hover is hidden first: showHover would only focus it) and gives ''.
 */
const hoverShowing = (page: Page, i: number, lineNumber: number, column: number, expected: string) =>
  page.evaluate(
    ([index, line, col, want]) => {
      const shown = [...document.querySelectorAll<HTMLElement>('.monaco-hover')]
        .filter((h) => h.getClientRects().length)
        .map((h) => h.textContent)
        .join('\n');
      if (shown.includes(want)) return shown;
      const ed = (document.querySelectorAll('nb-cell')[index] as any).editor.editor;
      ed.focus();
      ed.getContribution('editor.contrib.contentHover')?.hideContentHover();
      ed.setPosition({ lineNumber: line, column: col });
      ed.trigger('test', 'editor.action.showHover', {});
      return '';
    },
    [i, lineNumber, column, expected] as const,
  );

/** Edits the active cell (Enter from command mode) and types `code`, leaving it in edit mode. */
async function type(page: Page, code: string): Promise<void> {
  const mode = await page.evaluate(() => (window as any).numbook.notebook.controller.mode);
  if (mode === 'command') await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.closest('nb-cell[active] .nb-editor'), null, { timeout: 30_000 });
  await page.keyboard.insertText(code);
}

describe('editor: NumPy operators typed as the kernel runs them (Chromium)', { timeout: 300_000 }, () => {
  it('no false errors, NDArray hover and completion on operator results, real errors named', async () => {
    const { page, errors } = await open();
    await newNotebook(page);

    // A real error, in TypeScript's words, on the expression written.
    await type(page, 'const z = "a" * {};');
    await expect.poll(() => markersOf(page, 0), { timeout: 90_000 }).toEqual(["1:11-19 2365 Operator '*' cannot be applied to types 'string' and '{}'."]);

    // A second cell with operators on ndarrays. It first ends with an error line, so that
    // the markers going away proves the cell was checked after its last edit.
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await type(page, 'const a = np.arange(6); const b = a * 2; const c = (a > 1) & (a < 5); a += 1;\nconst oops = {} - 1;');
    await expect.poll(() => markersOf(page, 1), { timeout: 60_000 }).toEqual(["2:14-20 2365 Operator '-' cannot be applied to types '{}' and 'number'."]);
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expect(await page.evaluate(() => (window as any).numbook.notebook.controller.doc.cells[1].source)).toBe(
      'const a = np.arange(6); const b = a * 2; const c = (a > 1) & (a < 5); a += 1;',
    );
    await expect.poll(() => markersOf(page, 1), { timeout: 60_000 }).toEqual([]);

    // Hover on `b` (const b = a * 2) and on `c` (a bool array from & of comparisons).
    await expect.poll(() => hoverShowing(page, 1, 1, 31, 'const b: NDArray'), { timeout: 30_000 }).toContain('const b: NDArray');
    await shot(page, 'hover');
    await expect.poll(() => hoverShowing(page, 1, 1, 48, 'const c: NDArray'), { timeout: 30_000 }).toContain('const c: NDArray');

    // `(a * 2).` completes ndarray methods.
    await page.evaluate(() => (document.querySelectorAll('nb-cell')[1] as any).editor.editor.getContribution('editor.contrib.contentHover')?.hideContentHover());
    await type(page, '');
    await page.keyboard.press('End');
    await page.keyboard.insertText('\n(a * 2)');
    await page.keyboard.type('.resh');
    const suggest = page.locator('.suggest-widget.visible');
    await suggest.waitFor({ timeout: 30_000 });
    await expect.poll(() => suggest.textContent(), { timeout: 15_000 }).toContain('reshape');
    await shot(page, 'completion');
    for (let k = 0; k < 4; k++) await page.keyboard.press('Backspace');
    await page.keyboard.type('su');
    await expect.poll(() => suggest.textContent(), { timeout: 15_000 }).toContain('sum');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A page with the app loaded (kernel ready, Monaco loaded). */
function open() {
  return openApp(app, { until: 'editor' });
}
