// AssemblyScript entry: the module's exports (compiled by wasm/build.mjs).
export { gemm_f64, gemm_f32, gemmWorkBytes } from './gemm';
export { block_size, lu_panel_f64, trsm_f64, chol_panel_f64 } from './lu';

/** First free byte after the module's static data: JS lays its scratch out from here. */
export function heapBase(): usize {
  return __heap_base;
}
export { rot_rows_f64 } from './rot';
export { reflect_f64, tred2_f64 } from './house';
export { radix_sort_f64 } from './sort';
export { pcg64_fill_f64, mt19937_fill_f64 } from './random';
export { house_left_f64, larft_f64 } from './qr';
export { radix_argsort_f64, radix_argsort_32 } from './argsort';
export { radix_sort_32 } from './sort32';
export { bidiag_pass_f64, bidiag_right_f64 } from './bidiag';
