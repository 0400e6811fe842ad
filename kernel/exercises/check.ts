/**
 * The kernel side of exercise checks: what the check program the page sends after a
 * student's cell calls (web/exercises/program.ts builds it), and the `check` helpers that
 * checks written as code use. Installed as globals by kernel.ts:
 *
 *   __numbook_exercises.run(id, checks)   runs every check, returns the report
 *   __numbook_exercises.hashes(items)     the hashes a student copy stores (Export for students)
 *   check.that(cond, message) / check.fail(message) / check.shape(x, shape, name) / check.hash(x, opts)
 *
 * A check either compares a value (an expression over the student's variables) with an
 * expected value, given as an expression (the teacher's copy) or as salted hashes of its
 * canonical form (the student's copy: canonical.ts, hash.ts): both give the same results
 * and the same messages, which say what is wrong about the student's value (its shape, its
 * dtype, its values) and never show the expected one. Or it is code that throws to fail:
 * np.testing's AssertionError (its NumPy message is the message), check.fail, any error.
 *
 * The report comes back as the program's result: a MIME bundle with
 * `application/vnd.numbook.exercise-report+json`.
 */
import { canonical, shapeRepr, type DtypeRule } from './canonical';
import { hashCanonical, saltedHash } from './hash';
import { NDArray } from '../../runtime/ndarray';

export const REPORT_MIME = 'application/vnd.numbook.exercise-report+json';

/** A check as the program gives it (the JSON fields of web/exercises/format.ts CheckSpec, with functions). */
export interface CheckInput {
  name: string;
  points?: number;
  /** Said instead of the computed message when the check fails. */
  message?: string;
  /** The value checked: the student's variable or an expression over them. */
  value?: () => unknown;
  /** How the value is named in messages (default: the expression, in backticks). */
  label?: string;
  expected?: () => unknown;
  hash?: string;
  shape_hash?: string;
  salt?: string;
  decimals?: number;
  dtype?: DtypeRule;
  code?: (check: CheckApi) => unknown;
}

export interface CheckResult {
  name: string;
  passed: boolean;
  points: number;
  max: number;
  /** Why it failed ('' when it passed). */
  message: string;
}

export interface CheckReport {
  exercise: string;
  results: CheckResult[];
  passed: number;
  total: number;
  points: number;
  max: number;
}

/** A check failed with a message meant for the student (check.fail, check.that). */
export class CheckFailed extends Error {
  override name = 'CheckFailed';
}

export interface HashOptions {
  salt?: string;
  decimals?: number;
  dtype?: DtypeRule;
}

/** The helpers code checks get as `check`. */
export interface CheckApi {
  /** Fails with `message` unless `condition` holds: `check.that(total > 0, "\`total\` should be positive")`. */
  that(condition: unknown, message: string): void;
  /** Fails with `message`. */
  fail(message: string): never;
  /** Fails unless `value` is an array (or list) of this shape, naming it `name`. */
  shape(value: unknown, shape: readonly number[], name?: string): void;
  /** What a value is, for messages: "an int64 array of shape (3,)", "a number", "null". */
  describe(value: unknown): string;
  /** The salted hash of a value's canonical form (what a student copy stores). */
  hash(value: unknown, opts?: HashOptions): Promise<string>;
}

export const check: CheckApi = {
  that(condition, message) {
    if (!condition) throw new CheckFailed(message);
  },
  fail(message) {
    throw new CheckFailed(message);
  },
  shape(value, shape, name = 'the value') {
    const s = value instanceof NDArray ? value.shape : Array.isArray(value) ? [value.length] : null;
    if (!s) throw new CheckFailed(`${name} should be an array of shape ${shapeRepr(shape)}, but it is ${describeType(value)}`);
    if (s.length !== shape.length || s.some((n, i) => n !== shape[i])) throw new CheckFailed(`${name} has shape ${shapeRepr(s)}, not ${shapeRepr(shape)}`);
  },
  describe(value) {
    return canonical(value)?.describe ?? describeType(value);
  },
  async hash(value, opts = {}) {
    const c = canonical(value, opts);
    return saltedHash(opts.salt ?? '', c!.text);
  },
};

function describeType(v: unknown): string {
  if (v === null || v === undefined) return String(v);
  if (v instanceof NDArray) return `an ndarray of shape ${shapeRepr(v.shape)}`;
  if (Array.isArray(v)) return 'a list';
  return `a ${typeof v}`;
}

