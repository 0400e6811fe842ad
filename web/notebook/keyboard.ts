/**
 * Jupyter's keyboard model as data: which key, in which mode, is which notebook command.
 * Pure (no DOM): the notebook feeds key events in and runs the command that comes out;
 * the help dialog lists the same table. Two-key chords (D,D  I,I  0,0) are matched here
 * with a time window, as Jupyter's.
 */

export type Mode = 'command' | 'edit';

export type Command =
  | 'run-advance' | 'run' | 'run-insert'
  | 'edit' | 'command-mode'
  | 'select-prev' | 'select-next' | 'select-first' | 'select-last'
  | 'insert-above' | 'insert-below'
  | 'delete' | 'undo-delete'
  | 'to-code' | 'to-markdown' | 'to-raw'
  | 'copy' | 'cut' | 'paste-below' | 'paste-above'
  | 'move-up' | 'move-down'
  | 'save' | 'help' | 'interrupt' | 'restart' | 'clear-output'
  | 'toggle-toc' | 'toggle-variables';

/** The subset of a KeyboardEvent the model reads. */
export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface Binding {
  /** As shown to the user: "Shift+Enter", "D,D". */
  keys: string;
  command: Command;
  mode: Mode | 'both';
  label: string;
}

/** Every shortcut, in the order the help dialog shows them. */
export const BINDINGS: Binding[] = [
  { keys: 'Shift+Enter', command: 'run-advance', mode: 'both', label: 'run the cell, select the one below' },
  { keys: 'Ctrl+Enter', command: 'run', mode: 'both', label: 'run the cell' },
  { keys: 'Alt+Enter', command: 'run-insert', mode: 'both', label: 'run the cell, insert a cell below' },
  { keys: 'Ctrl+S', command: 'save', mode: 'both', label: 'save now' },
  { keys: 'Esc', command: 'command-mode', mode: 'edit', label: 'command mode' },
  { keys: 'Enter', command: 'edit', mode: 'command', label: 'edit the cell' },
  { keys: 'Up / K', command: 'select-prev', mode: 'command', label: 'select the cell above' },
  { keys: 'Down / J', command: 'select-next', mode: 'command', label: 'select the cell below' },
  { keys: 'Home / End', command: 'select-first', mode: 'command', label: 'select the first / last cell' },
  { keys: 'A', command: 'insert-above', mode: 'command', label: 'insert a cell above' },
  { keys: 'B', command: 'insert-below', mode: 'command', label: 'insert a cell below' },
  { keys: 'D,D', command: 'delete', mode: 'command', label: 'delete the cell' },
  { keys: 'Z', command: 'undo-delete', mode: 'command', label: 'undo the last cell deletion' },
  { keys: 'Y', command: 'to-code', mode: 'command', label: 'make it a code cell' },
  { keys: 'M', command: 'to-markdown', mode: 'command', label: 'make it a markdown cell' },
  { keys: 'R', command: 'to-raw', mode: 'command', label: 'make it a raw cell (text kept as it is, not run)' },
  { keys: 'C', command: 'copy', mode: 'command', label: 'copy the cell' },
  { keys: 'X', command: 'cut', mode: 'command', label: 'cut the cell' },
  { keys: 'V', command: 'paste-below', mode: 'command', label: 'paste below' },
  { keys: 'Shift+V', command: 'paste-above', mode: 'command', label: 'paste above' },
  { keys: 'Ctrl+Shift+Up / Down', command: 'move-up', mode: 'command', label: 'move the cell up / down' },
  { keys: 'O', command: 'clear-output', mode: 'command', label: "clear the cell's output" },
  { keys: 'I,I', command: 'interrupt', mode: 'command', label: 'interrupt the kernel' },
  { keys: '0,0', command: 'restart', mode: 'command', label: 'restart the kernel' },
  { keys: 'H', command: 'help', mode: 'command', label: 'show these shortcuts' },
  { keys: 'Shift+T', command: 'toggle-toc', mode: 'command', label: 'show or hide the table of contents' },
  { keys: 'Shift+I', command: 'toggle-variables', mode: 'command', label: 'show or hide the variable inspector' },
];

/** How long the second key of a chord (D,D) may follow the first, ms (Jupyter: 800). */
export const CHORD_MS = 800;

export class KeyMap {
  private pending: { key: string; at: number } | null = null;

  /** The command for a key in a mode, or null (the key is the editor's, or unbound). */
  handle(e: KeyLike, mode: Mode, now = Date.now()): Command | null {
    const ctrl = !!(e.ctrlKey || e.metaKey);
    const { key } = e;
    if (key === 'Enter' && e.shiftKey && !ctrl && !e.altKey) return this.done('run-advance');
    if (key === 'Enter' && ctrl && !e.shiftKey && !e.altKey) return this.done('run');
    if (key === 'Enter' && e.altKey && !ctrl) return this.done('run-insert');
    if (ctrl && !e.altKey && (key === 's' || key === 'S')) return this.done('save');
    if (mode === 'edit') return key === 'Escape' ? this.done('command-mode') : null;

    if (ctrl && e.shiftKey && key === 'ArrowUp') return this.done('move-up');
    if (ctrl && e.shiftKey && key === 'ArrowDown') return this.done('move-down');
    if (ctrl || e.altKey) return null;
    const k = key.length === 1 ? key.toLowerCase() : key;
    if (e.shiftKey && (k === 't' || k === 'i')) return this.done(k === 't' ? 'toggle-toc' : 'toggle-variables');
    if (k === 'd' || k === 'i' || k === '0') {
      if (!e.shiftKey && this.pending && this.pending.key === k && now - this.pending.at <= CHORD_MS) {
        return this.done(k === 'd' ? 'delete' : k === 'i' ? 'interrupt' : 'restart');
      }
      this.pending = e.shiftKey ? null : { key: k, at: now };
      return null;
    }
    this.pending = null;
    if (e.shiftKey) return k === 'v' ? 'paste-above' : null;
    switch (k) {
      case 'Enter': return 'edit';
      case 'ArrowUp': case 'k': return 'select-prev';
      case 'ArrowDown': case 'j': return 'select-next';
      case 'Home': return 'select-first';
      case 'End': return 'select-last';
      case 'a': return 'insert-above';
      case 'b': return 'insert-below';
      case 'z': return 'undo-delete';
      case 'y': return 'to-code';
      case 'm': return 'to-markdown';
      case 'r': return 'to-raw';
      case 'c': return 'copy';
      case 'x': return 'cut';
      case 'v': return 'paste-below';
      case 'o': return 'clear-output';
      case 'h': return 'help';
      default: return null;
    }
  }

  private done(c: Command): Command {
    this.pending = null;
    return c;
  }
}
