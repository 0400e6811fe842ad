/**
 * The strided loop driver: walks every operand of a broadcast operation row by row and
 * hands each row to a kernel that loops over it. Kernels see (length, offsets, strides)
 * and never allocate; the driver coalesces dimensions so same-layout operands make a
 * single flat row.
 */
import { coalesce } from './shape';

/** Runs `row(n, offsets, strides)` for every innermost row of a broadcast iteration. */
export function forEachRow(
  shape: readonly number[],
  offsets: readonly number[],
  strides: (readonly number[])[],
  row: (n: number, offsets: number[], strides: number[]) => void,
): void {
  for (const n of shape) if (n === 0) return;
  const [sh, st] = coalesce(shape, strides);
  const nops = offsets.length;
  const offs = offsets.slice();
  const nd = sh.length;
  if (nd === 0) {
    row(1, offs, new Array(nops).fill(0));
    return;
  }
  const n = sh[nd - 1];
  const inner = st.map((s) => s[nd - 1]);
  if (nd === 1) {
    row(n, offs, inner);
    return;
  }
  const idx = new Array<number>(nd - 1).fill(0);
  const cur = offs.slice();
  const rows = sh.slice(0, nd - 1).reduce((a, b) => a * b, 1);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < nops; j++) offs[j] = cur[j];
    row(n, offs, inner);
    for (let k = nd - 2; k >= 0; k--) {
      idx[k]++;
      for (let j = 0; j < nops; j++) cur[j] += st[j][k];
      if (idx[k] < sh[k]) break;
      for (let j = 0; j < nops; j++) cur[j] -= st[j][k] * sh[k];
      idx[k] = 0;
    }
  }
}
