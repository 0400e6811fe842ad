/**
 * End-to-end harness: the app served by Vite's dev server (the same config `npm start`
 * uses) and a real headless Chromium driven by playwright-core.
 */
import { createServer, type ViteDevServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
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
