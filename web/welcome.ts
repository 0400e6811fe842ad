/** The notebook a first visit opens: a short tour, nothing run until the user asks. */
import { newCell, newNotebook, type Notebook } from './notebook-model';

export function welcomeNotebook(): Notebook {
  return newNotebook([
    newCell(
      'markdown',
      [
        '# Welcome to Numbook',
        '',
        'Cells are **TypeScript**, run in a Web Worker with `np` (NumPy, spelled in TypeScript) preloaded.',
        'Run a cell with **Shift+Enter**; press **H** (outside a cell) for every shortcut.',
        '',
        'Math works too: $e^{i\\pi} + 1 = 0$, and',
        '',
        '$$\\bar{x} = \\frac{1}{n}\\sum_{i=1}^{n} x_i$$',
      ].join('\n'),
    ),
    newCell('code', 'const a = np.arange(12).reshape(3, 4);\na.mul(1.5).sum({axis: 0})'),
    newCell('code', '// A 2-D float array is drawn as a heatmap (switch views above it)\nconst x = np.linspace(-3, 3, 120);\nnp.sin(x.reshape(-1, 1)).mul(np.cos(x))'),
    newCell('code', 'console.log("mean:", a.mean());\na.get("1:, ::2")'),
  ]);
}
