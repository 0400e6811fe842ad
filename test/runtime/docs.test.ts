/**
 * Every public function of np carries NumPy-docstring-style JSDoc: a summary line and a
 * short example (Monaco shows it on hover). Aliases may say "Alias of `name`" instead.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { np } from '../../runtime/index';
import * as pyplot from '../../runtime/plt/pyplot';

function sources(dir: string): string {
  return readdirSync(dir)
    .map((f) => path.join(dir, f))
    .map((p) => (statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? readFileSync(p, 'utf8') : ''))
    .join('\n');
}
const SRC = sources(path.resolve('runtime'));

/** The JSDoc blocks right before `export function|const|class name` or a method signature `name<...>(` / `name(` of an interface, if any. */
function docOf(name: string): string | null {
  const re = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:(?:export )?(?:async )?(?:function\\*? |const |class )${name}\\b|${name}\\s*[<(])`, 'g');
  const docs = [...SRC.matchAll(re)].map((m) => m[1]);
  return docs.length ? docs.join('\n') : null;
}

function undocumented(ns: Record<string, unknown>, prefix: string, renamed: Record<string, string> = {}): string[] {
  return Object.entries(ns)
    .filter(([k, v]) => typeof v === 'function' && !/^[A-Z]/.test(k) && k !== 'ndarray')
    .filter(([k, v]) => {
      const doc = docOf(renamed[k] ?? k) ?? docOf((v as Function).name);
      return !doc || !(/@example|Examples/.test(doc) || /Alias of/.test(doc));
    })
    .map(([k]) => `${prefix}${k}`);
}

describe('documentation', () => {
  it('every np function has a summary and an example', () => {
    const renamed = { delete: 'delete_', var: 'variance', set_printoptions: 'setPrintoptions', get_printoptions: 'getPrintoptions', printoptions: 'withPrintoptions', reset_printoptions: 'resetPrintoptions', promote_types: 'promoteTypes' };
    expect(undocumented(np as any, 'np.', renamed)).toEqual([]);
  });

  it('every np.linalg, np.fft, np.random and np.testing function too', () => {
    expect(undocumented(np.linalg as any, 'np.linalg.', { outer: 'npOuter' })).toEqual([]);
    expect(undocumented(np.fft as any, 'np.fft.')).toEqual([]);
    expect(undocumented(np.random as any, 'np.random.')).toEqual([]);
    expect(undocumented(np.testing as any, 'np.testing.')).toEqual([]);
  });

  it("every plt function (matplotlib's pyplot) too", () => {
    expect(undocumented(pyplot as any, 'plt.')).toEqual([]);
  });
});
