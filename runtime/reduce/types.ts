/** The reductions' shared types: the axis argument, NumPy's keyword options, and the overload helpers that give a full reduction a JS scalar and the rest an NDArray. */
import { type DTypeLike } from '../dtype';
import { NDArray } from '../ndarray';
import type { UntypedValue } from '../ufunc';

/** Axis argument: one axis, a list of axes, or null/undefined for all. */
export type Axis = number | readonly number[] | null;

/** NumPy's keyword options of the reductions. */
export interface ReduceOptions {
  axis?: Axis;
  keepdims?: boolean;
  dtype?: DTypeLike | null;
  out?: NDArray | null;
}

// Result types of the reductions, as overloads, so the editor completes `a.mean(0).`: a
// full reduction gives a JS scalar, an axis, `keepdims: true` or `out` gives an NDArray,
// and what the types cannot tell apart (an `any` argument, a union such as
// `keepdims: boolean`) stays `any`. The types cannot see dtype or ndim, so two run-time
// cases differ from them: a bool array's max/min (or a `dtype: 'bool'` sum) is a boolean,
// and axes covering every dimension (axis 0 of a 1-d array) give a scalar, as NumPy does.

/** Reduction arguments with an `any` among them (UntypedValue routes them to an `any` overload, as for ufuncs). */
export type UntypedArgs<A, O> = [axis: O & UntypedValue, opts?: O] | [axis: A | O | undefined, opts: O & UntypedValue];
/** Options of a full reduction to a JS scalar: no axis, no `keepdims: true`, no `out`. */
export type WholeOptions<O> = O & { axis?: null; keepdims?: false } & ('out' extends keyof O ? { out?: null } : unknown);
/** Options that make a reduction return an NDArray: an axis, `keepdims: true` or `out`. */
export type ArrayOptions<O> = O & ({ axis: number | readonly number[] } | { keepdims: true } | ('out' extends keyof O ? { out: NDArray } : never));
/** Trailing options that make a reduction return an NDArray whatever their `axis` (a positional axis overrides it). */
export type KeepOptions<O> = O & ({ keepdims: true } | ('out' extends keyof O ? { out: NDArray } : never));

export type Kind = 'sum' | 'prod' | 'max' | 'min' | 'any' | 'all';

export const IDENTITY: Record<Kind, number> = { sum: 0, prod: 1, max: -Infinity, min: Infinity, any: 0, all: 1 };
