/**
 * Exercises in real headless Chromium: a student opens "Exercises: A Visual Intro to
 * NumPy" from the examples list, checks the untouched starter (Not attempted), a wrong
 * answer (Not yet, with what is wrong, 1/2 checks passed), takes two hints one at a time,
 * fixes it (Correct, progress 1/12), views a solution after confirming, reloads (progress,
 * hints and result kept), submits (the download carries the attempt log), and the teacher's
 * Export for students has no solution and no expected value in plain text.
 * Screenshots: test-results/exercises-*.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { useApp, openApp, gotoApp, ARTIFACTS } from './harness';

const app = useApp();
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `exercises-${name}.png`) });

const WRONG = 'const evens = np.arange(0, 18, 2);\nconst grid = np.zeros([3, 4]);';
const RIGHT = 'const evens = np.arange(0, 20, 2);\nconst grid = np.zeros([3, 4]);';

const controller = (page: Page) => page.evaluate(() => {
  const c = (window as any).numbook.notebook.controller;
  return { id: c.meta.id as string, name: c.meta.name as string, saveState: c.saveState as string };
});

/** Sets the source of the exercise's cell as typing would (the editor's change event). */
const setSource = (page: Page, exercise: string, source: string) =>
  page.evaluate(
    ([exercise, source]) => {
      const c = (window as any).numbook.notebook.controller;
      const cell = c.doc.cells.find((x: any) => x.metadata?.numbook?.exercise?.id === exercise);
      c.setSource(cell.id, source);
    },
    [exercise, source],
  );

