/**
 * The notebook a first visit opens: the first example, "A Visual Intro to NumPy and Data
 * Representation" (web/notebook/examples.ts), nothing run until the user asks.
 */
import { EXAMPLES, exampleNotebook } from './examples';
import type { Notebook } from './notebook-model';

const WELCOME = EXAMPLES[0];

/** The notebook's name in the notebook list. */
export const WELCOME_NAME = WELCOME.title;

export function welcomeNotebook(): Notebook {
  return exampleNotebook(WELCOME);
}
