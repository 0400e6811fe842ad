import { describe, it, expect } from 'vitest';
import { latexParts } from '../../../../web/outputs/renderers/mime-latex';

describe('text/latex (mime-latex.ts)', () => {
  it('splits text from inline and displayed formulas', () => {
    expect(latexParts('$$\\alpha$$')).toEqual([{ kind: 'display', text: '\\alpha' }]);
    expect(latexParts('The value $x^2$ and \\(y\\).')).toEqual([
      { kind: 'text', text: 'The value ' },
      { kind: 'inline', text: 'x^2' },
      { kind: 'text', text: ' and ' },
      { kind: 'inline', text: 'y' },
      { kind: 'text', text: '.' },
    ]);
    expect(latexParts('\\begin{equation}E = mc^2\\end{equation}')).toEqual([{ kind: 'display', text: '\\begin{equation}E = mc^2\\end{equation}' }]);
    expect(latexParts('\\[a\\]')).toEqual([{ kind: 'display', text: 'a' }]);
    expect(latexParts('\\frac{1}{2}')).toEqual([{ kind: 'display', text: '\\frac{1}{2}' }]);
    expect(latexParts('plain words')).toEqual([{ kind: 'text', text: 'plain words' }]);
  });
});

