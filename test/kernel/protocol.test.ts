/**
 * The protocol end to end in Node: the page's KernelClient and the Kernel on the two ends
 * of a MessageChannel (the worker is replaced by the channel; everything else is the real
 * code), so queueing, routing and transfers are checked without a browser.
 */
import { describe, it, expect } from 'vitest';
import { kernelOverChannel } from './channel-kernel';

const { kernel, client, send } = kernelOverChannel();

describe('KernelClient ⇄ Kernel over a MessageChannel', () => {
  it('starts, runs a cell and routes its outputs to it', async () => {
    const info = await client.ready;
    expect(info.interruptible).toBe(true);
    const seen: string[] = [];
    const r = await client.execute("console.log('hi'); 1 + 1", {
      observer: { pending: (n) => seen.push(`pending ${n}`), output: (o) => seen.push(o.type), fulfilled: () => seen.push('fulfilled') },
    });
    expect(r.status).toBe('ok');
    expect(r.outputs).toEqual([
      { type: 'stream', parent: r.id, name: 'stdout', text: 'hi\n' },
      { type: 'result', parent: r.id, executionCount: r.executionCount, data: { 'text/plain': '2' }, metadata: {} },
    ]);
    expect(seen).toEqual([`pending ${r.executionCount}`, 'stream', 'result', 'fulfilled']);
  }, 60_000);

  it('an ndarray crosses as dtype, shape and a transferred (not copied) buffer', async () => {
    send.mockClear();
    const r = await client.execute('np.arange(4).reshape(2, 2)');
    const result = r.outputs[0] as Extract<typeof r.outputs[0], { type: 'result' }>;
    const nd = result.data['application/vnd.numbook.ndarray+json']!;
    expect([nd.dtype, nd.shape, nd.storage]).toEqual(['int64', [2, 2], 'Float64Array']);
    expect(Array.from(new Float64Array(nd.buffer!))).toEqual([0, 1, 2, 3]);
    const call = send.mock.calls.find(([m]) => (m as { type: string }).type === 'result')!;
    const sent = (call[0] as typeof result).data['application/vnd.numbook.ndarray+json']!.buffer!;
    expect(call[1]).toEqual([sent]);
    expect(sent.byteLength).toBe(0); // detached on the kernel side: it moved
  });

  it('queued cells run in order; a failure aborts the rest (Jupyter)', async () => {
    const observed: string[] = [];
    const replies = await Promise.all([
      client.execute('const q1 = 1'),
      client.execute('q1 + 1'),
      client.execute('null.boom'),
      client.execute('const q4 = 4', { observer: { rejected: (r) => observed.push(r.status) } }),
    ]);
    expect(replies.map((r) => r.status)).toEqual(['ok', 'ok', 'error', 'aborted']);
    expect(observed).toEqual(['aborted']);
    expect((replies[2].outputs[0] as { ename: string }).ename).toBe('TypeError');
    expect((await client.execute('typeof q4')).outputs[0]).toMatchObject({ data: { 'text/plain': "'undefined'" } });
  });

  it('stopOnError: false keeps the queue going', async () => {
    const replies = await Promise.all([client.execute('throw 1', { stopOnError: false }), client.execute('3')]);
    expect(replies.map((r) => r.status)).toEqual(['error', 'ok']);
  });

  it('storeHistory: false (an exercise check) keeps the execution count and `_`', async () => {
    const a = await client.execute('const silentProbe = 40; silentProbe + 1');
    const check = await client.execute('silentProbe * 100', { storeHistory: false });
    expect(check.status).toBe('ok');
    expect(check.executionCount).toBe(a.executionCount);
    expect((check.outputs[0] as { data: Record<string, string> }).data['text/plain']).toBe('4000');
    const b = await client.execute('_');
    expect(b.executionCount).toBe(a.executionCount! + 1);
    expect((b.outputs[0] as { data: Record<string, string> }).data['text/plain']).toBe('41');
    // Its errors still say where.
    const bad = await client.execute('null.x', { storeHistory: false });
    expect(bad.status).toBe('error');
    expect((await client.execute('1')).executionCount).toBe(b.executionCount! + 1);
  });

  it('display ids and updates, console.table', async () => {
    const r = await client.execute("display('a', {display_id: 'p'}); display('b', {display_id: 'p', update: true}); console.table([{x: 1}, {x: 2}])");
    expect(r.outputs.slice(0, 2)).toMatchObject([
      { type: 'display', displayId: 'p', data: { 'text/plain': "'a'" } },
      { type: 'display', displayId: 'p', update: true, data: { 'text/plain': "'b'" } },
    ]);
    expect((r.outputs[2] as { text: string }).text).toBe(
      ['┌─────────┬───┐', '│ (index) │ x │', '├─────────┼───┤', '│ 0       │ 1 │', '│ 1       │ 2 │', '└─────────┴───┘', ''].join('\n'),
    );
  });

  it("display's view option picks an array's first view, kept beside the caller's metadata", async () => {
    const r = await client.execute("display(np.eye(2), {view: 'heatmap', metadata: {numbook: {note: 1}, other: 2}}); display(np.eye(2))");
    expect(r.outputs.map((o) => (o as { metadata?: unknown }).metadata)).toEqual([{ numbook: { note: 1, view: 'heatmap' }, other: 2 }, {}]);
  });

  it('interrupting an awaiting cell keeps the kernel', async () => {
    const p = client.execute('const kept = 5; await new Promise(() => {})');
    await new Promise((r) => setTimeout(r, 50));
    client.interrupt();
    const r = await p;
    expect(r.outputs[0]).toMatchObject({ type: 'error', ename: 'KeyboardInterrupt' });
    expect((await client.execute('kept')).outputs[0]).toMatchObject({ data: { 'text/plain': '5' } });
  });
});