/** The text of a download a click starts. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

describe('exercises (Chromium)', { timeout: 300_000 }, () => {
  it('a student checks, takes hints, fixes, reloads and submits; the teacher exports a student copy without answers', async () => {
    const { page, errors } = await openApp(app, { viewport: { width: 1100, height: 900 } });
    await page.click('.nb-toolbar button[data-command=open-list]');
    const entry = page.locator('nb-notebook-list dialog .nb-examples li[data-example=exercises-visual-numpy] button[data-action=open-example]');
    expect(await entry.textContent()).toBe('Exercises: A Visual Intro to NumPy');
    await entry.click();
    const progress = page.locator('.nb-ex-progress-text');
    await expect.poll(() => progress.textContent(), { timeout: 20_000 }).toBe('0/12 done');
    expect((await controller(page)).name).toBe('Exercises: A Visual Intro to NumPy');
    expect(await page.locator('nb-exercise').count()).toBe(12);

    const ex = page.locator('.nb-exercise[data-exercise=creating-arrays]');
    const result = ex.locator('.nb-ex-result');
    // The starter, unchanged.
    await ex.locator('button[data-action=check]').click();
    await expect.poll(() => result.getAttribute('data-verdict'), { timeout: 30_000 }).toBe('not-attempted');
    expect(await result.textContent()).toContain('Not attempted');

    // A wrong answer: Not yet, saying what is wrong, never the expected value.
    await setSource(page, 'creating-arrays', WRONG);
    await ex.locator('button[data-action=check]').click();
    await expect.poll(() => result.getAttribute('data-verdict'), { timeout: 60_000 }).toBe('not-yet');
    const message = (await result.textContent())!.replace(/\s+/g, ' ').trim();
    expect(message).toBe('Not yet: evens is an int64 array of shape (9,), not the shape this exercise expects. 1/2 checks passed 1/2 points');
    expect(message).not.toContain('(10,)');
    expect(await ex.locator('.nb-ex-checks li').evaluateAll((l) => l.map((x) => x.getAttribute('data-passed')))).toEqual(['false', 'true']);
    expect(await progress.textContent()).toBe('0/12 done');
    // The cell ran as a cell does: its count shows.
    expect(await page.locator('nb-cell', { has: ex }).locator('.nb-prompt').first().textContent()).toMatch(/^\[\d+\]:$/);

    // Two hints, one at a time.
    const hint = ex.locator('button[data-action=hint]');
    expect(await hint.textContent()).toBe('Hint 1 of 3');
    expect(await ex.locator('.nb-ex-hint').count()).toBe(0);
    await hint.click();
    await expect.poll(() => ex.locator('.nb-ex-hint').count()).toBe(1);
    expect(await hint.textContent()).toBe('Hint 2 of 3');
    await hint.click();
    await expect.poll(() => ex.locator('.nb-ex-hint').count()).toBe(2);
    expect(await ex.locator('.nb-ex-hint .nb-ex-label').allTextContents()).toEqual(['Hint 1 of 3', 'Hint 2 of 3']);
    expect(await ex.locator('.nb-ex-hint').nth(1).textContent()).toContain('np.arange(0, 20, 2)');
    await shot(page, 'not-yet');

    // Fixed: Correct, 1/12.
    await setSource(page, 'creating-arrays', RIGHT);
    await ex.locator('button[data-action=check]').click();
    await expect.poll(() => result.getAttribute('data-verdict'), { timeout: 60_000 }).toBe('correct');
    expect((await result.textContent())!.replace(/\s+/g, ' ').trim()).toBe('Correct 2/2 points');
    await expect.poll(() => progress.textContent()).toBe('1/12 done');
    expect(await page.locator('.nb-ex-progress-points').textContent()).toMatch(/^2\/\d+ points$/);
    expect(await page.locator('.nb-ex-progress progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([1, 12]);

    // The solution of another exercise, after confirming; a refusal first shows nothing.
    const ex2 = page.locator('.nb-exercise[data-exercise=miles-to-km]');
    let accept = false;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void (accept ? d.accept() : d.dismiss());
    });
    await ex2.locator('button[data-action=solution]').click();
    await expect.poll(() => dialogs.length).toBe(1);
    expect(await ex2.locator('.nb-ex-solution').count()).toBe(0);
    accept = true;
    await ex2.locator('button[data-action=solution]').click();
    await expect.poll(() => ex2.locator('.nb-ex-solution pre').textContent()).toContain('const km = miles * 1.6;');
    expect(dialogs[1]).toContain('records that you looked');
    await ex.scrollIntoViewIfNeeded();
    await shot(page, 'correct');

    // Reload: all of it was saved with the notebook.
    await expect.poll(async () => (await controller(page)).saveState, { timeout: 10_000 }).toBe('saved');
    const { id } = await controller(page);
    await gotoApp(page, app, `#nb=${id}`, 'drawn');
    await expect.poll(() => page.locator('.nb-ex-progress-text').textContent(), { timeout: 20_000 }).toBe('1/12 done');
    expect((await controller(page)).id).toBe(id);
    const again = page.locator('.nb-exercise[data-exercise=creating-arrays]');
    expect(await again.locator('.nb-ex-result').getAttribute('data-verdict')).toBe('correct');
    expect(await again.locator('.nb-ex-hint').count()).toBe(2);
    expect(await page.locator('.nb-exercise[data-exercise=miles-to-km] .nb-ex-solution').count()).toBe(1);
    expect(await page.locator('.nb-ex-progress-help').textContent()).toBe('2 hints, 1 solution viewed');

    // Submit: the notebook with the attempt log.
    const submitted = await downloadOf(page, () => page.click('.nb-ex-progress button[data-action=submit]'));
    expect(submitted.name).toBe('Exercises_ A Visual Intro to NumPy - submission.ipynb');
    const sub = JSON.parse(submitted.text);
    expect(sub.metadata.numbook.submission.progress).toMatchObject({ total: 12, done: 1, hints: 2, solutions: 1 });
    const subCell = sub.cells.find((c: any) => c.metadata.numbook?.exercise?.id === 'creating-arrays');
    expect(subCell.source.join('')).toBe(RIGHT);
    expect(subCell.metadata.numbook.exercise_state.log.map((e: any) => e.verdict ?? e.event)).toEqual(['not-attempted', 'not-yet', 'hint', 'hint', 'correct']);

    // Export for students (waits for the kernel: it hashes the expected values there).
    await page.waitForFunction(() => (window as any).numbook.readyAt > 0, null, { timeout: 90_000 });
    expect(await page.locator('.nb-ex-progress button[data-action=export-students]').getAttribute('title')).toContain('tamper-evident, not secure');
    const exported = await downloadOf(page, () => page.click('.nb-ex-progress button[data-action=export-students]'));
    expect(exported.name).toBe('Exercises_ A Visual Intro to NumPy - student.ipynb');
    const student = JSON.parse(exported.text);
    const teacher = JSON.parse(await readFile('notebooks/exercises-visual-numpy/exercises-visual-numpy.ipynb', 'utf8'));
    // Hashes, random salts and timestamps are random digits: a short expected value (`539`) can occur in them by chance.
    const text = exported.text
      .replace(/sha256:[0-9a-f]{64}/g, 'HASH')
      .replace(/"salt": "[0-9a-f]+"/g, '"salt": "SALT"')
      .replace(/"\d{4}-\d\d-\d\dT[\d:.]+Z"/g, '"TIME"');
    for (const c of teacher.cells) {
      const spec = c.metadata.numbook?.exercise;
      if (!spec) continue;
      for (const line of spec.solution.split('\n')) if (!spec.starter.includes(line) && !spec.hints.some((h: string) => h.includes(line))) expect(text, line).not.toContain(JSON.stringify(line).slice(1, -1));
      // Expected expressions, unless the data the prompt gives (`11.9`) or a hint (meant for students) shows them anyway.
      const given = (t: string) => teacher.cells.some((x: any) => { const e = x.metadata.numbook?.exercise; return e && (e.starter.includes(t) || e.hints.some((h: string) => h.includes(t))); });
      for (const k of spec.checks) if (k.expected && !given(k.expected)) expect(text, k.expected).not.toContain(JSON.stringify(k.expected).slice(1, -1));
      const mine = student.cells.find((x: any) => x.id === c.id);
      expect(mine.source.join('')).toBe(spec.starter);
      expect(mine.metadata.numbook.exercise.solution).toBeUndefined();
      expect(mine.metadata.numbook.exercise_state).toBeUndefined();
      for (const k of mine.metadata.numbook.exercise.checks) if (!k.code) expect(k.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    // No expected array either: e.g. exercise 1's evens, as NumPy prints it.
    expect(text).not.toContain('[ 0  2  4  6  8 10 12 14 16 18]');
    expect(student.cells.every((c: any) => c.cell_type !== 'code' || c.outputs.length === 0)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a student copy checks against hashes: the same Not yet and Correct, and no solution button', async () => {
    const { page, errors } = await openApp(app, { query: '?example=exercises-visual-numpy', until: 'kernel' });
    await expect.poll(() => page.locator('.nb-ex-progress-text').textContent(), { timeout: 20_000 }).toBe('0/12 done');
    const exported = await downloadOf(page, () => page.click('.nb-ex-progress button[data-action=export-students]'));
    // Open the student copy as a student would (File > Import).
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.evaluate(() => (window as any).numbook.notebook.command('import-ipynb'))]);
    await chooser.setFiles({ name: 'student.ipynb', mimeType: 'application/x-ipynb+json', buffer: Buffer.from(exported.text) });
    await expect.poll(() => page.locator('.nb-ex-progress button[data-action=export-students]').count(), { timeout: 20_000 }).toBe(0);
    const ex = page.locator('.nb-exercise[data-exercise=image]');
    expect(await ex.locator('button[data-action=solution]').count()).toBe(0);
    await setSource(page, 'image', 'const corner = scene.get(":48, :64");\nconst mirrored = scene.get("::-1");\nconst gray = scene.mean({axis: 2});');
    await ex.locator('button[data-action=check]').click();
    const result = ex.locator('.nb-ex-result');
    await expect.poll(() => result.getAttribute('data-verdict'), { timeout: 60_000 }).toBe('not-yet');
    expect((await result.textContent())!.replace(/\s+/g, ' ').trim()).toBe('Not yet: mirrored has the right shape, but not the right values. 2/3 checks passed 2/3 points');
    await setSource(page, 'image', 'const corner = scene.get(":48, :64");\nconst mirrored = scene.get(":, ::-1");\nconst gray = scene.mean({axis: 2});');
    await ex.locator('button[data-action=check]').click();
    await expect.poll(() => result.getAttribute('data-verdict'), { timeout: 60_000 }).toBe('correct');
    await expect.poll(() => page.locator('.nb-ex-progress-text').textContent()).toBe('1/12 done');
    await ex.scrollIntoViewIfNeeded();
    await shot(page, 'student-copy');
    expect(errors).toEqual([]);
    await page.close();
  });
});
