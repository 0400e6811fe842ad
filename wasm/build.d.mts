/** Types of wasm/build.mjs (imported by vite.config.ts and test/global-setup.ts). */
export const OUTPUT: string;
/** Compiles the kernels unless the generated file is current; resolves to whether it compiled. */
export function buildWasmKernels(): Promise<boolean>;
