/**
 * End-to-end harness: the app served by Vite's dev server (the same config `npm start`
 * uses) and a real headless Chromium driven by playwright-core.
 */
import { beforeAll, afterAll, expect } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve('test-results');

export interface App {
  url: string;
  browser: Browser;
  page(): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the dev server on a free port and a fresh headless Chromium. */
export async function startApp(): Promise<App> {
  const server: ViteDevServer = await createServer({
    configFile: path.resolve('vite.config.ts'),
    server: { port: 0, strictPort: false, hmr: false },
    logLevel: 'error',
  });
  await server.listen();
  const addr = server.httpServer!.address();
  const port = typeof addr === 'object' && addr ? addr.port : 5173;
  // playwright-core gives every launch a fresh, empty --user-data-dir of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    page: () => browser.newPage(),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The app for one test file: started before its tests, closed after them. The object is
 * filled in by the beforeAll hook, so use it inside tests and hooks only.
 */
export function useApp(): App {
  const app = {} as App;
  beforeAll(async () => {
    Object.assign(app, await startApp());
  }, 120_000);
  // Closing Chromium and the dev server can take seconds on a loaded machine.
  afterAll(async () => {
    await app.close?.();
  }, 60_000);
  return app;
}

export interface OpenOptions {
  /** Appended to the app's URL: `?example=...`, `#nb=...`. */
  query?: string;
  /** Where the page opens (default: a fresh browser profile of its own). */
  context?: BrowserContext;
  viewport?: { width: number; height: number };
  /** What to wait for after the notebook is drawn: the kernel (np), Monaco too, or nothing more. */
  until?: 'drawn' | 'kernel' | 'editor';
}

/** Goes to the app at `query` in `page` and waits as `until` says (see OpenOptions). */
export async function gotoApp(page: Page, app: App, query = '', until: OpenOptions['until'] = 'kernel'): Promise<void> {
  await page.goto(app.url + query);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
  if (until === 'drawn') return;
  await page.waitForFunction((editor) => (window as any).numbook.readyAt > 0 && (!editor || (window as any).numbook.monacoAt > 0), until === 'editor', { timeout: 90_000 });
}

/** A new page of the app, with the errors it throws collected in `errors`. */
export async function openApp(app: App, options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const viewport = options.viewport ?? { width: 1100, height: 900 };
  const page = options.context ? await options.context.newPage() : await app.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await gotoApp(page, app, options.query, options.until);
  return { page, errors };
}

/** File > New notebook: one empty code cell, active, command mode. */
export async function newNotebook(page: Page): Promise<void> {
  await page.click('summary:text("File")');
  await page.click('button[data-command=new-notebook]');
  await expect.poll(() => page.evaluate(() => (window as any).numbook.notebook.controller.doc.cells.length), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => page.locator('nb-cell').count()).toBe(1);
}

/** Runs the notebook's first cell with `code`: its execution count and its last output as text (a result, printed text, or `ename: evalue`). */
export function runFirstCell(page: Page, code: string): Promise<{ count: number | null; text: string }> {
  return page.evaluate(async (code) => {
    const c = (window as any).numbook.notebook.controller;
    const id = c.doc.cells[0].id;
    c.setSource(id, code);
    await c.run([id]);
    const cell = c.doc.cells[0];
    const out = cell.outputs.at(-1);
    return { count: cell.execution_count, text: out?.data?.['text/plain'] ?? out?.text ?? (out ? `${out.ename}: ${out.evalue}` : '') };
  }, code);
}
