import { describe, it, expect } from 'vitest';
import { documentationMarkdown, tagMarkdown } from '../../../web/editor/ts-hover';

const text = (t: string) => [{ text: t, kind: 'text' }];

describe('TypeScript hover Markdown', () => {
  it('shows an @example as a code block that keeps its lines', () => {
    const md = tagMarkdown({ name: 'example', text: text('np.arange(5)            // array([0, 1, 2, 3, 4])\nnp.arange(2, 10, 3)     // array([2, 5, 8])') });
    expect(md).toBe('*@example*\n\n```typescript\nnp.arange(5)            // array([0, 1, 2, 3, 4])\nnp.arange(2, 10, 3)     // array([2, 5, 8])\n```');
  });

  it('keeps an example that brings its own fences, and drops blank lines around one', () => {
    expect(tagMarkdown({ name: 'example', text: text('```js\nf()\n```') })).toBe('*@example*\n\n```js\nf()\n```');
    expect(tagMarkdown({ name: 'example', text: '\n  f()\n  g()\n\n' })).toBe('*@example*\n\n```typescript\n  f()\n  g()\n```');
    expect(tagMarkdown({ name: 'example' })).toBe('*@example*');
  });

  it('shows @param with its name and text, other tags with their text', () => {
    expect(tagMarkdown({ name: 'param', text: [{ text: 'axis', kind: 'parameterName' }, { text: ' ', kind: 'space' }, { text: 'the axis', kind: 'text' }] })).toBe(
      '*@param* `axis` \u2014 the axis',
    );
    expect(tagMarkdown({ name: 'deprecated', text: text('use b') })).toBe('*@deprecated* \u2014 use b');
    expect(tagMarkdown({ name: 'internal' })).toBe('*@internal*');
  });

  it('puts the documentation first, then each tag as its own paragraph', () => {
    const md = documentationMarkdown({ documentation: text('Evenly spaced values.'), tags: [{ name: 'example', text: text('a\nb') }, { name: 'see', text: text('linspace') }] });
    expect(md).toBe('Evenly spaced values.\n\n*@example*\n\n```typescript\na\nb\n```\n\n*@see* \u2014 linspace');
    expect(documentationMarkdown({})).toBe('');
  });
});
