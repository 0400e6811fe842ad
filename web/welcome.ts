/**
 * The notebook a first visit opens: "A Visual Intro to NumPy and Data Representation"
 * (notebooks/visual-numpy/visual-numpy.ipynb, bundled as text), nothing run until the user
 * asks. Its cells fetch their data from /notebooks/visual-numpy/data/ (served by the dev
 * server from the repository, copied into dist/ by vite.config.ts).
 */
import { importIpynb } from './ipynb';
import type { Notebook } from './notebook-model';
import visualNumpy from '../notebooks/visual-numpy/visual-numpy.ipynb?raw';

/** The notebook's name in the notebook list. */
export const WELCOME_NAME = 'A Visual Intro to NumPy';

export function welcomeNotebook(): Notebook {
  return importIpynb(visualNumpy);
}
