/**
 * A kernel that dies (its sandbox's process gone: the endpoint's 'error') while a cell runs:
 * the client says so in Jupyter's words, fails the running cell, does not run the queued
 * one, starts a new kernel, and a sandboxed endpoint gets interrupts by its own method
 * (its iframe holds the flag), not through a flag the page shares.
 */
import { describe, it, expect } from 'vitest';
import type { FromKernel, ToKernel } from '../../../kernel/protocol';
import { KernelClient, KERNEL_DIED, type KernelEndpoint } from '../../../web/kernel-client/kernel-client';

/** A scripted kernel: ready at once; answers execute_input; the test decides the rest. */
class FakeKernel implements KernelEndpoint {
  readonly received: ToKernel[] = [];
  readonly interrupts: number[] = [];
  terminated = false;
  private readonly messages: ((ev: MessageEvent<FromKernel>) => void)[] = [];
  private readonly errors: ((ev: ErrorEvent | Event) => void)[] = [];

  postMessage(m: ToKernel): void {
    this.received.push(m);
    if (m.type === 'init') queueMicrotask(() => this.send({ type: 'ready', interruptible: true, timings: { np: 0, total: 0 } }));
    if (m.type === 'execute') queueMicrotask(() => this.send({ type: 'execute_input', parent: m.id, executionCount: 1, code: m.code }));
  }
  addEventListener(type: 'message' | 'error', listener: (ev: any) => void): void {
    (type === 'message' ? this.messages : this.errors).push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  interrupt(seq: number): void {
    this.interrupts.push(seq);
  }
  send(m: FromKernel): void {
    for (const l of this.messages) l({ data: m } as MessageEvent<FromKernel>);
  }
  die(message: string): void {
    for (const l of this.errors) l({ message, preventDefault() {} } as unknown as ErrorEvent);
  }
}

describe('KernelClient with a sandboxed kernel', () => {
  it('a dead kernel: Jupyter\'s words, the running cell fails, the queued one does not run, a new kernel runs the next', async () => {
    const kernels: FakeKernel[] = [];
    const client = new KernelClient({ spawn: () => (kernels.push(new FakeKernel()), kernels.at(-1)!), wasm: 'esbuild.wasm' });
    const statuses: string[] = [];
    client.on((m) => m.type === 'status' && statuses.push(`${m.state}: ${m.reason ?? ''}`));
    await client.ready;
    const running = client.execute('const xs = []; while (true) xs.push(new Array(1e6))');
    const queued = client.execute('1');
    await new Promise((r) => setTimeout(r, 0));
    kernels[0].die('its process stopped answering');
    const [r1, r2] = await Promise.all([running, queued]);
    expect(r1.status).toBe('error');
    expect(r1.outputs).toEqual([expect.objectContaining({ ename: 'KernelDied', evalue: `${KERNEL_DIED} (its process stopped answering; every variable was lost)` })]);
    expect(r2.status).toBe('aborted');
    expect(statuses).toContain(`restarting: ${KERNEL_DIED}`);
    expect(kernels[0].terminated).toBe(true);
    expect(kernels).toHaveLength(2);
    await client.ready;
    const next = client.execute('2');
    await new Promise((r) => setTimeout(r, 0));
    kernels[1].send({ type: 'done', parent: (kernels[1].received.at(-1) as { id: string }).id, status: 'ok', executionCount: 1 });
    expect((await next).status).toBe('ok');
    client.dispose();
  });

  it('interrupt goes to the endpoint (its iframe holds the flag); init shares no flag of the page', async () => {
    const kernel = new FakeKernel();
    const client = new KernelClient({ spawn: () => kernel, wasm: 'esbuild.wasm', interruptGraceMs: 60_000 });
    await client.ready;
    expect(kernel.received[0]).toMatchObject({ type: 'init', interrupt: null });
    void client.execute('while (true) {}');
    await new Promise((r) => setTimeout(r, 0));
    const seq = (kernel.received.at(-1) as { seq: number }).seq;
    client.interrupt();
    expect(kernel.interrupts).toEqual([seq]);
    expect(kernel.received.at(-1)).toMatchObject({ type: 'interrupt' });
    client.dispose();
  });
});
