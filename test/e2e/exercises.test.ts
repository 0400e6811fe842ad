/**
 * Exercises in real headless Chromium: a student opens "Exercises: A Visual Intro to
 * NumPy" from the examples list, checks the untouched starter (Not attempted), a wrong
 * answer (Not yet, with what is wrong, 1/2 checks passed), takes two hints one at a time,
 * fixes it (Correct, progress 1/12), views a solution after confirming, reloads (progress,
 * hints and result kept), submits (the download carries the attempt log), and the teacher's
 * Export for students has no solution and no expected value in plain text. The teacher's
 * page grades three submissions made here (all right, partly right with a forged claim,
 * untouched) into the right table and CSV, from files and from a folder.
 * Screenshots: test-results/exercises-*.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { readFile, mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import type { Frame, Page } from 'playwright-core';
import { useApp, openApp, gotoApp, newNotebook, ARTIFACTS } from './harness';

const app = useApp();
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `exercises-${name}.png`) });

const WRONG = 'const evens = np.arange(0, 18, 2);\nconst grid = np.zeros([3, 4]);';
const WRONG_INDEXING = 'const temps = np.array([12.5, 14.0, 13.2, 15.8, 17.1, 16.4, 11.9]);\nconst firstThree = temps.get(":3");\nconst sunday = temps[0];';
const RIGHT = 'const evens = np.arange(0, 20, 2);\nconst grid = np.zeros([3, 4]);';

const controller = (page: Page) => page.evaluate(() => {
  const c = (window as any).numbook.notebook.controller;
  return { id: c.meta.id as string, name: c.meta.name as string, saveState: c.saveState as string };
});

/** Sets the source of the exercise's cell as typing would (the editor's change event); in the page or a frame of it. */
const setSource = (page: Page | Frame, exercise: string, source: string) =>
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
    // The checks ran without history: the next count follows the student's cell's, and `_` is not the check's report.
    const shown = Number(/\d+/.exec((await page.locator('nb-cell', { has: ex }).locator('.nb-prompt').first().textContent())!)![0]);
    const next = await page.evaluate(async () => {
      const r = await (window as any).numbook.client.execute('typeof _ === "object" && _ !== null && "results" in _');
      return [r.executionCount, r.outputs[0].data['text/plain']];
    });
    expect(next).toEqual([shown + 1, 'false']);

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

  it('the teacher page re-checks three submissions into the right table and CSV, flagging a forged claim', async () => {
    const teacher = JSON.parse(await readFile('notebooks/exercises-visual-numpy/exercises-visual-numpy.ipynb', 'utf8'));
    const specs = teacher.cells.map((c: any) => c.metadata.numbook?.exercise).filter(Boolean);
    const maxOf = (spec: any) => spec.checks.reduce((n: number, k: any) => n + (k.points ?? 1), 0);
    const total = specs.reduce((n: number, s: any) => n + maxOf(s), 0);
    /** A submission: `answer(spec)` is the student's cell (null: the starter), `claim(spec)` the state its log claims. */
    const submission = (student: string | null, answer: (s: any) => string | null, claim: (s: any) => object | null = () => null) => {
      const nb = structuredClone(teacher);
      for (const c of nb.cells) {
        const spec = c.metadata.numbook?.exercise;
        if (!spec) continue;
        c.source = answer(spec) ?? spec.starter;
        const state = claim(spec);
        if (state) c.metadata.numbook.exercise_state = state;
      }
      if (student) nb.metadata.numbook = { ...nb.metadata.numbook, student };
      return Buffer.from(JSON.stringify(nb));
    };
    const correct = (s: any) => ({ status: 'correct', verdict: 'correct', points: maxOf(s), max: maxOf(s), checks: 1, hints: 0, solution_viewed: false, log: [{ at: '2026-01-01T00:00:00Z', event: 'check', verdict: 'correct', points: maxOf(s), max: maxOf(s) }] });
    const firstThree = specs.slice(0, 3).map((s: any) => s.id);
    const ada = submission('Ada', (s) => s.solution, correct);
    // Ben: the first three right; indexing half right (1/2), its log forged to say correct (no check behind it).
    const ben = submission('Ben', (s) => (firstThree.includes(s.id) ? s.solution : s.id === 'indexing' ? WRONG_INDEXING : null), (s) =>
      firstThree.includes(s.id) ? correct(s) : s.id === 'indexing' ? { ...correct(s), log: [] } : null,
    );
    const untouched = submission(null, () => null);

    const { page, errors } = await openApp(app, { query: '?example=exercises-visual-numpy&grade', until: 'kernel' });
    const dialog = page.locator('dialog.nb-grader');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 20_000 }).toBe(true);
    expect(await dialog.locator('.nb-grader-key').textContent()).toContain('Exercises: A Visual Intro to NumPy');
    expect(await dialog.locator('.nb-grader-note').textContent()).toContain('tamper-evident, not secure');
    await dialog.locator('input.nb-grader-files').setInputFiles([
      { name: 'ada.ipynb', mimeType: 'application/x-ipynb+json', buffer: ada },
      { name: 'ben.ipynb', mimeType: 'application/x-ipynb+json', buffer: ben },
      { name: 'untouched.ipynb', mimeType: 'application/x-ipynb+json', buffer: untouched },
    ]);
    const rows = dialog.locator('table.nb-grades tbody tr');
    await expect.poll(() => rows.count(), { timeout: 180_000 }).toBe(3);
    await expect.poll(() => dialog.locator('.nb-grader-busy').count(), { timeout: 120_000 }).toBe(0);
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        student: tr.getAttribute('data-student'),
        cells: Array.from(tr.querySelectorAll('td.nb-grade'), (td) => [td.getAttribute('data-exercise'), td.getAttribute('data-status'), td.getAttribute('data-agreement')]),
        total: tr.querySelector('.nb-grade-total')!.getAttribute('data-points'),
        done: tr.querySelector('.nb-grade-total')!.getAttribute('data-done'),
        log: tr.querySelector('.nb-grade-log')!.getAttribute('data-agrees'),
        notes: tr.querySelector('.nb-grade-notes')!.textContent!.trim(),
      })),
    );
    expect(table.map((r) => [r.student, r.total, r.done, r.log])).toEqual([
      ['Ada', String(total), '12', 'true'],
      ['Ben', String(firstThree.reduce((n: number, id: string) => n + maxOf(specs.find((s: any) => s.id === id)), 0) + 1), '3', 'false'],
      ['untouched', '0', '0', 'true'],
    ]);
    expect(table[0].cells.map((c) => c[1])).toEqual(Array(12).fill('correct'));
    expect(table[1].cells.map((c) => c[1])).toEqual(['correct', 'correct', 'correct', 'attempted', ...Array(8).fill('not-attempted')]);
    expect(table[1].cells[3]).toEqual(['indexing', 'attempted', 'higher']);
    expect(table[1].notes).toContain('indexing: the log claims more than the re-check');
    expect(table[1].notes).toContain('the log says correct, but records no check that passed');
    expect(table[2].cells.map((c) => c[1])).toEqual(Array(12).fill('not-attempted'));
    await shot(page, 'teacher');

    const csv = await downloadOf(page, () => dialog.locator('button.nb-grader-csv').click());
    expect(csv.name).toBe('Exercises_ A Visual Intro to NumPy - grades.csv');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0].startsWith('student,file,submitted_at,creating-arrays state,creating-arrays points,creating-arrays log,')).toBe(true);
    expect(lines[1].startsWith(`Ada,ada.ipynb,,correct,${maxOf(specs[0])},correct ${maxOf(specs[0])}/${maxOf(specs[0])},`)).toBe(true);
    expect(lines[3].startsWith('untouched,untouched.ipynb,,not-attempted,0,not-attempted 0/')).toBe(true);

    // A folder of submissions: the same grades, each named by its path in the folder.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'numbook-subs-'));
    await mkdir(path.join(dir, 'class'));
    await writeFile(path.join(dir, 'class', 'ada.ipynb'), ada);
    await writeFile(path.join(dir, 'class', 'notes.txt'), 'not a submission');
    await dialog.locator('button.nb-grader-clear').click();
    await dialog.locator('input.nb-grader-folder').setInputFiles(path.join(dir, 'class'));
    await expect.poll(() => rows.count(), { timeout: 120_000 }).toBe(1);
    await expect.poll(() => dialog.locator('.nb-grader-busy').count(), { timeout: 120_000 }).toBe(0);
    expect(await rows.first().getAttribute('data-file')).toBe('class/ada.ipynb');
    expect(await rows.first().locator('.nb-grade-total').getAttribute('data-done')).toBe('12');
    // A drop on the page while the teacher's page is open grades what was dropped (not opened as a notebook).
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.ipynb', { type: 'application/x-ipynb+json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, ben.toString());
    await expect.poll(() => rows.count(), { timeout: 120_000 }).toBe(2);
    await expect.poll(() => dialog.locator('.nb-grader-busy').count(), { timeout: 120_000 }).toBe(0);
    expect(await rows.nth(1).getAttribute('data-student')).toBe('Ben');
    expect(await rows.nth(1).locator('.nb-grade-total').getAttribute('data-done')).toBe('3');
    expect((await controller(page)).name).toBe('Exercises: A Visual Intro to NumPy');
    // The notebook's own kernel was not used: nothing ran in the answer key.
    expect(await page.evaluate(() => (window as any).numbook.notebook.controller.doc.cells.every((c: any) => c.cell_type !== 'code' || c.execution_count === null))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a teacher authors an exercise in the UI, tries it as a student, and shares the student copy as a link', async () => {
    const { page, errors } = await openApp(app, { until: 'kernel' });
    await newNotebook(page);
    await page.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      c.edit((nb: any) => ({
        ...nb,
        cells: [
          { id: 'prompt-1', cell_type: 'markdown', source: '### Exercise 1: Doubles\n\nMake `xs`: 0, 2, 4.', metadata: {} },
          { id: 'answer-1', cell_type: 'code', source: 'const xs = np.arange(3) * 2;', metadata: {}, execution_count: null, outputs: [] },
        ],
      }));
    });
    // Edit > Author exercises: each cell shows its role; the code cell becomes the student's cell.
    await page.click('summary:text("Edit")');
    await page.click('button[data-command=toggle-authoring]');
    const role = (id: string) => page.locator(`nb-cell[data-id=${id}] select.nb-role`);
    expect(await role('prompt-1').inputValue()).toBe('text');
    await role('answer-1').selectOption('student');
    const editor = page.locator('dialog.nb-exercise-editor');
    await expect.poll(() => editor.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await editor.locator('.nb-exed-starter textarea').inputValue()).toBe('const xs = null; // replace null with your answer');
    expect(await editor.locator('.nb-exed-solution textarea').inputValue()).toBe('const xs = np.arange(3) * 2;');
    expect(await editor.locator('.nb-exed-check input').evaluateAll((l) => l.map((x) => (x as HTMLInputElement).value))).toEqual(['`xs` is right', '1', 'xs', 'np.arange(3) * 2', '6']);
    await editor.locator('button.nb-exed-add-hint').click();
    await editor.locator('.nb-exed-hints textarea').fill('Multiply `np.arange(3)` by 2.');
    await editor.locator('.nb-exed-check .nb-exed-name input').fill('`xs` is 0, 2, 4');
    await editor.locator('.nb-exed-check input.nb-exed-decimals').fill('2');
    await shot(page, 'authoring');
    await editor.locator('button.nb-exed-save').click();
    await expect.poll(() => editor.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await role('prompt-1').inputValue()).toBe('prompt');
    const spec = await page.evaluate(() => (window as any).numbook.notebook.controller.doc.cells[1].metadata.numbook.exercise);
    expect(spec).toMatchObject({ id: 'doubles', title: 'Doubles', hints: ['Multiply `np.arange(3)` by 2.'], solution: 'const xs = np.arange(3) * 2;' });
    expect(spec.checks).toEqual([{ name: '`xs` is 0, 2, 4', value: 'xs', expected: 'np.arange(3) * 2', decimals: 2 }]);
    await expect.poll(() => page.locator('.nb-ex-progress-text').textContent()).toBe('0/1 done');

    // The teacher's own check of it.
    const ex = page.locator('.nb-exercise[data-exercise=doubles]');
    await page.evaluate(() => (window as any).numbook.notebook.controller.setSource('answer-1', 'const xs = np.arange(3);'));
    await ex.locator('button[data-action=check]').click();
    await expect.poll(() => ex.locator('.nb-ex-result').getAttribute('data-verdict'), { timeout: 60_000 }).toBe('not-yet');
    expect((await ex.locator('.nb-ex-result').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Not yet: xs has the right shape, but not the right values 0/1 point');
    expect(await ex.locator('button[data-action=edit-exercise]').count()).toBe(1);

    // The student copy as a link: what it holds is the student copy.
    await page.click('.nb-ex-progress button[data-action=student-link]');
    const link = page.locator('nb-share textarea.nb-share-link');
    await expect.poll(() => link.inputValue(), { timeout: 60_000 }).toMatch(/#nb=1\./);
    expect(await page.locator('nb-share h2').textContent()).toBe('Share the student copy');
    const url = await link.inputValue();
    await page.click('nb-share form button');

    // Try as student: the student copy opens as a notebook of its own; the teacher's is unchanged.
    const teacherId = (await controller(page)).id;
    await page.click('.nb-ex-progress button[data-action=try-student]');
    await expect.poll(async () => (await controller(page)).name, { timeout: 60_000 }).toBe('Untitled (student view)');
    expect((await controller(page)).id).not.toBe(teacherId);
    expect(await page.locator('.nb-notice').textContent()).toContain('The student view of');
    const student = page.locator('.nb-exercise[data-exercise=doubles]');
    expect(await student.locator('button[data-action=solution]').count()).toBe(0);
    expect(await page.locator('.nb-ex-progress button[data-action=export-students]').count()).toBe(0);
    const copy = await page.evaluate(() => (window as any).numbook.notebook.controller.doc.cells[1]);
    expect(copy.source).toBe('const xs = null; // replace null with your answer');
    expect(copy.metadata.numbook.exercise.checks[0]).not.toHaveProperty('expected');
    expect(copy.metadata.numbook.exercise.checks[0].hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    await page.evaluate((id) => (window as any).numbook.notebook.controller.setSource(id, 'const xs = np.arange(0, 6, 2);'), copy.id);
    await student.locator('button[data-action=check]').click();
    await expect.poll(() => student.locator('.nb-ex-result').getAttribute('data-verdict'), { timeout: 60_000 }).toBe('correct');

    // The link opens the student copy too (a new load: from this page, only its hash would change).
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    await expect.poll(() => page.locator('.nb-ex-progress-text').textContent(), { timeout: 20_000 }).toBe('0/1 done');
    const linked = await page.evaluate(() => (window as any).numbook.notebook.controller.doc.cells[1].metadata.numbook.exercise);
    expect(linked.solution).toBeUndefined();
    expect(linked.checks[0].hash).toMatch(/^sha256:/);
    expect(await page.locator('.nb-exercise[data-exercise=doubles] button[data-action=solution]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('embedded in a frame, checks, hints and solutions are posted to the parent in learntools\' shape', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => void d.accept());
    // A course page (served here by the test, on the app's origin: headless Chromium denies a
    // cross-site frame IndexedDB, where the app keeps its notebooks): the app in a frame, the
    // parent recording what it hears.
    const course = new URL('course-page.html', app.url).href;
    await page.route(course, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><script>window.heard = []; addEventListener('message', (e) => window.heard.push(e.data));</script>
          <iframe src="${app.url}?example=exercises-visual-numpy" style="width: 1050px; height: 850px"></iframe>`,
      }),
    );
    await page.goto(course);
    // Numbook's frame (its kernel has a sandboxed frame of its own inside it).
    const numbookFrame = () => page.frames().find((f) => f.url().startsWith(`${app.url}?example=`));
    await expect.poll(() => !!numbookFrame()).toBe(true);
    const frame = numbookFrame()!;
    await frame.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    await frame.waitForFunction(() => (window as any).numbook.readyAt > 0, null, { timeout: 90_000 });
    const heard = () => page.evaluate(() => (window as any).heard as any[]);
    const ex = frame.locator('.nb-exercise[data-exercise=creating-arrays]');
    await ex.locator('button[data-action=check]').click();
    await expect.poll(async () => (await heard()).length, { timeout: 30_000 }).toBe(1);
    await ex.locator('button[data-action=hint]').click();
    await expect.poll(async () => (await heard()).length).toBe(2);
    await setSource(frame, 'creating-arrays', WRONG);
    await ex.locator('button[data-action=check]').click();
    await expect.poll(async () => (await heard()).length, { timeout: 60_000 }).toBe(3);
    await setSource(frame, 'creating-arrays', 'const evens = np.arange(0, 20, 2).nope();');
    await ex.locator('button[data-action=check]').click();
    await expect.poll(async () => (await heard()).length, { timeout: 60_000 }).toBe(4);
    await setSource(frame, 'creating-arrays', RIGHT);
    await ex.locator('button[data-action=check]').click();
    await expect.poll(async () => (await heard()).length, { timeout: 60_000 }).toBe(5);
    await ex.locator('button[data-action=solution]').click();
    await expect.poll(async () => (await heard()).length).toBe(6);
    const events = await heard();
    const base = { questionId: 'creating-arrays', learnTutorialId: 'Exercises: A Visual Intro to NumPy', trace: '', learnToolsVersion: 'numbook' };
    expect(events.map((e) => e.jupyterEvent)).toEqual(Array(6).fill('custom.exercise_interaction'));
    expect(events[0].data).toEqual({ ...base, interactionType: 1, outcomeType: 4, valueTowardsCompletion: 0, failureMessage: 'your cell is still the starter code: write your answer in it, then Check', exceptionClass: '' });
    expect(events[1].data).toEqual({ ...base, interactionType: 2, valueTowardsCompletion: 0, failureMessage: '', exceptionClass: '' });
    expect(events[2].data).toEqual({ ...base, interactionType: 1, outcomeType: 2, valueTowardsCompletion: 0, failureMessage: '`evens` is an int64 array of shape (9,), not the shape this exercise expects. 1/2 checks passed', exceptionClass: '' });
    expect(events[3].data).toMatchObject({ interactionType: 1, outcomeType: 3, exceptionClass: 'TypeError' });
    expect(events[3].data.failureMessage).toMatch(/^your cell raised TypeError: /);
    expect(events[4].data).toEqual({ ...base, interactionType: 1, outcomeType: 1, valueTowardsCompletion: 1 / 12, failureMessage: '', exceptionClass: '' });
    expect(events[5].data).toMatchObject({ interactionType: 3, questionId: 'creating-arrays' });
    // Numbook's own record beside it: points and progress.
    expect(events[4].numbook).toMatchObject({ interaction: 'check', exercise: 'creating-arrays', outcome: 'correct', points: 2, max: 2, hints: 1, progress: { done: 1, total: 12 } });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('per-student variants: Check asks for a name, then checks against that student\'s numbers', async () => {
    const { page, errors } = await openApp(app, { until: 'kernel' });
    await newNotebook(page);
    await page.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      const spec = { id: 'total', title: 'Total', starter: 'const total = null;', hints: [], checks: [{ name: '`total`', value: 'total', expected: 'data.sum()' }], solution: 'const total = data.sum();' };
      c.edit((nb: any) => ({
        ...nb,
        metadata: { ...nb.metadata, numbook: { variants: 5 } },
        cells: [
          { id: 'setup', cell_type: 'code', source: 'const data = np.random.default_rng(variant).integers(0, 100, 5);', metadata: {}, execution_count: null, outputs: [] },
          { id: 'p', cell_type: 'markdown', source: '### Total', metadata: { numbook: { exercise_prompt: 'total' } } },
          { id: 'ans', cell_type: 'code', source: 'const total = data.sum();', metadata: { numbook: { exercise: spec } }, execution_count: null, outputs: [] },
        ],
      }));
    });
    const ex = page.locator('.nb-exercise[data-exercise=total]');
    const result = ex.locator('.nb-ex-result');
    await ex.locator('button[data-action=check]').click();
    await expect.poll(() => result.getAttribute('data-verdict'), { timeout: 60_000 }).toBe('not-attempted');
    expect(await result.textContent()).toContain('type your name (or id) in the bar at the top first');
    // A name: the setup cell runs with that student's variant, and the computed answer is right.
    await page.locator('.nb-ex-student input').fill('Ada');
    await page.locator('.nb-ex-student input').press('Enter');
    await expect.poll(() => page.evaluate(() => (window as any).numbook.notebook.controller.doc.metadata.numbook.student)).toBe('Ada');
    await ex.locator('button[data-action=check]').click();
    await expect.poll(() => result.getAttribute('data-verdict'), { timeout: 60_000 }).toBe('correct');
    const adas = await page.evaluate(async () => Number((await (window as any).numbook.client.execute('total')).outputs[0].data['text/plain']));
    // Ada's number typed in by Ben, whose variant differs (3 and 0 of 5): the setup runs again with his, and it is wrong
    // (without that re-run, `data` would still be Ada's and the number would pass).
    await page.evaluate((n) => (window as any).numbook.notebook.controller.setSource('ans', `const total = ${n};`), adas);
    await page.locator('.nb-ex-student input').fill('Ben');
    await page.locator('.nb-ex-student input').press('Enter');
    await ex.locator('button[data-action=check]').click();
    await expect.poll(() => result.getAttribute('data-verdict'), { timeout: 60_000 }).toBe('not-yet');
    // The submission says whose it is, in its metadata and its file's name.
    const submitted = await downloadOf(page, () => page.click('.nb-ex-progress button[data-action=submit]'));
    expect(submitted.name).toBe('Untitled - Ben - submission.ipynb');
    expect(JSON.parse(submitted.text).metadata.numbook.student).toBe('Ben');
    expect(errors).toEqual([]);
    await page.close();
  });
});
