/**
 * The production build served by a plain file server that sends no headers at all (no
 * COOP/COEP, no CORS): the strictest host. The page's own service worker
 * (public/coi-serviceworker.js) makes it cross-origin isolated after one reload.
 */
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from './harness';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

export interface StaticApp {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the app into a temporary folder, serves it, and starts a headless Chromium. */
export async function startStaticApp(): Promise<StaticApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'numbook-static-'));
  await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  const server = http.createServer((req, res) => {
    let file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (file.endsWith('/')) file += 'index.html';
    fs.readFile(file, (err, data) => {
      res.writeHead(err ? 404 : 200, err ? {} : { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(err ? undefined : data);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    browser,
    async close() {
      await browser.close();
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
