/** Types of bench/node-pool.mjs (imported by the thread pool's tests). */
export function nodeThreadSpawner(): Promise<{ spawn(init: unknown): void; stop(): Promise<void> }>;
