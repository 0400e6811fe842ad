import { describe, it, expect } from 'vitest';
import { CellOutputs, needsScroll, fullTextOf, droppedCount, CAP_LINES, SCROLL_LINES, type Limits } from '../../../web/outputs/output-limits';
import type { NbOutput, StreamOutput } from '../../../web/notebook/notebook-model';
import type { Output } from '../../../kernel/protocol';

const stream = (text: string, name: 'stdout' | 'stderr' = 'stdout'): Output => ({ type: 'stream', parent: 'p', name, text });
const display = (text: string): Output => ({ type: 'display', parent: 'p', data: { 'text/plain': text }, metadata: {} });

/** Feeds `chunks` as the kernel would send them; the outputs as the notebook keeps them. */
function feed(outs: CellOutputs, items: Output[], start: NbOutput[] = []): NbOutput[] {
  let o = start;
  for (const m of items) o = outs.append(o, m);
  return o;
}

/** `n` lines `0\n1\n...`, in chunks of about 64 KB as the kernel's channel sends them. */
function flood(n: number): { chunks: Output[]; text: string } {
  const text = Array.from({ length: n }, (_, i) => `${i}\n`).join('');
  const chunks: Output[] = [];
  for (let i = 0; i < text.length; ) {
    const j = Math.min(text.length, text.indexOf('\n', i + 64 * 1024) + 1 || text.length);
    chunks.push(stream(text.slice(i, j)));
    i = j;
  }
  return { chunks, text };
}

const lineCount = (s: string) => s.split('\n').length - 1;

