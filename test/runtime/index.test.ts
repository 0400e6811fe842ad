import { describe, it, expect } from 'vitest';
import * as creation from '../../runtime/creation';
import * as math from '../../runtime/math';
import * as reduce from '../../runtime/reduce';
import * as views from '../../runtime/views';
import * as manipulation from '../../runtime/manipulation';
import * as sorting from '../../runtime/sorting';
import * as statistics from '../../runtime/statistics';
import * as logic from '../../runtime/logic';
import * as elementwise from '../../runtime/elementwise';
import * as io from '../../runtime/io';
import * as textIO from '../../runtime/text-io';
import * as twodim from '../../runtime/lib/twodim';
import * as indexTricks from '../../runtime/lib/index-tricks';
import * as takePut from '../../runtime/lib/take';
import * as moreUfuncs from '../../runtime/lib/ufuncs';
import * as functionBase from '../../runtime/lib/function-base';
import * as windows from '../../runtime/windows';
import { np } from '../../runtime/index';

describe('np namespace', () => {
  it('no two modules spread onto np export the same name (one would silently win)', () => {
    const modules = { creation, math, reduce, views, manipulation, sorting, statistics, logic, elementwise, io, textIO, twodim, indexTricks, takePut, moreUfuncs, functionBase, windows };
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    // Resolved on purpose in index.ts: np.trace is manipulation's (NumPy's signature).
    const resolved = new Set(['trace']);
    for (const [mod, ns] of Object.entries(modules)) {
      for (const key of Object.keys(ns)) {
        if (seen.has(key) && !resolved.has(key)) clashes.push(`${key}: ${seen.get(key)} and ${mod}`);
        seen.set(key, mod);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('exposes the NumPy names of the contract', () => {
    const names = `array asarray zeros ones full empty zeros_like ones_like full_like empty_like arange linspace logspace eye identity diag meshgrid fromfunction tri copy
      reshape ravel transpose swapaxes moveaxis expand_dims squeeze concatenate stack vstack hstack split array_split tile repeat flip roll broadcast_to broadcast_arrays atleast_1d atleast_2d atleast_3d pad
      add subtract multiply divide floor_divide mod power negative absolute equal not_equal less less_equal greater greater_equal logical_and logical_or logical_not logical_xor bitwise_and bitwise_or bitwise_xor invert matmul
      sqrt square exp expm1 log log1p log2 log10 sin cos tan arcsin arccos arctan arctan2 sinh cosh tanh floor ceil round rint trunc sign clip maximum minimum isnan isinf isfinite hypot where
      sum prod min amin max amax mean std var argmin argmax cumsum cumprod all any median percentile quantile average ptp count_nonzero nansum nanmean nanmax nanmin
      sort argsort unique nonzero argwhere searchsorted bincount histogram dot inner outer trace allclose isclose array_equal corrcoef cov save load array_repr array_str set_printoptions printoptions`
      .split(/\s+/)
      .filter(Boolean);
    expect(names.filter((n) => typeof (np as any)[n] !== 'function')).toEqual([]);
    for (const f of ['norm', 'inv', 'det', 'solve', 'svd', 'eigh', 'qr', 'lstsq']) expect(typeof (np.linalg as any)[f]).toBe('function');
    for (const f of ['seed', 'random', 'rand', 'randn', 'randint', 'random_sample', 'normal', 'uniform', 'standard_normal', 'choice', 'shuffle', 'permutation', 'default_rng',
      'standard_exponential', 'exponential', 'standard_gamma', 'gamma', 'beta', 'chisquare', 'noncentral_chisquare', 'f', 'noncentral_f',
      'standard_cauchy', 'standard_t', 'vonmises', 'pareto', 'weibull', 'power', 'laplace', 'gumbel', 'logistic', 'lognormal', 'rayleigh',
      'wald', 'triangular', 'binomial', 'negative_binomial', 'poisson', 'geometric', 'zipf', 'logseries', 'hypergeometric', 'multinomial',
      'dirichlet', 'multivariate_normal']) {
      expect(typeof (np.random as any)[f]).toBe('function');
    }
    expect([np.nan, np.inf, np.pi, np.e, np.newaxis]).toEqual([NaN, Infinity, Math.PI, Math.E, null]);
    expect(np.float64).toBe('float64');
  });
});
