/**
 * The editor's TypeScript worker: Monaco's, with cells read through their operator views
 * (ts-operator-worker.ts), so the editor types NumPy's operators as the kernel runs them.
 * Monaco's module starts its own worker object on the first message; that handler is
 * replaced here (this module runs after it, before any message is delivered).
 */
import { initialize, TypeScriptWorker, ts } from 'monaco-editor/languages/features/typescript/ts.worker';
import { withOperatorView } from './ts-operator-worker';
import type { TsApi } from './ts-api';

const OperatorViewWorker = withOperatorView(TypeScriptWorker, ts.typescript as Parameters<typeof withOperatorView>[1] & TsApi);

self.onmessage = () => initialize((ctx, createData) => new OperatorViewWorker(ctx, createData));
