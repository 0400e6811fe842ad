/**
 * Array manipulation: joining (concatenate, stack, vstack, hstack, dstack, column_stack,
 * append), splitting (split, array_split, hsplit, vsplit, dsplit), tiling and repeating
 * (tile, repeat, resize), rearranging (flip, fliplr, flipud, roll, rot90), padding (pad),
 * editing (insert, delete, trim_zeros), dimension helpers (atleast_1d/2d/3d) and
 * diagonals (diagonal, trace), with NumPy 2's dtypes and error messages.
 *
 * flip, fliplr, flipud, rot90, diagonal, atleast_*d and split return views where NumPy
 * does; everything else returns a new C-ordered array.
 */
export { type ConcatenateOptions, concatenate, stack, vstack, hstack, dstack, column_stack, append, block } from './joining';
export { atleast_1d, atleast_2d, atleast_3d } from './dimensions';
export { split, array_split, hsplit, vsplit, dsplit } from './splitting';
export { tile, repeat, resize } from './tile-repeat';
export { flip, fliplr, flipud, roll, rot90 } from './flip-roll';
export { type PadMode, type PadOptions, pad } from './pad';
export { insert, trim_zeros } from './insert-delete';
export { type DiagonalOptions, diagonal, trace } from './diagonal';
export { delete_ as delete } from './insert-delete';
import './methods';
