/**
 * The kernel's working directory (kernel/files.ts) and how runtime/source.ts reads through
 * it: uploaded files by name, relative URLs against the notebook's location; then the real
 * Kernel and KernelClient over a MessageChannel, with 'files' and 'cwd' messages read by
 * np.loadtxt, np.load, loadText and loadAudio in cells.
 */
import { describe, it, expect, afterEach, afterAll, beforeAll, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild-wasm';
import { FileTable, uploadKey } from '../../kernel/files';
import { readBytes, resolveUrl, setSourceHost } from '../../runtime/source';
import { Kernel } from '../../kernel/kernel';
import type { KernelPort } from '../../kernel/channel';
import { KernelClient, type KernelEndpoint } from '../../web/kernel-client/kernel-client';

const bytes = (s: string) => new TextEncoder().encode(s);
const buffer = (s: string) => bytes(s).buffer as ArrayBuffer;

describe('uploadKey: which paths name an upload', () => {
  it('a bare name or ./name does; URLs and absolute paths never do', () => {
    expect(uploadKey('scene.png')).toBe('scene.png');
    expect(uploadKey('./scene.png')).toBe('scene.png');
    expect(uploadKey('././a b.csv')).toBe('a b.csv');
    expect(uploadKey('data/scene.png')).toBe('data/scene.png');
    expect(uploadKey('/scene.png')).toBeNull();
    expect(uploadKey('https://example.org/scene.png')).toBeNull();
    expect(uploadKey('blob:http://h/1234')).toBeNull();
    expect(uploadKey('data:text/plain,1')).toBeNull();
    expect(uploadKey('./')).toBeNull();
  });
});

describe('FileTable', () => {
  it('applies put, remove and clear; reads by name', () => {
    const t = new FileTable();
    t.apply({ type: 'files', put: [{ name: 'b.csv', buffer: buffer('1,2') }, { name: 'a.npy', buffer: buffer('x') }] });
    expect(t.names()).toEqual(['a.npy', 'b.csv']);
    expect(new TextDecoder().decode(t.file('./b.csv'))).toBe('1,2');
    expect(t.file('/b.csv')).toBeUndefined();
    expect(t.file('c.csv')).toBeUndefined();
    t.apply({ type: 'files', put: [{ name: 'b.csv', buffer: buffer('3,4') }], remove: ['a.npy'] });
    expect(t.names()).toEqual(['b.csv']);
    expect(new TextDecoder().decode(t.file('b.csv'))).toBe('3,4');
    t.apply({ type: 'files', clear: true, put: [{ name: 'c.txt', buffer: buffer('c') }] });
    expect(t.names()).toEqual(['c.txt']);
  });

  it('keeps the working directory', () => {
    const t = new FileTable();
    expect(t.base()).toBeNull();
    t.setBase('http://h/notebooks/nb/');
    expect(t.base()).toBe('http://h/notebooks/nb/');
    t.setBase('');
    expect(t.base()).toBeNull();
  });
});

describe('resolveUrl', () => {
  it('resolves relative URLs against the base, as a browser does', () => {
    const base = 'http://h/app/notebooks/visual-numpy/';
    expect(resolveUrl('data/scene.png', base)).toBe('http://h/app/notebooks/visual-numpy/data/scene.png');
    expect(resolveUrl('./data/a b.csv', base)).toBe('http://h/app/notebooks/visual-numpy/data/a%20b.csv');
    expect(resolveUrl('../other/x.npy', base)).toBe('http://h/app/notebooks/other/x.npy');
    expect(resolveUrl('/x.csv', base)).toBe('http://h/x.csv');
    expect(resolveUrl('https://example.org/x.csv', base)).toBe('https://example.org/x.csv');
    // against the .ipynb itself: the same folder
    expect(resolveUrl('data/x.csv', 'http://h/nb/visual-numpy.ipynb')).toBe('http://h/nb/data/x.csv');
  });

  it('leaves the URL as written without a base', () => {
    expect(resolveUrl('data/scene.png', null)).toBe('data/scene.png');
  });
});

describe('readBytes through a host', () => {
  afterEach(() => {
    setSourceHost(null);
    vi.unstubAllGlobals();
  });

  it('an uploaded file is read by name, as a copy; nothing is fetched', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const t = new FileTable();
    t.apply({ type: 'files', put: [{ name: 'a.bin', buffer: new Uint8Array([1, 2, 3]).buffer }] });
    setSourceHost(t);
    const r = await readBytes('./a.bin');
    expect(r.name).toBe('a.bin');
    expect(Array.from(r.bytes)).toEqual([1, 2, 3]);
    r.bytes[0] = 99;
    expect(Array.from(t.file('a.bin')!)).toEqual([1, 2, 3]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('other paths are fetched, relative ones against the base; errors name the path as written', async () => {
    const seen: string[] = [];
    vi.stubGlobal('fetch', async (u: string | URL) => {
      seen.push(String(u));
      return String(u).includes('missing') ? new Response('no', { status: 404 }) : new Response(new Uint8Array([7]));
    });
    const t = new FileTable();
    t.setBase('http://h/notebooks/nb/');
    setSourceHost(t);
    await readBytes('data/x.csv');
    await readBytes('/abs.csv');
    await readBytes('https://example.org/y.csv');
    await readBytes(new URL('http://other/z.csv'));
    expect(seen).toEqual(['http://h/notebooks/nb/data/x.csv', 'http://h/abs.csv', 'https://example.org/y.csv', 'http://other/z.csv']);
    await expect(readBytes('data/missing.csv')).rejects.toThrow("[Errno 2] No such file or directory: 'data/missing.csv'");
  });

  it('without a host, URLs go to fetch as written', async () => {
    const seen: string[] = [];
    vi.stubGlobal('fetch', async (u: string) => (seen.push(String(u)), new Response(new Uint8Array([1]))));
    await readBytes('data/x.csv');
    expect(seen).toEqual(['data/x.csv']);
  });
});

describe('files and cwd messages in the real kernel (MessageChannel)', () => {
  // Made here, after the tests above reset the source host: the kernel registers its own.
  let kernel: Kernel;
  let client: KernelClient;
  const channel = new MessageChannel();
  beforeAll(() => {
    const kernelPort = channel.port1 as unknown as KernelPort & { start(): void };
    kernel = new Kernel(kernelPort, { loadEsbuild: async () => esbuild });
    kernelPort.start();
    const endpoint: KernelEndpoint = {
      postMessage: (m, t) => channel.port2.postMessage(m, t ?? []),
      addEventListener: (type: string, l: (ev: any) => void) => channel.port2.addEventListener(type as 'message', l),
      terminate: () => channel.port2.close(),
    };
    channel.port2.start();
    client = new KernelClient({ spawn: () => endpoint, wasm: 'not-needed-in-node' });
  });
  afterAll(() => {
    kernel.dispose();
    client.dispose();
    channel.port1.close();
    vi.unstubAllGlobals();
  });

  /** Runs a cell; its stdout, or its error as `ename: evalue`. */
  async function run(code: string): Promise<string> {
    const r = await client.execute(code);
    const err = r.outputs.find((o) => o.type === 'error');
    if (err && err.type === 'error') return `${err.ename}: ${err.evalue}`;
    return r.outputs.map((o) => (o.type === 'stream' ? o.text : '')).join('');
  }

  it('post waits for a ready kernel', async () => {
    expect(client.post({ type: 'cwd', url: 'http://h/' })).toBe(false);
    await client.ready;
    expect(client.post({ type: 'cwd', url: 'http://h/' })).toBe(true);
  }, 60_000);

  it('uploaded files are read by name by np.loadtxt, np.load, loadText and loadAudio; malformed ones are named', async () => {
    await client.ready;
    const npy = readFileSync(path.resolve('test/goldens/npy/i2.npy'));
    const wav = readFileSync(path.resolve('notebooks/visual-numpy/data/bards.wav'));
    const put = [
      { name: 'data.csv', buffer: buffer('1,2\n3,4\n') },
      { name: 'x.npy', buffer: npy.buffer.slice(npy.byteOffset, npy.byteOffset + npy.byteLength) as ArrayBuffer },
      { name: 'a.wav', buffer: wav.buffer.slice(wav.byteOffset, wav.byteOffset + wav.byteLength) as ArrayBuffer },
      { name: 'bad.npy', buffer: buffer('not an npy file') },
    ];
    const sent = put.map((f) => f.buffer);
    expect(client.post({ type: 'files', clear: true, put }, sent)).toBe(true);
    expect(sent.every((b) => b.byteLength === 0)).toBe(true); // transferred, not copied
    expect(await run(`console.log(String(await np.loadtxt('data.csv', {delimiter: ','})))`)).toBe('[[1. 2.]\n [3. 4.]]\n');
    expect(await run(`console.log(String(await np.load('./x.npy')))`)).toBe('[-32768  32767      7]\n');
    expect(await run(`console.log(JSON.stringify(await loadText('data.csv')))`)).toBe('"1,2\\n3,4\\n"\n');
    expect(await run(`const a = await loadAudio('a.wav'); console.log(a.rate, a.samples.dtype)`)).toMatch(/^\d+ int16\n$/);
    expect(await run(`await np.load('bad.npy')`)).toMatch(/^ValueError: bad\.npy: the magic string is not correct/);
    client.post({ type: 'files', remove: ['data.csv'] });
    vi.stubGlobal('fetch', async (u: string) => (String(u).endsWith('/nb/data.csv') ? new Response('5,6\n') : new Response('no', { status: 404 })));
    expect(await run(`await np.loadtxt('data.csv', {delimiter: ','})`)).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'data.csv'");
    client.post({ type: 'cwd', url: 'http://h/nb/' });
    expect(await run(`console.log(String(await np.loadtxt('data.csv', {delimiter: ','})))`)).toBe('[5. 6.]\n');
  });
});
