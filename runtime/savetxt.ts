/**
 * np.savetxt: an array written as text, one row per line, as NumPy writes it (each row is
 * Python's `format % tuple(row)`, runtime/printf.ts). In a notebook the file goes into the
 * notebook's files (runtime/source.ts's host: the kernel), where np.loadtxt, loadText and
 * the page's file list find it, as a file written in Jupyter's working directory.
 */
import { asarray, type ArrayLike } from './asarray';
import { AttributeError, ValueError, NumpyTypeError } from './errors';
import { printf, type PrintfValue } from './printf';
import { writeFile } from './source';

/** Options of np.savetxt (NumPy's keywords). */
export interface SavetxtOptions {
  /** One format for every column ('%.18e'), one per column (an array), or a whole row's ('%d,%.2f'). */
  fmt?: string | readonly string[];
  /** Between columns (default ' '). */
  delimiter?: string;
  /** After each row (default '\n'). */
  newline?: string;
  /** Written first, each line prefixed with `comments`. */
  header?: string;
  /** Written last, each line prefixed with `comments`. */
  footer?: string;
  /** The prefix of header and footer lines (default '# '). */
  comments?: string;
  encoding?: string | null;
}

const KIND: Record<string, PrintfValue['kind']> = { bool: 'b', uint8: 'u', uint16: 'u', uint32: 'u', uint64: 'u', float32: 'f', float64: 'f' };

/** The file's text, as NumPy's savetxt writes it. */
export function savetxtText(X: ArrayLike, opts: SavetxtOptions = {}): string {
  const a = asarray(X);
  const delimiter = opts.delimiter ?? ' ';
  const newline = opts.newline ?? '\n';
  const comments = opts.comments ?? '# ';
  const fmt = opts.fmt ?? '%.18e';
  if (a.ndim === 0 || a.ndim > 2) throw new ValueError(`Expected 1D or 2D array, got ${a.ndim}D array instead`);
  const rows = a.ndim === 1 ? a.size : a.shape[0];
  const ncol = a.ndim === 1 ? 1 : a.shape[1];
  let format: string;
  if (Array.isArray(fmt)) {
    if (fmt.length !== ncol) throw new AttributeError(`fmt has wrong shape.  ${pyList(fmt)}`);
    format = fmt.join(delimiter);
  } else if (typeof fmt === 'string') {
    const n = (fmt.match(/%/g) ?? []).length;
    if (n === 1) format = new Array(ncol).fill(fmt).join(delimiter);
    else if (n !== ncol) throw new ValueError(`fmt has wrong number of % formats:  ${fmt}`);
    else format = fmt;
  } else throw new ValueError(`invalid fmt: ${String(fmt)}`);
  const kind = KIND[a.dtype] ?? 'i';
  const type = `numpy.${a.dtype}`;
  let out = '';
  if (opts.header) out += comments + opts.header.replace(/\n/g, `\n${comments}`) + newline;
  for (let r = 0; r < rows; r++) {
    const values: PrintfValue[] = [];
    for (let c = 0; c < ncol; c++) values.push({ v: Number(a.flatGet(r * ncol + c)), kind, type });
    try {
      out += printf(format, values) + newline;
    } catch (e) {
      if ((e as Error).name === 'TypeError') throw new NumpyTypeError(`Mismatch between array dtype ('${a.dtype}') and format specifier ('${format}')`);
      throw e;
    }
  }
  if (opts.footer) out += comments + opts.footer.replace(/\n/g, `\n${comments}`) + newline;
  return out;
}

/** Python's repr of a list of strings: ['%d', '%.2f']. */
function pyList(xs: readonly string[]): string {
  return `[${xs.map((x) => `'${x}'`).join(', ')}]`;
}

/**
 * Saves an array to a text file: one line per row, columns formatted by `fmt`. In a
 * notebook the file joins the notebook's files (listed under the toolbar, downloadable,
 * read back by name with np.loadtxt).
 *
 * Parameters
 * - fname: the file's name ('out.csv').
 * - X: a 1-d or 2-d array (a 1-d array is written one value per line).
 * - fmt, delimiter, newline, header, footer, comments: as NumPy's keywords.
 *
 * @example
 * np.savetxt('table.csv', np.arange(6).reshape(2, 3), {fmt: '%d', delimiter: ','})
 * await loadText('table.csv')   // '0,1,2\n3,4,5\n'
 */
export function savetxt(fname: string, X: ArrayLike, opts: SavetxtOptions = {}): void {
  if (typeof fname !== 'string') throw new NumpyTypeError('fname must be a string, file handle, or generator');
  writeFile(fname, new TextEncoder().encode(savetxtText(X, opts)));
}