describe('output limits', () => {
  it('keeps short output as it is, joining consecutive text of one stream', () => {
    const outs = new CellOutputs();
    const o = feed(outs, [stream('a\n'), stream('b\n'), stream('oops\n', 'stderr'), display('x'), stream('c\n')]);
    expect(o).toEqual([
      { output_type: 'stream', name: 'stdout', text: 'a\nb\n' },
      { output_type: 'stream', name: 'stderr', text: 'oops\n' },
      { output_type: 'display_data', data: { 'text/plain': 'x' }, metadata: {} },
      { output_type: 'stream', name: 'stdout', text: 'c\n' },
    ]);
    expect(fullTextOf(o[0] as StreamOutput)).toBeUndefined();
  });

  it('a long output wants the scroll box: over 1,000 lines or 100 KB', () => {
    expect(needsScroll('x\n'.repeat(SCROLL_LINES))).toBe(false);
    expect(needsScroll('x\n'.repeat(SCROLL_LINES + 1))).toBe(true);
    expect(needsScroll('x'.repeat(100_001))).toBe(true);
    expect(needsScroll('x'.repeat(99_999))).toBe(false);
  });

  it('200,000 lines keep the first and last 5,000, with a line saying how many are hidden; the whole text stays in memory', () => {
    const outs = new CellOutputs();
    const { chunks, text } = flood(200_000);
    const o = feed(outs, chunks);
    expect(o).toHaveLength(1);
    const s = o[0] as StreamOutput;
    const e = s.elided!;
    expect(e.lines).toBe(200_000 - CAP_LINES);
    const head = s.text.slice(0, e.at);
    const tail = s.text.slice(e.end);
    expect(lineCount(head)).toBe(CAP_LINES / 2);
    expect(lineCount(tail)).toBe(CAP_LINES / 2);
    expect(head.startsWith('0\n1\n')).toBe(true);
    expect(head.endsWith('4999\n')).toBe(true);
    expect(tail.startsWith('195000\n')).toBe(true);
    expect(tail.endsWith('199999\n')).toBe(true);
    expect(s.text.slice(e.at, e.end)).toBe('… 190,000 lines hidden (1.2 MB): output limit 10,000 lines or 1.0 MB per output …\n');
    expect(e.bytes).toBe(text.length - head.length - tail.length);
    const full = fullTextOf(s)!;
    expect(full.text()).toBe(text);
    expect([full.lines, full.bytes, full.dropped]).toEqual([200_000, text.length, '']);
    outs.finish();
    expect(fullTextOf(s)!.text()).toBe(text); // elided: kept after the run
    outs.release();
    expect(fullTextOf(s)!.text()).toBeNull();
    expect(fullTextOf(s)!.dropped).toMatch(/ran again|cleared/);
  });

  it('caps characters too: three 600 KB lines keep at most 1 MB', () => {
    const outs = new CellOutputs();
    const line = (c: string) => c.repeat(600_000) + '\n';
    const o = feed(outs, [stream(line('a')), stream(line('b')), stream(line('c'))]);
    const s = o[0] as StreamOutput;
    expect(s.elided).toBeDefined();
    const kept = s.text.length - (s.elided!.end - s.elided!.at);
    expect(kept).toBeLessThanOrEqual(1_000_000);
    expect(s.text.startsWith('aaa')).toBe(true);
    expect(s.text.endsWith('ccc\n')).toBe(true);
    expect(s.elided!.bytes).toBe(3 * 600_001 - kept);
  });

  it('feeding a stream line by line gives the same text as in chunks', () => {
    const limits: Limits = { capLines: 10, capBytes: 1000, maxOutputs: 100, fullTextBudget: 1e6 };
    const lines = Array.from({ length: 37 }, (_, i) => `line ${i}\n`);
    const a = feed(new CellOutputs(limits), lines.map((l) => stream(l)));
    const b = feed(new CellOutputs(limits), [stream(lines.slice(0, 3).join('')), stream(lines.slice(3).join(''))]);
    expect(a).toEqual(b);
    const s = a[0] as StreamOutput;
    expect(s.text.slice(0, s.elided!.at)).toBe(lines.slice(0, 5).join(''));
    expect(s.text.slice(s.elided!.end)).toBe(lines.slice(32).join(''));
    expect(s.elided!.lines).toBe(27);
  });

  it('past the budget for whole texts, the whole text is dropped and says so', () => {
    const limits: Limits = { capLines: 10, capBytes: 1000, maxOutputs: 100, fullTextBudget: 200 };
    const outs = new CellOutputs(limits);
    const o = feed(outs, Array.from({ length: 50 }, (_, i) => stream(`line ${i}\n`)));
    const full = fullTextOf(o[0] as StreamOutput)!;
    expect(full.text()).toBeNull();
    expect(full.dropped).toMatch(/over 200 bytes/);
    expect(full.lines).toBe(50);
  });

  it('10,000 displays keep the last 100, after a note saying how many earlier ones are not shown', () => {
    const outs = new CellOutputs();
    const o = feed(outs, [...Array.from({ length: 10_000 }, (_, i) => display(`d${i}`)), { type: 'result', parent: 'p', executionCount: 1, data: { 'text/plain': 'r' }, metadata: {} }]);
    expect(o).toHaveLength(102);
    expect(droppedCount(o[0])).toBe(9_900);
    expect((o[0] as { data: { 'text/plain': string } }).data['text/plain']).toContain('9,900 earlier outputs not shown');
    expect(o.slice(1, 101).map((x) => (x as { data: { 'text/plain': string } }).data['text/plain'])).toEqual(Array.from({ length: 100 }, (_, i) => `d${9_900 + i}`));
    expect(o[101].output_type).toBe('execute_result');
  });

  it('dropping keeps the stream being written, and the note stays where the first dropped output was', () => {
    const limits: Limits = { capLines: 100, capBytes: 1e5, maxOutputs: 3, fullTextBudget: 1e6 };
    const outs = new CellOutputs(limits);
    const o = feed(outs, [stream('a\n'), display('1'), display('2'), display('3'), stream('b\n'), stream('c\n')]);
    expect(o.map((x) => (x.output_type === 'stream' ? x.text : droppedCount(x) ? `note ${droppedCount(x)}` : (x as { data: { 'text/plain': string } }).data['text/plain']))).toEqual([
      'note 2',
      '2',
      '3',
      'b\nc\n',
    ]);
  });
});
