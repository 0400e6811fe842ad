/**
 * Entry of the compiler worker: esbuild-wasm, started once per page as the page starts and
 * shared by every kernel the page starts (compiler-protocol.ts). On a thread of its own,
 * esbuild's start (compiling 14 MB of wasm, then the Go runtime's) overlaps np's load in
 * the kernel worker instead of following it, and a restarted kernel finds esbuild warm.
 */
import type * as Esbuild from 'esbuild-wasm';
import type { CompilerToKernel, ToCompiler, TransformRequest } from './compiler-protocol';

type Ready = Extract<CompilerToKernel, { type: 'ready' }>;

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Imported, not loaded with this script: the page's start message (and the wasm's download)
// need not wait for esbuild's JavaScript.
const loading = import('esbuild-wasm');
loading.catch(() => {}); // start() reports it
let esbuild: typeof Esbuild;
let requestStart!: (m: Extract<ToCompiler, { type: 'start' }>) => void;
/** esbuild up, or why not; kernels may connect before the page says start. */
const started: Promise<Ready> = new Promise<Extract<ToCompiler, { type: 'start' }>>((resolve) => (requestStart = resolve)).then((m) => start(m.wasm, m.streaming));

/**
 * Compiles esbuild.wasm, streaming if asked and the server labels it application/wasm
 * (compileStreaming refuses it otherwise).
 */
async function compile(url: string, streaming: boolean): Promise<WebAssembly.Module> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`esbuild.wasm: HTTP ${response.status} from ${url}`);
  if (streaming && /^application\/wasm\b/i.test(response.headers.get('Content-Type') ?? '')) return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

async function start(wasm: string | WebAssembly.Module, streaming: boolean): Promise<Ready> {
  try {
    let module: WebAssembly.Module;
    if (typeof wasm === 'string') {
      module = await compile(new URL(wasm, location.href).href, streaming);
      // The page keeps it alive past this worker (see KernelClient.esbuildModule).
      scope.postMessage({ type: 'module', module });
    } else module = wasm;
    esbuild = await loading;
    // worker: false: this is esbuild's worker; its Go runtime runs on this thread.
    await esbuild.initialize({ wasmModule: module, worker: false });
    // No warm-up transform: on a cold start the first transform costs ~0.5 s of compiling
    // on this thread and then seconds of V8 optimising esbuild on the others (measured),
    // which would slow np's load and the notebook's first paint; the first TypeScript cell
    // pays it instead. After a reload the code comes compiled (see KernelClient).
    return { type: 'ready', ok: true, esbuildVersion: esbuild.version };
  } catch (e) {
    return { type: 'ready', ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A kernel's port: it hears when esbuild is up, then sends transforms. */
function connect(port: MessagePort): void {
  port.onmessage = (ev: MessageEvent<TransformRequest>) => void transform(port, ev.data);
  void started.then((ready) => port.postMessage(ready));
}

async function transform(port: MessagePort, req: TransformRequest): Promise<void> {
  let reply: CompilerToKernel;
  try {
    const out = await esbuild.transform(req.code, req.options);
    reply = { type: 'transformed', id: req.id, code: out.code, map: out.map, warnings: out.warnings.map((w) => w.text) };
  } catch (e) {
    // Only what compile.ts reads: esbuild's messages may hold values that cannot be cloned.
    const errors = (e as Esbuild.TransformFailure).errors?.map(({ text, location: l }) => ({ text, location: l && { line: l.line, column: l.column, lineText: l.lineText } }));
    reply = { type: 'transformed', id: req.id, failure: { message: e instanceof Error ? e.message : String(e), errors } };
  }
  port.postMessage(reply);
}

scope.addEventListener('message', (ev: MessageEvent<ToCompiler>) => {
  const m = ev.data;
  if (m.type === 'start') requestStart(m);
  else if (m.type === 'connect') connect(m.port);
});
