/**
 * The variable inspector's state: the kernel's variable rows (kernel/variables.ts) and the
 * one the user clicked, shown as display() would show it. While the panel is open the
 * rows are asked for after each cell finishes and after a restart; closed, it asks
 * nothing, so running cells costs nothing extra.
 */
import type { FromKernel, MimeBundle, VariableSummary } from '../../kernel/protocol';
import type { KernelClient } from '../kernel-client/kernel-client';
import { formatSize } from '../storage/file-labels';

export interface ShownVariable {
  name: string;
  data?: MimeBundle;
  error?: string;
}

let ids = 0;

export class VariablesModel {
  rows: VariableSummary[] = [];
  shown: ShownVariable | null = null;
  private open = false;
  private rowsId = 0;
  private shownId = 0;
  private readonly off: () => void;

  constructor(
    private readonly client: KernelClient,
    private readonly changed: () => void,
  ) {
    this.off = client.on((m) => this.receive(m));
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Opens or closes the panel; opening asks for fresh rows. */
  setOpen(open: boolean): void {
    this.open = open;
    if (open) this.refresh();
    this.changed();
  }

  /** Asks the kernel for every row (answered when the running cell, if any, ends). */
  refresh(): void {
    this.rowsId = ++ids;
    this.client.post({ type: 'variables', id: this.rowsId });
  }

  /** Asks for one variable's bundle, shown under the table. */
  show(name: string): void {
    this.shownId = ++ids;
    this.shown = { name };
    this.client.post({ type: 'variable', id: this.shownId, name });
    this.changed();
  }

  /** Stops listening (the page is going away). */
  dispose(): void {
    this.off();
  }

  private receive(m: FromKernel): void {
    if (m.type === 'variables' && m.id === this.rowsId) {
      this.rows = m.variables;
      this.changed();
    } else if (m.type === 'variable' && m.id === this.shownId) {
      this.shown = { name: m.name, data: m.data, error: m.error };
      this.changed();
    } else if (this.open && (m.type === 'done' || m.type === 'ready')) {
      // A restart empties the namespace: the old rows are gone until the new kernel answers.
      if (m.type === 'ready') {
        this.rows = [];
        this.shown = null;
      }
      this.refresh();
      this.changed();
    }
  }
}

/** Bytes as a short human size in binary units (an ndarray's nbytes: 7.6 MiB). */
export function formatBytes(n: number | undefined): string {
  return n === undefined ? '' : formatSize(n, true);
}

/** A shape as NumPy prints it: (3, 4), (5,), (). */
export function formatShape(shape: number[] | undefined): string {
  if (!shape) return '';
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}
