/** What the array printer needs of an array (`Printable`): a dtype, a shape and C-order element access. */
import type { DType } from '../dtype';

export interface Printable {
  readonly dtype: DType;
  readonly shape: readonly number[];
  /** Element `i` of the array in C (row-major) order; bool arrays give 0/1; complex the real part. */
  flatGet(i: number): number;
  /** The imaginary part of element `i` (complex dtypes only). */
  flatGetImag?(i: number): number;
}
