/**
 * Offsets between a cell's text and its operator view (ts-operator-view.ts), which is the
 * text with strings inserted at known points (and operators replaced by text of the same
 * length, which moves nothing). Outside inserted text the mapping is exact both ways.
 */

export interface Insertion {
  /** Offset in the original text the string goes before. */
  pos: number;
  text: string;
  /**
   * An opening (`__nb.mul(`) belongs to the expression that starts at `pos`; a closing (`)`)
   * to the one that ends there. A cursor at `pos` sits after an opening and before a closing.
   */
  open: boolean;
}

/** How a position with insertions at it maps: `token` passes openings only (a cursor at the end of a word stays there); `after` passes all. */
export type Bias = 'token' | 'after';

export class OffsetMap {
  /** Sorted by `pos`; at one `pos` in text order. */
  readonly insertions: readonly Insertion[];
  /** Where each insertion starts in the view. */
  private readonly viewStarts: number[] = [];

  constructor(insertions: readonly Insertion[]) {
    this.insertions = insertions;
    let shift = 0;
    for (const ins of insertions) {
      this.viewStarts.push(ins.pos + shift);
      shift += ins.text.length;
    }
  }

  /** The view offset of original offset `pos`. */
  toView(pos: number, bias: Bias = 'token'): number {
    let shift = 0;
    for (const ins of this.insertions) {
      if (ins.pos > pos || (ins.pos === pos && bias === 'token' && !ins.open)) break;
      shift += ins.text.length;
    }
    return pos + shift;
  }

  /** The original offset of view offset `v`; inside inserted text, where that text was inserted. */
  toOrig(v: number): number {
    // Last insertion starting at or before v (binary search: diagnostics map many spans).
    let lo = 0;
    let hi = this.insertions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.viewStarts[mid] <= v) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return v;
    const ins = this.insertions[found];
    const start = this.viewStarts[found];
    if (v < start + ins.text.length) return ins.pos;
    return v - (start - ins.pos) - ins.text.length;
  }

  /** A view span `{start, length}` as the original span it covers. */
  spanToOrig(span: { start: number; length: number }): { start: number; length: number } {
    const start = this.toOrig(span.start);
    return { start, length: Math.max(0, this.toOrig(span.start + span.length) - start) };
  }

  /** Whether view offset `v` lies strictly inside inserted text (not at its edges). */
  insideInserted(v: number): boolean {
    for (let i = 0; i < this.insertions.length; i++) {
      const s = this.viewStarts[i];
      if (v > s && v < s + this.insertions[i].text.length) return true;
      if (s > v) break;
    }
    return false;
  }
}
