/**
 * Functions np takes one by one from modules it does not spread whole, under NumPy's names.
 * np spreads this module, so each keeps its own declaration: the editor shows its docs on
 * hover (an object literal's `name: module.fn` property would show none).
 */
export { polyfit, polyval, polyder, polyint, polyadd, polysub, polymul, polydiv, poly, poly1d } from './lib/polynomial';
export { shares_memory, may_share_memory, copyto, require, asfortranarray, isfortran } from './lib/memory';
export { formatFloatPositional as format_float_positional, formatFloatScientific as format_float_scientific } from './format';
export { histogramdd } from './lib/histograms';
export { sort_complex } from './complex/sort';
export { complex } from './complex/complex';
export { array, asarray } from './asarray';
export { slice } from './indexing';
export { array_repr, array_str, array2string } from './lib/array-text';
export {
  setPrintoptions as set_printoptions, getPrintoptions as get_printoptions, withPrintoptions as printoptions,
  resetPrintoptions as reset_printoptions,
} from './printoptions';
export { promoteTypes as promote_types } from './dtype';
// np.trace is the one with NumPy's offset/axis1/axis2/dtype signature.
export { trace } from './manipulation';
