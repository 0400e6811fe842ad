/**
 * plt in the kernel (Node, the real Kernel and KernelClient over a MessageChannel): as
 * Jupyter's inline backend, figures a cell draws are shown when it ends (after its
 * result), or where plt.show() is called, one display output per figure, then closed; a
 * figure's series cross as transferred buffers.
 */
import { describe, it, expect } from 'vitest';
import type { FigureSpec } from '../../kernel/protocol';
import { kernelOverChannel } from './channel-kernel';

const FIGURE = 'application/vnd.numbook.figure+json';
const { kernel, client, send } = kernelOverChannel();

type Out = { type: string; data?: Record<string, unknown>; ename?: string; evalue?: string; text?: string };
const texts = (outs: Out[]) => outs.map((o) => (o.data ? String(o.data['text/plain']) : o.type === 'stream' ? o.text : `${o.ename}: ${o.evalue}`));

describe('plt in the kernel', () => {
  it('a figure is shown when the cell ends, after its result', async () => {
    await client.ready;
    send.mockClear();
    const r = await client.execute('const x = np.linspace(0, 2 * np.pi, 200); plt.plot(x, np.sin(x))');
    expect(r.status).toBe('ok');
    const outs = r.outputs as Out[];
    expect(outs.map((o) => o.type)).toEqual(['result', 'display']);
    expect(texts(outs)).toEqual(['[ <matplotlib.lines.Line2D object> ]', '<Figure size 640x480 with 1 Axes>']);
    const spec = outs[1].data![FIGURE] as FigureSpec;
    expect(spec.width).toBe(6.4);
    expect(spec.axes[0].artists[0]).toMatchObject({ type: 'line', color: '#1f77b4' });
    const y = (spec.axes[0].artists[0] as { y: Float64Array }).y;
    expect(y.length).toBe(200);
    // Its series moved, not copied.
    const call = send.mock.calls.find(([m]) => (m as { type: string }).type === 'display')!;
    expect((call[1] as ArrayBuffer[]).length).toBe(2);
    // Closed: the next cell starts without it.
    expect(texts((await client.execute('plt.get_fignums()')).outputs as Out[])).toEqual(['[]']);
  }, 60_000);

  it('plt.show() shows figures where it is called; one output per figure', async () => {
    const r = await client.execute("plt.plot([1, 2]); plt.show(); console.log('after'); plt.figure(); plt.bar([1], [2]); const [f2, axs] = plt.subplots(1, 2); 7");
    expect(texts(r.outputs as Out[])).toEqual(['<Figure size 640x480 with 1 Axes>', 'after\n', '7', '<Figure size 640x480 with 1 Axes>', '<Figure size 640x480 with 2 Axes>']);
  });

  it('an empty figure is its text only; a failing cell still shows its figures', async () => {
    const r1 = await client.execute('plt.figure({figsize: [3, 2]}); undefined');
    expect((r1.outputs as Out[]).map((o) => Object.keys(o.data!))).toEqual([['text/plain']]);
    expect(texts(r1.outputs as Out[])).toEqual(['<Figure size 300x200 with 0 Axes>']);
    const r2 = await client.execute('plt.plot([1, 2, 3], [1, 2, 3, 4])');
    expect(texts(r2.outputs as Out[])).toEqual(['ValueError: x and y must have same first dimension, but have shapes (3,) and (4,)', '<Figure size 640x480 with 1 Axes>']);
  });

  it("plt is pyplot's namespace: a misspelt name says so; import {plt} from 'numbook' works", async () => {
    const r = await client.execute('plt.plott([1])');
    expect(texts(r.outputs as Out[])[0]).toBe("AttributeError: module 'matplotlib.pyplot' has no attribute 'plott'. Did you mean: 'plot'?");
    const r2 = await client.execute("import { plt as p } from 'numbook'; p === plt");
    expect(texts(r2.outputs as Out[])).toEqual(['true']);
  });

  it('a Figure as the result shows as a figure (and, still open, again at the end, as in Jupyter)', async () => {
    const r = await client.execute('const [fig, ax] = plt.subplots(); ax.plot([3, 1, 2]); fig');
    const outs = r.outputs as Out[];
    expect(outs.map((o) => [o.type, Object.keys(o.data!).sort().join()])).toEqual([
      ['result', `${FIGURE},text/plain`],
      ['display', `${FIGURE},text/plain`],
    ]);
    const r2 = await client.execute('fig');
    expect((r2.outputs as Out[]).length).toBe(1);
  });

  it('savefig asks the page to draw the figure; with no canvas (Node) the page says why', async () => {
    const r = await client.execute('plt.plot([1]); await plt.savefig()');
    expect(texts(r.outputs as Out[])[0]).toMatch(/savefig: the page could not draw the figure \(.*OffscreenCanvas/);
  });
});
