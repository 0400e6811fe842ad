/**
 * Opening notebooks from links (web/sharing/notebook-link.ts) and where their relative paths
 * resolve (web/sharing/notebook-location.ts), without a browser: fetch is stubbed.
 */
import { describe, it, expect, afterEach, vi } from 'vitest';
import { linkRequest, openLink } from '../../../web/sharing/notebook-link';
import { locationOf, withLocation, workingDirectory } from '../../../web/sharing/notebook-location';
import { EXAMPLES, findExample } from '../../../web/notebook/examples';
import { newNotebook } from '../../../web/notebook/notebook-model';
import { formatSize, readerCall } from '../../../web/storage/file-labels';

const PAGE = 'http://h/app/index.html?url=x#nb=1';

describe('linkRequest', () => {
  it('reads ?url= and ?example= from the query', () => {
    expect(linkRequest('?url=https%3A%2F%2Fexample.org%2Fa.ipynb')).toEqual({ kind: 'url', url: 'https://example.org/a.ipynb' });
    expect(linkRequest('?example=visual-numpy')).toEqual({ kind: 'example', id: 'visual-numpy' });
    expect(linkRequest('')).toBeNull();
    expect(linkRequest('?other=1')).toBeNull();
  });
});

describe('notebook location and working directory', () => {
  it('records the location without changing the notebook given', () => {
    const nb = newNotebook();
    const located = withLocation(nb, 'notebooks/a/a.ipynb');
    expect(locationOf(nb)).toBeNull();
    expect(locationOf(located)).toBe('notebooks/a/a.ipynb');
    expect(nb.metadata.numbook).toBeUndefined();
  });

  it("is the notebook's folder (relative to the page, or absolute), else the page's", () => {
    expect(workingDirectory(withLocation(newNotebook(), 'notebooks/a/a.ipynb'), PAGE)).toBe('http://h/app/notebooks/a/');
    expect(workingDirectory(withLocation(newNotebook(), 'https://example.org/n/b.ipynb'), PAGE)).toBe('https://example.org/n/');
    expect(workingDirectory(newNotebook(), PAGE)).toBe('http://h/app/');
  });
});

describe('examples', () => {
  it('each example is an nbformat 4 notebook with its location', async () => {
    expect(EXAMPLES.map((e) => e.id)).toContain('visual-numpy');
    for (const e of EXAMPLES) {
      const { notebook, name } = await openLink({ kind: 'example', id: e.id }, PAGE);
      expect(name).toBe(e.title);
      expect(notebook.cells.length).toBeGreaterThan(0);
      expect(locationOf(notebook)).toBe(e.path);
    }
    expect(findExample('nope')).toBeUndefined();
    await expect(openLink({ kind: 'example', id: 'nope' }, PAGE)).rejects.toThrow('There is no example "nope" (examples: visual-numpy, exercises-visual-numpy, plotting, svd-compression, moores-law, mandelbrot, spectrum).');
  });
});

describe('openLink(url)', () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (body: string, init: ResponseInit = {}) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' }, ...init })));

  it('fetches the notebook (relative to the page), names it by its heading, records where it came from', async () => {
    serve(JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: 'markdown', metadata: {}, source: ['# Hello\n', 'world'] }] }));
    const { notebook, name } = await openLink({ kind: 'url', url: 'nbs/hello.ipynb' }, PAGE);
    expect(name).toBe('Hello');
    expect(notebook.cells[0].source).toBe('# Hello\nworld');
    expect(locationOf(notebook)).toBe('http://h/app/nbs/hello.ipynb');
    expect(String((globalThis.fetch as unknown as { mock: { calls: unknown[][] } }).mock.calls[0][0])).toBe('http://h/app/nbs/hello.ipynb');
  });

  it('a notebook without a heading is named by its file', async () => {
    serve(JSON.stringify({ nbformat: 4, metadata: {}, cells: [] }));
    expect((await openLink({ kind: 'url', url: 'https://example.org/x/My%20analysis.ipynb' }, PAGE)).name).toBe('My analysis');
  });

  it('refuses what is not a notebook, saying why', async () => {
    const cases: [string, ResponseInit, string][] = [
      ['{"nbformat": 4, "cells": [', {}, 'not a notebook: the file is not valid JSON ('],
      ['[1, 2]', {}, 'not a notebook: the file is not a JSON object.'],
      ['{"nbformat": 3, "worksheets": []}', {}, 'it is in nbformat 3, an older format this app does not read: open it in Jupyter and save it, which converts it to nbformat 4.'],
      ['{"nbformat": 5, "cells": []}', {}, 'not a notebook in nbformat 4 (nbformat is 5).'],
      ['{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "markdown", "metadata": {}}]}', {}, 'not a valid nbformat 4 notebook: cell 0 (markdown) has no source.'],
      ['{"nbformat": 4}', {}, 'not a notebook: it has no list of cells.'],
      ['{"nbformat": 4, "cells": [null]}', {}, 'not a notebook: cell 0 is not an object.'],
      ['missing', { status: 404, statusText: 'Not Found' }, 'the server answered HTTP 404 Not Found.'],
      ['<!doctype html>', { headers: { 'content-type': 'text/html' } }, 'the server sent a web page, not a notebook (.ipynb).'],
    ];
    for (const [body, init, why] of cases) {
      serve(body, init);
      await expect(openLink({ kind: 'url', url: 'https://example.org/b.ipynb' }, PAGE)).rejects.toThrow(`Could not open https://example.org/b.ipynb: ${why}`);
    }
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(openLink({ kind: 'url', url: 'https://example.org/b.ipynb' }, PAGE)).rejects.toThrow('does not allow cross-origin requests: CORS');
    await expect(openLink({ kind: 'url', url: 'javascript:alert(1)' }, PAGE)).rejects.toThrow('only http(s) links can be opened');
  });
});

describe('the files list', () => {
  it('sizes as people read them, and the call that reads each file', () => {
    expect([formatSize(0), formatSize(999), formatSize(1000), formatSize(3_900), formatSize(280_528), formatSize(4_100_000), formatSize(2e12)]).toEqual([
      '0 B', '999 B', '1.0 kB', '3.9 kB', '281 kB', '4.1 MB', '2000 GB',
    ]);
    expect(readerCall('scene.PNG')).toBe('await loadImage("scene.PNG")');
    expect(readerCall('a.wav')).toBe('await loadAudio("a.wav")');
    expect(readerCall('x.npy')).toBe('await np.load("x.npy")');
    expect(readerCall('t.csv')).toBe('await np.loadtxt("t.csv", {delimiter: \',\'})');
    expect(readerCall('notes.txt')).toBe('await loadText("notes.txt")');
  });
});
