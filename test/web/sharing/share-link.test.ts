/**
 * Share links (web/sharing/share-link.ts): the notebook in the URL fragment, compressed. Round trips
 * with and without outputs, and every way a link can arrive broken.
 */
import { describe, it, expect } from 'vitest';
import { decodeShare, encodeShare, shareUrl, shareValue, ShareLinkError } from '../../../web/sharing/share-link';
import { rawUrl } from '../../../web/sharing/notebook-link';
import { newCell, newNotebook, type Notebook } from '../../../web/notebook/notebook-model';

function sample(): Notebook {
  const md = newCell('markdown', '# Title\n\nSome *text*, and math $x^2$.');
  const code = newCell('code', 'const a = np.arange(6).reshape(2, 3);\na * 2');
  if (code.cell_type === 'code') {
    code.execution_count = 3;
    const buffer = new Float64Array([0, 2, 4, 6, 8, 10]).buffer;
    code.outputs = [
      { output_type: 'stream', name: 'stdout', text: 'hello\n' },
      {
        output_type: 'execute_result',
        execution_count: 3,
        metadata: {},
        data: { 'text/plain': 'array([[ 0,  2,  4],\n       [ 6,  8, 10]])', 'application/vnd.numbook.ndarray+json': { dtype: 'float64', shape: [2, 3], storage: 'Float64Array', buffer } },
      },
    ];
  }
  return newNotebook([md, code]);
}

const roundTrip = async (nb: Notebook, outputs: boolean) => decodeShare((await encodeShare(nb, { outputs })) as string);

describe('share links', () => {
  it('carry sources (and no outputs unless asked)', async () => {
    const nb = sample();
    const back = await roundTrip(nb, false);
    expect(back.cells.map((c) => [c.cell_type, c.source])).toEqual(nb.cells.map((c) => [c.cell_type, c.source]));
    const code = back.cells[1];
    expect(code.cell_type === 'code' && [code.outputs, code.execution_count]).toEqual([[], null]);
  });

  it('carry outputs, ndarray buffers included, when asked', async () => {
    const back = await roundTrip(sample(), true);
    const code = back.cells[1];
    if (code.cell_type !== 'code') throw new Error('not code');
    expect(code.execution_count).toBe(3);
    expect(code.outputs[0]).toEqual({ output_type: 'stream', name: 'stdout', text: 'hello\n' });
    const result = code.outputs[1] as { data: Record<string, any> };
    expect(result.data['text/plain']).toBe('array([[ 0,  2,  4],\n       [ 6,  8, 10]])');
    expect(Array.from(new Float64Array(result.data['application/vnd.numbook.ndarray+json'].buffer))).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('are compact: versioned, URL-safe, smaller than the file', async () => {
    const nb = newNotebook(Array.from({ length: 30 }, (_, i) => newCell('code', `const x${i} = np.linspace(0, 1, ${i + 10});\nprint(x${i}.mean())`)));
    const value = await encodeShare(nb, { outputs: false });
    expect(value).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(value.length).toBeLessThan(JSON.stringify(nb).length / 3);
    const url = shareUrl('http://h/app/index.html?example=x#nb=abc-1', value);
    expect(url).toBe(`http://h/app/index.html#nb=${value}`);
    expect(shareValue(new URL(url).hash)).toBe(value);
  });

  it('tell a share fragment from a stored notebook id', () => {
    expect(shareValue('#nb=1.abc')).toBe('1.abc');
    expect(shareValue('#nb=3f2a9c1e-1')).toBeNull();
    expect(shareValue('')).toBeNull();
  });

  it('refuse a damaged, truncated, foreign or non-notebook payload with a reason', async () => {
    const value = await encodeShare(sample(), { outputs: true });
    const cases: [string, RegExp][] = [
      ['1.abc!def', /damaged: it has characters/],
      [value.slice(0, Math.floor(value.length / 2)), /incomplete or damaged: it may have been cut short/],
      ['2.AAAA', /format 2, which this Numbook cannot read/],
      ['1.' + 'q'.repeat(20), /incomplete or damaged/],
      ['1.' + 'q'.repeat(21), /incomplete or damaged/], // a length base64 never has
      [value.slice(0, value.length - 1), /incomplete or damaged/],
    ];
    for (const [v, message] of cases) {
      const err = await decodeShare(v).catch((e: unknown) => e);
      expect(err, v.slice(0, 20)).toBeInstanceOf(ShareLinkError);
      expect((err as Error).message).toMatch(message);
    }
    // Valid compression of something that is not a notebook.
    const packed = new Uint8Array(await new Response(new Blob(['{"nbformat": 3, "worksheets": []}']).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const b64 = btoa(String.fromCharCode(...packed)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    await expect(decodeShare(`1.${b64}`)).rejects.toThrow(/^The share link does not hold a notebook: .*nbformat 3/);
  });
});

describe('GitHub links open their raw files', () => {
  it('blob pages and gists', () => {
    expect(rawUrl(new URL('https://github.com/o/r/blob/main/dir/n.ipynb')).href).toBe('https://raw.githubusercontent.com/o/r/main/dir/n.ipynb');
    expect(rawUrl(new URL('https://gist.github.com/someone/0123abcd')).href).toBe('https://gist.githubusercontent.com/someone/0123abcd/raw');
    expect(rawUrl(new URL('https://example.org/a.ipynb')).href).toBe('https://example.org/a.ipynb');
  });
});

describe('the worker policy', () => {
  it('is the same in the dev and preview servers and in the service worker of static hosts', async () => {
    const { readFileSync } = await import('node:fs');
    const config = readFileSync(new URL('../../../vite.config.ts', import.meta.url), 'utf8');
    const sw = readFileSync(new URL('../../../public/coi-serviceworker.js', import.meta.url), 'utf8');
    const policy = (text: string) => /const WORKER_CSP =\s*\n?\s*"([^"]+)"/.exec(text)?.[1];
    expect(policy(config)).toContain("connect-src 'self' blob: data:");
    expect(policy(sw)).toBe(policy(config));
  });
});
