/**
 * Monaco's TypeScript worker modules, which ship without declarations: the worker entry
 * (web/editor/ts-worker.ts) and the tests import them.
 */
declare module 'monaco-editor/languages/features/typescript/ts.worker' {
  /** Monaco's worker class (tsWorker.js). */
  export const TypeScriptWorker: new (ctx: unknown, createData: unknown) => import('./ts-operator-worker').BaseWorker;
  /** Monaco's bundled TypeScript (typescriptServices.js); the compiler API is its `typescript`. */
  export const ts: { typescript: unknown };
  /** Starts the worker with a factory for the worker object (Monaco's initialize.js). */
  export function initialize(factory: (ctx: unknown, createData: unknown) => unknown): void;
}

declare module 'monaco-editor/languages/features/typescript/tsWorker' {
  export const TypeScriptWorker: new (ctx: unknown, createData: unknown) => import('./ts-operator-worker').BaseWorker;
}

declare module 'monaco-editor/languages/features/typescript/lib/typescriptServices' {
  export const typescript: unknown;
}
