// @vitest-environment jsdom
/**
 * A figure's `image/svg+xml` rendition (web/renderers/figure.ts, svg-context.ts): the same
 * drawing code writing SVG. It parses as XML, has the figure's size, its title and tick
 * labels as text, lines as stroked paths in their colours, alpha as opacity, artists
 * clipped to the axes; a figure of many points gets none (its PNG is enough).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { np } from '../../../../runtime/index';
import * as plt from '../../../../runtime/plt/pyplot';
import { closeAll } from '../../../../runtime/plt/state';
import { figureSVG, FIGURE_SVG_CAP } from '../../../../web/outputs/renderers/figure';

afterEach(() => closeAll());

// Text widths without a canvas: 0.6 em per character.
const measure = (text: string, font: string) => text.length * 0.6 * Number(/([\d.]+)px/.exec(font)![1]);

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror').length, svg.slice(0, 200)).toBe(0);
  return doc;
}

describe('figure SVG', () => {
  it('a line plot: valid SVG of the figure\'s size with its title, labels, legend and line', () => {
    const x = np.linspace(0, 2 * Math.PI, 100);
    plt.plot(x, np.sin(x), { label: 'sin' });
    plt.plot(x, np.cos(x), 'r--', { label: 'cos', alpha: 0.5 });
    plt.title('Waves & <more>');
    plt.xlabel('x');
    plt.legend();
    const svg = figureSVG(plt.gcf().spec(), measure)!;
    expect(svg).not.toBeNull();
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('height')).toBe('480');
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('Waves & <more>');
    expect(texts).toContain('x');
    expect(texts).toEqual(expect.arrayContaining(['sin', 'cos', '0', '2', '4', '6']));
    const paths = [...doc.getElementsByTagName('path')];
    const blue = paths.filter((p) => p.getAttribute('stroke') === '#1f77b4');
    expect(blue.length).toBeGreaterThan(0);
    // The sine's path visits every point (100 vertices) inside the axes' clip.
    expect(blue.some((p) => (p.getAttribute('d')!.match(/L/g) ?? []).length >= 99 && p.parentElement!.getAttribute('clip-path') === 'url(#c1)')).toBe(true);
    const red = paths.filter((p) => p.getAttribute('stroke') === '#ff0000');
    expect(red.some((p) => p.getAttribute('stroke-dasharray') && p.getAttribute('stroke-opacity') === '0.5')).toBe(true);
    expect(doc.getElementsByTagName('clipPath').length).toBeGreaterThan(0);
  });

  it('pie and filled contours are filled paths in their colours', () => {
    const [, [a, b]] = plt.subplots(1, 2);
    a.pie([1, 2, 3]);
    const [X, Y] = np.meshgrid(np.linspace(-1, 1, 20), np.linspace(-1, 1, 20));
    b.contourf(X, Y, np.add(np.multiply(X, X), np.multiply(Y, Y)), 5, { cmap: 'gray' });
    const doc = parse(figureSVG(plt.gcf().spec(), measure)!);
    const fills = new Set([...doc.getElementsByTagName('path')].map((p) => p.getAttribute('fill')));
    for (const c of ['#1f77b4', '#ff7f0e', '#2ca02c']) expect(fills).toContain(c);
    // Grey bands: rgb(k,k,k) from the colormap.
    expect([...fills].filter((f) => f && /^rgb\((\d+),\1,\1\)$/.test(f)).length).toBeGreaterThanOrEqual(4);
  });

  it('a scatter of 10^5 points gets no SVG; the cap is 200 KB', () => {
    const r = np.random.default_rng(0);
    plt.scatter(r.normal(0, 1, 100_000), r.normal(0, 1, 100_000));
    expect(figureSVG(plt.gcf().spec(), measure)).toBeNull();
    expect(FIGURE_SVG_CAP).toBe(200_000);
  });

  it('a scatter of a few hundred points is drawn marker by marker', () => {
    const r = np.random.default_rng(1);
    plt.scatter(r.normal(0, 1, 300), r.normal(0, 1, 300), { alpha: 0.3 });
    const doc = parse(figureSVG(plt.gcf().spec(), measure)!);
    const markers = [...doc.getElementsByTagName('path')].filter((p) => p.getAttribute('fill') === '#1f77b4' && p.getAttribute('fill-opacity') === '0.3');
    expect(markers.length).toBe(300);
    // Fill and edge in one element each: a marker costs about 150 bytes.
    expect(markers.every((m) => m.getAttribute('stroke') === '#1f77b4')).toBe(true);
    expect(doc.getElementsByTagName('image').length).toBe(0);
  });
});
