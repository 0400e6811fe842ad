/**
 * Messages of the compiler worker (compiler-worker.ts), which runs esbuild-wasm for every
 * kernel a page starts. The page starts it and connects each kernel to it through a
 * MessagePort of its own; the kernel sends transforms there (remote-esbuild.ts).
 *
 *   page ── start{wasm} ──▶ compiler          once: compile esbuild.wasm, start esbuild
 *        ◀── module ───────                   the compiled module (see kernel-client.ts)
 *        ── connect{port} ─▶                  per kernel (restart = a new port)
 *   kernel ◀── ready ─────── compiler (port)  esbuild is up, or failed to start
 *          ── transform ──▶                   a cell's TypeScript
 *          ◀── transformed ─
 */
import type { TransformOptions } from 'esbuild-wasm';

/** From the page to the compiler worker. */
export type ToCompiler =
  | {
      type: 'start';
      /** esbuild.wasm's URL or its module. */
      wasm: string | WebAssembly.Module;
      /**
       * Compile while downloading (a first visit: the bytes come over the network), or from
       * the whole bytes (a reload: V8 may still hold the module compiled by the page before,
       * which it finds by the bytes at once; streaming would decode them all first).
       */
      streaming: boolean;
    }
  | { type: 'connect'; port: MessagePort };

/** From the compiler worker to the page. */
export interface CompilerToPage {
  type: 'module';
  module: WebAssembly.Module;
}

/** From a kernel to the compiler worker, on its port. */
export interface TransformRequest {
  type: 'transform';
  id: number;
  code: string;
  options: TransformOptions;
}

/** esbuild's error for a source that does not compile: the parts compile.ts reads. */
export interface TransformFailure {
  message: string;
  errors?: { text: string; location: { line: number; column: number; lineText: string } | null }[];
}

/** From the compiler worker to a kernel, on its port. */
export type CompilerToKernel =
  | { type: 'ready'; ok: true; esbuildVersion: string }
  | { type: 'ready'; ok: false; error: string }
  | { type: 'transformed'; id: number; code: string; map: string; warnings: unknown[] }
  | { type: 'transformed'; id: number; failure: TransformFailure };
