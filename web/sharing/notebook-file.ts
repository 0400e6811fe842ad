/**
 * A file the user gives to open as a notebook (File > Import…, or dropped on the page):
 * an .ipynb, or an HTML page that Download as HTML made (its notebook is inside:
 * web/sharing/html-embed.ts). What is not one is refused with the reason, before anything changes.
 */
import { embeddedNotebook } from './html-embed';

/** Larger files are refused unread: a notebook this size would not be usable in a tab anyway. */
export const MAX_NOTEBOOK_FILE = 50 * 1024 * 1024;

/** What the page has of a file (a File). */
export interface NotebookFileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/** A file that cannot be opened as a notebook; the message says why (after "Could not import <name>: "). */
export class NotebookFileError extends Error {
  override name = 'NotebookFileError';
}

/** Whether a dropped file means "open this notebook" rather than "upload this file": .ipynb and .html. */
export function isNotebookFile(name: string): boolean {
  return /\.(ipynb|html?)$/i.test(name);
}

const isHtml = (name: string, text: string) => /\.html?$/i.test(name) || /^\s*<(!doctype|html)/i.test(text.slice(0, 200));

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** The .ipynb text of a file: the file itself, or the notebook an exported page carries. */
export async function notebookFileText(file: NotebookFileLike): Promise<string> {
  if (file.size > MAX_NOTEBOOK_FILE) {
    throw new NotebookFileError(`it is ${megabytes(file.size)}, larger than the ${megabytes(MAX_NOTEBOOK_FILE)} a notebook file may be here`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    throw new NotebookFileError(`it could not be read (${(e as Error).message || 'is it a folder?'})`);
  }
  if (!isHtml(file.name, text)) return text;
  const inside = embeddedNotebook(text);
  if (inside === null) {
    throw new NotebookFileError('it is a web page with no notebook inside (Numbook opens the HTML pages its File > Download as HTML makes, which carry their notebook)');
  }
  return inside;
}
