/**
 * `np.random`: NumPy's random module. The legacy functions share one global RandomState
 * (MT19937), so after `np.random.seed(s)` they return NumPy's own stream for that seed
 * (global.ts); `np.random.default_rng(s)` gives a PCG64 Generator matching NumPy's too.
 * np spreads this module into `np.random` (with the legacy distributions, global.ts), so
 * each function keeps its declaration and its docs in the editor.
 */
export { RandomState } from './legacy';
export { Generator, default_rng } from './generator';
export { PCG64, SeedSequence } from './pcg64';
export { MT19937 } from './mt19937';
export {
  seed, random, random_sample, random_sample as ranf, random_sample as sample, rand, randn, randint, normal, uniform,
  standard_normal, choice, shuffle, permutation, get_state, set_state, type LegacyDistributions,
} from './global';
