/**
 * Entry of a thread of the wasm kernels' pool (runtime/wasm/threads.ts), started by the
 * kernel's Worker when the page is cross-origin isolated: it takes the shared module and
 * memory from the first message, then runs kernel calls until the kernel ends.
 */
import { runPoolThread, type PoolThreadInit } from '../runtime/wasm/threads';

self.addEventListener('message', (e: MessageEvent<PoolThreadInit>) => runPoolThread(e.data), { once: true });
