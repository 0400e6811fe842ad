/** Types of bench/node-pool.mjs (imported by the thread pool's tests). */
import type { Worker } from 'node:worker_threads';
import type { SpawnThread } from '../runtime/wasm/threads';

export function nodeThreadSpawner(options?: { prelude?: string }): Promise<{ spawn: SpawnThread; workers: Worker[]; stop(): Promise<void> }>;
