/**
 * A Canvas 2D context that writes SVG: the subset figure-draw.ts uses (paths with lines,
 * circles and rectangles, fill and stroke with dashes, alpha, one clip rectangle at a
 * time, transforms, text, and images drawn from canvases, embedded as PNG), so a figure's
 * `image/svg+xml` comes from the same drawing code as its canvas. Points are transformed
 * as they are added, as a canvas does; text keeps its transform as a matrix.
 *
 * `vector` tells the drawing code to prefer paths to pixel tricks (scatter's stamped
 * layer). Text is measured by `measure` (a real canvas's measureText on the page).
 */

type Matrix = [number, number, number, number, number, number];

interface State {
  m: Matrix;
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  globalAlpha: number;
  font: string;
  dash: number[];
  clip: string | null;
  imageSmoothingEnabled: boolean;
}

/** How wide `text` is in `font` (CSS font shorthand), in px. */
export type Measurer = (text: string, font: string) => number;

const num = (v: number) => String(Math.round(v * 100) / 100);

const escapeXML = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A CSS colour as an SVG paint and opacity ('rgba(1,2,3,0.5)' -> rgb(1,2,3), 0.5), for readers without CSS colour level 4. */
function paint(c: string): [string, number] {
  const m = /^rgba\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/.exec(c);
  if (m) return [`rgb(${m[1]},${m[2]},${m[3]})`, Number(m[4])];
  if (/^#[0-9a-f]{8}$/i.test(c)) return [c.slice(0, 7), parseInt(c.slice(7), 16) / 255];
  return [c, 1];
}

/** The font shorthand figure-draw writes ('bold 13.89px "DejaVu Sans", ...') as SVG attributes. */
function fontAttrs(font: string): string {
  const m = /^(bold\s+)?([\d.]+)px\s+(.*)$/.exec(font);
  if (!m) return `style="font:${escapeXML(font)}"`;
  return `font-size="${num(Number(m[2]))}" font-family="${escapeXML(m[3])}"${m[1] ? ' font-weight="bold"' : ''}`;
}

/** A measurer from the page's canvas (an estimate of 0.6 em per character where there is none). */
export function canvasMeasurer(): Measurer {
  let ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;
  try {
    ctx = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1).getContext('2d') : typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  } catch {
    ctx = null;
  }
  return (text, font) => {
    if (!ctx) return text.length * 0.6 * Number(/([\d.]+)px/.exec(font)?.[1] ?? 10);
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** A canvas' pixels as a PNG data URL (OffscreenCanvas is copied to a canvas element first). */
function dataURL(src: CanvasImageSource): string {
  if (typeof HTMLCanvasElement !== 'undefined' && src instanceof HTMLCanvasElement) return src.toDataURL('image/png');
  const s = src as OffscreenCanvas;
  const c = document.createElement('canvas');
  c.width = s.width;
  c.height = s.height;
  c.getContext('2d')!.drawImage(s, 0, 0);
  return c.toDataURL('image/png');
}

export class SvgContext {
  readonly vector = true;
  private st: State = {
    m: [1, 0, 0, 1, 0, 0], fillStyle: '#000000', strokeStyle: '#000000', lineWidth: 1, lineCap: 'butt', lineJoin: 'miter', globalAlpha: 1,
    font: '10px sans-serif', dash: [], clip: null, imageSmoothingEnabled: true,
  };
  private stack: State[] = [];
  private d: string[] = [];
  /** Pen position and subpath start in device coordinates (for closePath and arcs). */
  private parts: { clip: string | null; body: string }[] = [];
  /** The last filled path, so a stroke of the same path joins its element (markers: half the bytes). */
  private lastFill: { d: string; index: number } | null = null;
  private defs: string[] = [];
  private clips = 0;
  textBaseline: CanvasTextBaseline = 'alphabetic';
  textAlign: CanvasTextAlign = 'left';

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly measure: Measurer = canvasMeasurer(),
  ) {}

  // ---- state --------------------------------------------------------------------------
  get fillStyle(): string { return this.st.fillStyle; }
  set fillStyle(v: string) { this.st.fillStyle = String(v); }
  get strokeStyle(): string { return this.st.strokeStyle; }
  set strokeStyle(v: string) { this.st.strokeStyle = String(v); }
  get lineWidth(): number { return this.st.lineWidth; }
  set lineWidth(v: number) { this.st.lineWidth = v; }
  get lineCap(): CanvasLineCap { return this.st.lineCap; }
  set lineCap(v: CanvasLineCap) { this.st.lineCap = v; }
  get lineJoin(): CanvasLineJoin { return this.st.lineJoin; }
  set lineJoin(v: CanvasLineJoin) { this.st.lineJoin = v; }
  get globalAlpha(): number { return this.st.globalAlpha; }
  set globalAlpha(v: number) { this.st.globalAlpha = v; }
  get font(): string { return this.st.font; }
  set font(v: string) { this.st.font = v; }
  get imageSmoothingEnabled(): boolean { return this.st.imageSmoothingEnabled; }
  set imageSmoothingEnabled(v: boolean) { this.st.imageSmoothingEnabled = v; }

  save(): void {
    this.stack.push({ ...this.st, m: [...this.st.m] as Matrix, dash: [...this.st.dash] });
  }
  restore(): void {
    const s = this.stack.pop();
    if (s) this.st = s;
  }
  setLineDash(d: number[]): void {
    this.st.dash = [...d];
  }
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.st.m = [a, b, c, d, e, f];
  }
  private mul(n: Matrix): void {
    const [a, b, c, d, e, f] = this.st.m;
    this.st.m = [a * n[0] + c * n[1], b * n[0] + d * n[1], a * n[2] + c * n[3], b * n[2] + d * n[3], a * n[4] + c * n[5] + e, b * n[4] + d * n[5] + f];
  }
  translate(x: number, y: number): void {
    this.mul([1, 0, 0, 1, x, y]);
  }
  scale(x: number, y: number): void {
    this.mul([x, 0, 0, y, 0, 0]);
  }
  rotate(t: number): void {
    this.mul([Math.cos(t), Math.sin(t), -Math.sin(t), Math.cos(t), 0, 0]);
  }
  private pt(x: number, y: number): string {
    const [a, b, c, d, e, f] = this.st.m;
    return `${num(a * x + c * y + e)} ${num(b * x + d * y + f)}`;
  }
  /** How much the transform scales lengths (uniform scales only, as figure-draw uses). */
  private get k(): number {
    const [a, b, c, d] = this.st.m;
    return Math.sqrt(Math.abs(a * d - b * c));
  }

  // ---- paths --------------------------------------------------------------------------
  beginPath(): void {
    this.d = [];
  }
  moveTo(x: number, y: number): void {
    this.d.push(`M${this.pt(x, y)}`);
  }
  lineTo(x: number, y: number): void {
    this.d.push(`L${this.pt(x, y)}`);
  }
  closePath(): void {
    this.d.push('Z');
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.d.push(`M${this.pt(x, y)}L${this.pt(x + w, y)}L${this.pt(x + w, y + h)}L${this.pt(x, y + h)}Z`);
  }
  roundRect(x: number, y: number, w: number, h: number, r: number): void {
    const R = num(r * this.k);
    const arc = (px: number, py: number) => `A${R} ${R} 0 0 1 ${this.pt(px, py)}`;
    this.d.push(
      `M${this.pt(x + r, y)}L${this.pt(x + w - r, y)}${arc(x + w, y + r)}L${this.pt(x + w, y + h - r)}${arc(x + w - r, y + h)}` +
        `L${this.pt(x + r, y + h)}${arc(x, y + h - r)}L${this.pt(x, y + r)}${arc(x + r, y)}Z`,
    );
  }
  /** Full circles as two half arcs; other arcs as short segments. */
  arc(x: number, y: number, r: number, a0: number, a1: number): void {
    if (Math.abs(a1 - a0) >= 2 * Math.PI - 1e-9) {
      const R = num(r * this.k);
      this.d.push(`${this.d.length ? 'L' : 'M'}${this.pt(x + r, y)}A${R} ${R} 0 1 1 ${this.pt(x - r, y)}A${R} ${R} 0 1 1 ${this.pt(x + r, y)}`);
      return;
    }
    const n = Math.max(2, Math.ceil(Math.abs(a1 - a0) / 0.2));
    for (let i = 0; i <= n; i++) {
      const t = a0 + ((a1 - a0) * i) / n;
      this.d.push(`${i === 0 && !this.d.length ? 'M' : 'L'}${this.pt(x + r * Math.cos(t), y + r * Math.sin(t))}`);
    }
  }
  /** Clips what follows to the current path (one clip at a time: figure-draw clips to an axes' box). */
  clip(): void {
    const id = `c${++this.clips}`;
    this.defs.push(`<clipPath id="${id}"><path d="${this.d.join('')}"/></clipPath>`);
    this.st.clip = id;
  }

  private emit(body: string): void {
    this.parts.push({ clip: this.st.clip, body });
    this.lastFill = null;
  }
  private fillAttrs(): string {
    const [c, a] = paint(this.st.fillStyle);
    const op = a * this.st.globalAlpha;
    return `fill="${c}"${op < 1 ? ` fill-opacity="${num3(op)}"` : ''}`;
  }
  private strokeAttrs(): string {
    const [c, a] = paint(this.st.strokeStyle);
    const op = a * this.st.globalAlpha;
    const k = this.k;
    const dash = this.st.dash.length ? ` stroke-dasharray="${this.st.dash.map((v) => num(v * k)).join(' ')}"` : '';
    return `stroke="${c}" stroke-width="${num3(this.st.lineWidth * k)}"${op < 1 ? ` stroke-opacity="${num3(op)}"` : ''}` +
      `${this.st.lineCap !== 'butt' ? ` stroke-linecap="${this.st.lineCap}"` : ''}${this.st.lineJoin !== 'miter' ? ` stroke-linejoin="${this.st.lineJoin}"` : ''}${dash}`;
  }
  fill(): void {
    if (!this.d.length) return;
    const d = this.d.join('');
    this.emit(`<path d="${d}" ${this.fillAttrs()}`);
    this.lastFill = { d, index: this.parts.length - 1 };
  }
  stroke(): void {
    if (!this.d.length) return;
    const d = this.d.join('');
    const last = this.lastFill;
    if (last && last.d === d && last.index === this.parts.length - 1 && this.parts[last.index].clip === this.st.clip) {
      this.parts[last.index].body += ` ${this.strokeAttrs()}`;
      this.lastFill = null;
      return;
    }
    this.emit(`<path d="${d}" fill="none" ${this.strokeAttrs()}`);
  }
  fillRect(x: number, y: number, w: number, h: number): void {
    const saved = this.d;
    this.d = [];
    this.rect(x, y, w, h);
    this.fill();
    this.d = saved;
  }
  strokeRect(x: number, y: number, w: number, h: number): void {
    const saved = this.d;
    this.d = [];
    this.rect(x, y, w, h);
    this.stroke();
    this.d = saved;
  }

  // ---- text and images ---------------------------------------------------------------------
  measureText(text: string): { width: number } {
    return { width: this.measure(text, this.st.font) };
  }
  /** Text at (x, y) on its alphabetic baseline, left-aligned (how figure-draw writes it). */
  fillText(text: string, x: number, y: number): void {
    const [a, b, c, d, e, f] = this.st.m;
    const X = a * x + c * y + e;
    const Y = b * x + d * y + f;
    const plain = Math.abs(b) < 1e-12 && Math.abs(c) < 1e-12 && Math.abs(a - 1) < 1e-12 && Math.abs(d - 1) < 1e-12;
    const place = plain ? `x="${num(X)}" y="${num(Y)}"` : `transform="matrix(${[a, b, c, d].map(num3).join(' ')} ${num(X)} ${num(Y)})"`;
    const anchor = this.textAlign === 'center' ? ' text-anchor="middle"' : this.textAlign === 'right' || this.textAlign === 'end' ? ' text-anchor="end"' : '';
    this.emit(`<text ${place} ${fontAttrs(this.st.font)} ${this.fillAttrs()}${anchor} xml:space="preserve">${escapeXML(text)}</text>`);
  }
  drawImage(src: CanvasImageSource, dx: number, dy: number, dw?: number, dh?: number): void {
    const s = src as { width: number; height: number };
    const w = dw ?? s.width;
    const h = dh ?? s.height;
    const [a, b, c, d, e, f] = this.st.m;
    const tx = a * dx + c * dy + e;
    const ty = b * dx + d * dy + f;
    const op = this.st.globalAlpha < 1 ? ` opacity="${num3(this.st.globalAlpha)}"` : '';
    const pixelated = this.st.imageSmoothingEnabled ? '' : ' style="image-rendering:pixelated;image-rendering:optimizeSpeed"';
    // The image's own size in its coordinates, scaled to (w, h) and placed by the transform.
    this.emit(
      `<image width="${s.width}" height="${s.height}" preserveAspectRatio="none" transform="matrix(${num3((a * w) / s.width)} ${num3((b * w) / s.width)} ${num3((c * h) / s.height)} ${num3((d * h) / s.height)} ${num(tx)} ${num(ty)})"` +
        `${op}${pixelated} href="${dataURL(src)}"/>`,
    );
  }

  /** The SVG document: runs of elements under one clip in one group. */
  toString(): string {
    const out: string[] = [];
    let i = 0;
    while (i < this.parts.length) {
      const clip = this.parts[i].clip;
      let j = i;
      while (j < this.parts.length && this.parts[j].clip === clip) j++;
      const body = this.parts.slice(i, j).map((p) => (p.body.startsWith('<path') ? `${p.body}/>` : p.body)).join('\n');
      out.push(clip ? `<g clip-path="url(#${clip})">\n${body}\n</g>` : body);
      i = j;
    }
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}" viewBox="0 0 ${this.width} ${this.height}" version="1.1">` +
      (this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '') +
      out.join('\n') +
      '</svg>'
    );
  }
}

function num3(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}
