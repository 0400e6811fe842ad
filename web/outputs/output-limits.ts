/**
 * Output limits, as Jupyter's and Colab's: what a cell's output may put into the page and
 * the saved notebook, however much the cell prints or displays.
 *
 * - A stream output (consecutive text of one stream) over SCROLL_LINES lines or
 *   SCROLL_BYTES characters is shown in a scroll box (nb-output.ts, `needsScroll`).
 * - Past CAP_LINES lines or CAP_BYTES characters its middle is elided: the first and last
 *   halves are kept, with a line `… N lines hidden …` between them (`elided` says where).
 *   That is what the page draws and what the notebook saves (and exports).
 * - The whole text of an elided output is kept in this page's memory, for "Open" and
 *   "Download", while all such texts together stay under FULL_TEXT_BUDGET; past it the
 *   whole text is dropped and the output says so. A reload keeps only the capped text.
 * - A cell keeps its last MAX_OUTPUTS stream and display outputs (10,000 `display()` calls
 *   in a loop keep the last 100); one note output in the place of the first dropped one
 *   says how many earlier outputs are not shown. Results and errors are always kept.
 *
 * A cell's run has one CellOutputs, which the controller feeds every kernel output in
 * place of notebook-model's appendOutput.
 */
import type { Output as KernelOutput } from '../../kernel/protocol';
import { toNbOutput, type NbOutput, type StreamOutput, type DisplayDataOutput } from '../notebook/notebook-model';

export const SCROLL_LINES = 1_000;
export const SCROLL_BYTES = 100_000;
export const CAP_LINES = 10_000;
export const CAP_BYTES = 1_000_000;
export const MAX_OUTPUTS = 100;
export const FULL_TEXT_BUDGET = 20_000_000;

export interface Limits {
  capLines: number;
  capBytes: number;
  maxOutputs: number;
  fullTextBudget: number;
}

export const DEFAULT_LIMITS: Limits = { capLines: CAP_LINES, capBytes: CAP_BYTES, maxOutputs: MAX_OUTPUTS, fullTextBudget: FULL_TEXT_BUDGET };

/** Where a capped stream's text was cut: `text.slice(at, end)` is the marker line; lines and characters left out. */
export type Elision = NonNullable<StreamOutput['elided']>;

/** The whole text of an elided output, while this page keeps it. */
export interface FullText {
  /** The text, or null once dropped (over the budget). */
  text(): string | null;
  /** Why there is no text: '' while there is. */
  readonly dropped: string;
  /** Lines and characters in all. */
  readonly lines: number;
  readonly bytes: number;
}

/** The buffer each stream output of this page's runs came from. */
const buffers = new WeakMap<NbOutput, StreamBuffer>();

/** The whole text behind an elided output drawn in this page (undefined after a reload). */
export function fullTextOf(o: StreamOutput): FullText | undefined {
  const b = buffers.get(o);
  return b && b.hiddenBytes ? b : undefined;
}

/** The note output standing for dropped outputs: how many. */
export function droppedCount(o: NbOutput): number {
  if (o.output_type !== 'display_data') return 0;
  const n = (o.metadata?.numbook as { dropped?: unknown } | undefined)?.dropped;
  return typeof n === 'number' ? n : 0;
}

/** 190,000 (toLocaleString is slow enough to matter when a note is remade 10,000 times). */
const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** `1.2 MB`, `340 KB`, `12 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} KB`;
  return `${n} bytes`;
}

/** The marker line between the kept head and tail. */
export function elisionMarker(lines: number, bytes: number): string {
  return `… ${fmt(lines)} line${lines === 1 ? '' : 's'} hidden (${formatBytes(bytes)}): output limit ${fmt(CAP_LINES)} lines or ${formatBytes(CAP_BYTES)} per output …\n`;
}

function dropNote(n: number, max: number): DisplayDataOutput {
  return {
    output_type: 'display_data',
    data: { 'text/plain': `… ${fmt(n)} earlier output${n === 1 ? '' : 's'} not shown: a cell keeps its last ${fmt(max)} displays and printed blocks …` },
    metadata: { numbook: { dropped: n } },
  };
}

