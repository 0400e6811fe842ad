/**
 * Filled shapes (matplotlib's patches): a Patch is an outline in data coordinates, filled
 * with its face colour and edged when it has an edge; Polygon is any outline (fill,
 * boxplot's filled boxes), pie's Wedge (pie.ts) an arc's.
 */
import { Artist, type DataLim } from './artists';
import { toCss, type ColorLike } from './colors';
import type { LegendEntry, PatchSpec } from './spec';

export abstract class Patch extends Artist {
  override zorder = 1;
  constructor(
    public facecolor: string,
    public edgecolor: string | null = null,
    public linewidth = 0,
  ) {
    super();
  }
  /** The closed outline, in data coordinates. */
  abstract outline(): { x: Float64Array; y: Float64Array };
  set_facecolor(c: ColorLike): this {
    this.facecolor = toCss(c);
    return this;
  }
  set_edgecolor(c: ColorLike): this {
    this.edgecolor = toCss(c);
    if (!this.linewidth) this.linewidth = 1;
    return this;
  }
  get_facecolor(): string {
    return this.facecolor;
  }
  override dataLim(): DataLim {
    const o = this.outline();
    const lim = (a: Float64Array): [number, number] => [Math.min(...a), Math.max(...a)];
    return { x: lim(o.x), y: lim(o.y), xpos: null, ypos: null, stickyX: [], stickyY: [] };
  }
  override spec(): PatchSpec {
    const o = this.outline();
    return { type: 'patch', x: o.x, y: o.y, facecolor: this.facecolor, edgecolor: this.edgecolor, linewidth: this.linewidth, alpha: this.alpha ?? 1, label: this.label, zorder: this.zorder };
  }
  override legendEntry(): LegendEntry {
    return { label: this.label ?? '', kind: 'patch', color: this.facecolor, edgecolor: this.edgecolor, linewidth: this.linewidth, alpha: this.alpha ?? 1 };
  }
  override vertices() {
    return this.outline();
  }
}

/** A polygon through (x[i], y[i]) (matplotlib's Polygon). */
export class Polygon extends Patch {
  constructor(
    readonly x: Float64Array,
    readonly y: Float64Array,
    facecolor: string,
    edgecolor: string | null = null,
    linewidth = 0,
  ) {
    super(facecolor, edgecolor, linewidth);
  }
  protected override get pyClass(): string {
    return 'matplotlib.patches.Polygon';
  }
  /** The vertices as [[x, y], ...] (get_xy). */
  get_xy(): number[][] {
    return Array.from(this.x, (v, i) => [v, this.y[i]]);
  }
  outline() {
    return { x: this.x, y: this.y };
  }
}
