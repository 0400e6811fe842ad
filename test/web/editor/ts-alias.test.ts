/** ts-alias.ts: `(alias)` dropped from TypeScript's display parts, the target's kind kept. */
import { describe, it, expect } from 'vitest';
import { aliasTargetKind, unaliased, type DisplayPart } from '../../../web/editor/ts-alias';

/** Display parts as TypeScript splits an alias's quick info (the kinds that matter here). */
function parts(text: string): DisplayPart[] {
  return text.split(/(\(|\)|\n| )/).filter((t) => t !== '').map((t) => ({ text: t, kind: t === ' ' ? 'space' : t === '\n' ? 'lineBreak' : t === '(' || t === ')' ? 'punctuation' : 'text' }));
}
const joined = (info: { displayParts: DisplayPart[] }) => info.displayParts.map((p) => p.text).join('');

describe('unaliased', () => {
  it('drops (alias) and the export line, and takes the target kind', () => {
    const info = unaliased({ kind: 'alias', displayParts: parts('(alias) function f(a: number): void\nexport f'), documentation: [{ text: 'F.', kind: 'text' }] });
    expect(info.kind).toBe('function');
    expect(joined(info)).toBe('function f(a: number): void');
    expect(info.documentation).toEqual([{ text: 'F.', kind: 'text' }]);
    expect(unaliased({ kind: 'alias', displayParts: parts('(alias) class C\nimport C') }).kind).toBe('class');
    expect(joined(unaliased({ kind: 'alias', displayParts: parts('(alias) const amax: typeof max\nexport amax') }))).toBe('const amax: typeof max');
  });

  it('leaves everything else as it was', () => {
    const plain = { kind: 'function', displayParts: parts('function g(): void') };
    expect(unaliased(plain)).toBe(plain);
    const odd = { kind: 'alias', displayParts: parts('(alias) (local function) x') };
    expect(unaliased(odd)).toBe(odd); // no declaration keyword TypeScript would name
    expect(unaliased(undefined)).toBe(undefined);
  });
});

describe('aliasTargetKind', () => {
  it('functions for lower-case aliases, classes for capitalised ones, other kinds untouched', () => {
    expect(aliasTargetKind({ name: 'append', kind: 'alias' })).toBe('function');
    expect(aliasTargetKind({ name: 'Complex', kind: 'alias' })).toBe('class');
    expect(aliasTargetKind({ name: 'pi', kind: 'property' })).toBe('property');
  });
});