/** An error's message as a student reads it: np.testing's text as NumPy prints it, a missing name said plainly. */
function errorMessage(e: unknown, label?: string): string {
  if (e instanceof CheckFailed) return e.message;
  if (e instanceof Error) {
    const missing = e.name === 'ReferenceError' ? /^(\S+) is not defined$/.exec(e.message)?.[1] : undefined;
    if (missing) return `\`${missing}\` is not defined: your cell should define it (run it, then Check)`;
    if (e.name === 'AssertionError') return e.message.replace(/^\n+/, '');
    return `${label ? `reading ${label} raised ` : ''}${e.name}: ${e.message}`;
  }
  return String(e);
}

const KINDS = ['bool', 'int', 'float'] as const;
const KIND_WORDS = { bool: 'a bool array', int: 'an integer array', float: 'a float array' } as const;

/** One value check: pass, or a message about the student's value only. */
async function valueCheck(c: CheckInput): Promise<string | null> {
  const label = c.label ?? 'the value';
  let actual: unknown;
  try {
    actual = await c.value!();
  } catch (e) {
    return errorMessage(e, label);
  }
  const opts = { decimals: c.decimals, dtype: c.dtype };
  const salt = c.salt ?? '';
  let expected: { hash: string; shape_hash: string };
  if (c.hash && c.shape_hash) expected = { hash: c.hash, shape_hash: c.shape_hash };
  else if (c.expected) {
    const e = canonical(await c.expected(), opts);
    expected = await hashCanonical(salt, e!);
  } else throw new Error(`check "${c.name}" has neither an expected value nor its hash`);
  const mine = canonical(actual, opts)!;
  const got = await hashCanonical(salt, mine);
  if (got.hash === expected.hash) return null;
  if (got.shape_hash !== expected.shape_hash) {
    if (actual === undefined) return `${label} is undefined: did your cell assign it?`;
    return `${label} is ${mine.describe}, not the ${actual instanceof NDArray || Array.isArray(actual) ? 'shape' : 'kind of value'} this exercise expects`;
  }
  // Same shape: is it the dtype's kind that differs?
  if (actual instanceof NDArray && (c.dtype ?? 'kind') !== 'any') {
    for (const k of KINDS) {
      if (k === mine.kind) continue;
      const as = canonical(actual, { ...opts, as: k });
      if (as && (await saltedHash(salt, as.text)) === expected.hash) return `${label} has the right values, but as ${mine.describe}: this exercise expects ${KIND_WORDS[k]}`;
    }
  }
  const float = (actual instanceof NDArray && actual.dtype.startsWith('float')) || (typeof actual === 'number' && !Number.isInteger(actual));
  const digits = float ? ` (compared to ${c.decimals ?? 6} decimals)` : '';
  if (mine.shape.endsWith('\nscalar')) return `${label} is ${mine.describe}, but not the expected one${digits}`;
  return `${label} has the right shape, but not the right values${digits}`;
}

/** Runs every check (all of them, for partial points), in order. */
export async function run(exercise: string, checks: CheckInput[]): Promise<CheckReport & { _repr_mimebundle_(): Record<string, unknown> }> {
  const results: CheckResult[] = [];
  for (const c of checks) {
    const max = c.points ?? 1;
    let message: string | null;
    try {
      if (c.code) {
        await c.code(check);
        message = null;
      } else message = await valueCheck(c);
    } catch (e) {
      message = errorMessage(e);
    }
    if (message !== null && c.message) message = c.message;
    results.push({ name: c.name, passed: message === null, points: message === null ? max : 0, max, message: message ?? '' });
  }
  const report: CheckReport = {
    exercise,
    results,
    passed: results.filter((r) => r.passed).length,
    total: results.length,
    points: results.reduce((s, r) => s + r.points, 0),
    max: results.reduce((s, r) => s + r.max, 0),
  };
  return {
    ...report,
    _repr_mimebundle_: () => ({ [REPORT_MIME]: report, 'text/plain': `${report.passed}/${report.total} checks passed` }),
  };
}

/** The hashes of expected values, for a student copy (a fresh salt each). */
export async function hashes(items: { salt: string; decimals?: number; dtype?: DtypeRule; expected: () => unknown }[]) {
  const out: { hash: string; shape_hash: string }[] = [];
  for (const it of items) out.push(await hashCanonical(it.salt, canonical(await it.expected(), { decimals: it.decimals, dtype: it.dtype })!));
  return { hashes: out, _repr_mimebundle_: () => ({ [REPORT_MIME]: { hashes: out }, 'text/plain': `${out.length} hashes` }) };
}

/** What kernel.ts installs as `__numbook_exercises`. */
export const exercisesRuntime = { run, hashes, check };
