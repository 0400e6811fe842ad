/**
 * Where a notebook came from, kept in its metadata (`metadata.numbook.location`): the
 * .ipynb's URL for a shipped example (relative to the app, so any static host works) or a
 * notebook opened from a link (absolute). Relative paths in its cells resolve against it,
 * as against Jupyter's working directory (the notebook's folder): the visual-numpy
 * notebook says `loadImage('data/scene.png')`. Other notebooks resolve against the page.
 */
import type { Notebook } from '../notebook/notebook-model';

interface NumbookMetadata {
  activeCell?: string;
  location?: string;
}

/** The notebook's location as stored, or null. */
export function locationOf(nb: Notebook): string | null {
  const loc = (nb.metadata.numbook as NumbookMetadata | undefined)?.location;
  return typeof loc === 'string' && loc ? loc : null;
}

/** The notebook with `location` recorded (a new notebook; the argument is unchanged). */
export function withLocation(nb: Notebook, location: string): Notebook {
  const numbook: NumbookMetadata = { ...(nb.metadata.numbook as NumbookMetadata | undefined), location };
  return { ...nb, metadata: { ...nb.metadata, numbook } };
}

/** The URL relative paths in the notebook's cells resolve against: its folder, else the page's. */
export function workingDirectory(nb: Notebook, page: string): string {
  const loc = locationOf(nb);
  try {
    return new URL('.', loc ? new URL(loc, page) : page).href;
  } catch {
    return new URL('.', page).href;
  }
}