/** Whether a stream's text calls for the scroll box. */
export function needsScroll(text: string): boolean {
  if (text.length > SCROLL_BYTES) return true;
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (++n > SCROLL_LINES) return true;
  return false;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Index just past the `k`-th newline of `s` (k >= 1), or -1. */
function afterNewline(s: string, k: number): number {
  let i = -1;
  for (let j = 0; j < k; j++) {
    i = s.indexOf('\n', i + 1);
    if (i < 0) return -1;
  }
  return i + 1;
}

/** Budget shared by every elided output's whole text in this page. */
class FullTextBudget {
  used = 0;
  constructor(readonly max: number) {}
}
const sharedBudget = new FullTextBudget(FULL_TEXT_BUDGET);

/** One stream output being written: its head, its tail, and its whole text. */
class StreamBuffer implements FullText {
  head = '';
  headLines = 0;
  headFull = false;
  tail = '';
  tailLines = 0;
  hiddenLines = 0;
  hiddenBytes = 0;
  lines = 0;
  bytes = 0;
  private chunks: string[] | null = [];
  private joined: string | null = null;
  dropped = '';

  constructor(
    readonly name: string,
    private readonly limits: Limits,
    private readonly budget: FullTextBudget,
  ) {}

  text(): string | null {
    if (!this.chunks) return null;
    this.joined ??= this.chunks.join('');
    if (this.chunks.length > 1) this.chunks = [this.joined];
    return this.joined;
  }

  /** Lets go of the whole text (the cell ran again, or its output was cleared). */
  release(why = 'it was cleared'): void {
    if (!this.chunks) return;
    this.budget.used -= this.bytes;
    this.chunks = null;
    this.joined = null;
    this.dropped = why;
  }

  append(text: string): void {
    const lines = countLines(text);
    this.lines += lines;
    this.bytes += text.length;
    if (this.chunks) {
      this.budget.used += text.length;
      if (this.budget.used > this.budget.max) {
        this.budget.used -= this.bytes;
        this.chunks = null;
        this.joined = null;
        this.dropped = `over ${formatBytes(this.budget.max)} of output is kept in a page`;
      } else {
        this.chunks.push(text);
        this.joined = null;
      }
    }
    const halfLines = Math.floor(this.limits.capLines / 2);
    const halfBytes = Math.floor(this.limits.capBytes / 2);
    let rest = text;
    let restLines = lines;
    if (!this.headFull) {
      // The head takes whole lines up to half the cap.
      let take = rest.length;
      let takeLines = restLines;
      if (this.headLines + takeLines > halfLines) {
        take = afterNewline(rest, halfLines - this.headLines);
        takeLines = halfLines - this.headLines;
      }
      if (this.head.length + take > halfBytes) {
        take = halfBytes - this.head.length;
        const cut = rest.lastIndexOf('\n', take - 1);
        if (cut >= 0 && cut + 1 >= take / 2) take = cut + 1;
        takeLines = countLines(rest.slice(0, take));
      }
      if (take < rest.length) this.headFull = true;
      this.head += rest.slice(0, take);
      this.headLines += takeLines;
      rest = rest.slice(take);
      restLines -= takeLines;
      if (this.headLines >= halfLines || this.head.length >= halfBytes) this.headFull = true;
    }
    if (!rest) return;
    this.tail += rest;
    this.tailLines += restLines;
    // The tail keeps the last lines up to half the cap; what falls off is hidden.
    let cut = 0;
    if (this.tailLines > halfLines) cut = afterNewline(this.tail, this.tailLines - halfLines);
    if (this.tail.length - cut > halfBytes) {
      const min = this.tail.length - halfBytes;
      const nl = this.tail.indexOf('\n', min);
      cut = nl >= 0 && nl + 1 < this.tail.length ? nl + 1 : min;
    }
    if (cut > 0) {
      const gone = this.tail.slice(0, cut);
      const goneLines = countLines(gone);
      this.hiddenLines += goneLines;
      this.hiddenBytes += gone.length;
      this.tailLines -= goneLines;
      this.tail = this.tail.slice(cut);
    }
  }

  /** The output as the page shows and saves it. */
  output(): StreamOutput {
    if (!this.hiddenBytes) return { output_type: 'stream', name: this.name, text: this.head + this.tail };
    // A partial last line counts as a line hidden.
    const lines = Math.max(this.hiddenLines, 1);
    const lead = this.head.endsWith('\n') || !this.head ? '' : '\n';
    const marker = lead + elisionMarker(lines, this.hiddenBytes);
    const at = this.head.length;
    return {
      output_type: 'stream',
      name: this.name,
      text: this.head + marker + this.tail,
      elided: { at, end: at + marker.length, lines, bytes: this.hiddenBytes },
    };
  }
}

/**
 * A cell's outputs during one run, within the limits: `append` takes the outputs as the
 * notebook has them and a kernel output, and returns the new list.
 */
export class CellOutputs {
  private stream: StreamBuffer | null = null;
  private last: StreamOutput | null = null;
  private readonly buffers: StreamBuffer[] = [];

  constructor(
    private readonly limits: Limits = DEFAULT_LIMITS,
    private readonly budget: FullTextBudget = limits === DEFAULT_LIMITS ? sharedBudget : new FullTextBudget(limits.fullTextBudget),
  ) {}

  append(outputs: NbOutput[], o: KernelOutput): NbOutput[] {
    return this.appendAll(outputs, [o]);
  }

  /** Appends several kernel outputs (those that arrived within a frame): one copy of the list, bounded once. */
  appendAll(outputs: NbOutput[], os: readonly KernelOutput[]): NbOutput[] {
    if (!os.length) return outputs;
    const list = outputs.slice();
    for (const o of os) {
      if (o.type === 'stream') {
        const prev = list[list.length - 1];
        let buf = this.stream;
        if (!buf || prev !== this.last || buf.name !== o.name) {
          buf = new StreamBuffer(o.name, this.limits, this.budget);
          // Text already there (stream output this run did not write) starts the buffer.
          if (prev?.output_type === 'stream' && prev.name === o.name && !prev.elided) {
            buf.append(prev.text);
            list.pop();
          }
          this.stream = buf;
          this.buffers.push(buf);
        } else list.pop();
        buf.append(o.text);
        const out = buf.output();
        this.last = out;
        buffers.set(out, buf);
        list.push(out);
        continue;
      }
      this.stream = null;
      this.last = null;
      if (o.type === 'display' && o.update && o.displayId) {
        // As notebook-model's appendOutput: an update replaces the output(s) with its id.
        list.forEach((x, j) => {
          if (x.output_type === 'display_data' && x.transient?.display_id === o.displayId) list[j] = toNbOutput(o);
        });
      } else list.push(toNbOutput(o));
    }
    return this.bound(list);
  }

  /** The run ended: whole texts of outputs that were not elided are not needed. */
  finish(): void {
    for (const b of this.buffers) if (!b.hiddenBytes) b.release();
  }

  /** The cell ran again or was cleared: its whole texts go. */
  release(): void {
    for (const b of this.buffers) b.release('the cell ran again or its output was cleared');
  }

  /** Drops the earliest stream and display outputs past maxOutputs, into one note. */
  private bound(outputs: NbOutput[]): NbOutput[] {
    const max = this.limits.maxOutputs;
    const droppable = (x: NbOutput) => (x.output_type === 'stream' || x.output_type === 'display_data') && !droppedCount(x);
    let count = 0;
    for (const x of outputs) if (droppable(x)) count++;
    if (count <= max) return outputs;
    let excess = count - max;
    let dropped = 0;
    let notePos = -1;
    const kept: NbOutput[] = [];
    outputs.forEach((x, i) => {
      const n = droppedCount(x);
      // Never the last output (the stream being written is elided instead).
      if (n || (excess > 0 && droppable(x) && i !== outputs.length - 1)) {
        if (notePos < 0) notePos = kept.length;
        if (n) dropped += n;
        else {
          excess--;
          dropped++;
          buffers.get(x)?.release('its output was dropped');
        }
        return;
      }
      kept.push(x);
    });
    kept.splice(notePos, 0, dropNote(dropped, max));
    return kept;
  }
}
