/**
 * The page's KernelClient and the real Kernel on the two ends of a MessageChannel (the
 * worker is replaced by the channel; everything else is the real code), for tests of the
 * protocol in Node. `send` spies on what the kernel posts. Closed after the file's tests.
 */
import { afterAll, vi } from 'vitest';
import * as esbuild from 'esbuild-wasm';
import { Kernel } from '../../kernel/kernel';
import type { KernelPort } from '../../kernel/channel';
import { KernelClient, type KernelEndpoint } from '../../web/kernel-client/kernel-client';

export function kernelOverChannel() {
  const channel = new MessageChannel();
  const kernelPort = channel.port1 as unknown as KernelPort & { start(): void };
  const send = vi.spyOn(channel.port1, 'postMessage');
  const kernel = new Kernel(kernelPort, { loadEsbuild: async () => esbuild });
  kernelPort.start();
  const endpoint: KernelEndpoint = {
    postMessage: (m, t) => channel.port2.postMessage(m, t ?? []),
    addEventListener: (type: string, l: (ev: any) => void) => channel.port2.addEventListener(type as 'message', l),
    terminate: () => channel.port2.close(),
  };
  channel.port2.start();
  const client = new KernelClient({ spawn: () => endpoint, wasm: 'not-needed-in-node' });
  afterAll(() => {
    kernel.dispose();
    client.dispose();
    channel.port1.close();
  });
  return { channel, kernel, client, send };
}
