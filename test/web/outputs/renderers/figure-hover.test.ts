import { describe, it, expect } from 'vitest';
import * as plt from '../../../../runtime/plt/pyplot';
import { nearestPoint, formatCoord } from '../../../../web/outputs/renderers/figure-hover';
import { figureToJson } from '../../../../web/outputs/renderers/figure';
import { frameOf, figurePixels } from '../../../../web/outputs/renderers/figure-draw';

/** Figure pixel of a data point on axes i. */
function at(spec: ReturnType<plt.Figure['spec']>, i: number, x: number, y: number) {
  const { width, height } = figurePixels(spec);
  const f = frameOf(spec.axes[i], width, height);
  return [f.x(x), f.y(y)] as const;
}

describe('figure-hover.ts: the nearest plotted point', () => {
  it('finds the nearest point of a line or scatter within the radius, in the axes under the pointer', () => {
    plt.close('all');
    const [fig, axes] = plt.subplots(1, 2);
    axes[0].plot([0, 1, 2, 3], [0, 1, 4, 9], { label: 'squares' });
    axes[1].scatter([10, 20], [5, 6]);
    axes[1].set_yscale('log');
    const spec = fig.spec();
    const [px, py] = at(spec, 0, 2, 4);
    expect(nearestPoint(spec, px + 3, py - 2)).toMatchObject({ axes: 0, x: 2, y: 4, label: 'squares' });
    const [qx, qy] = at(spec, 1, 20, 6);
    expect(nearestPoint(spec, qx - 1, qy + 1)).toMatchObject({ axes: 1, x: 20, y: 6, label: null });
    // Too far from every point, or outside every axes: nothing.
    expect(nearestPoint(spec, px + 40, py + 40)).toBeNull();
    expect(nearestPoint(spec, 1, 1)).toBeNull();
    // A reloaded figure's series are base64: the same answer.
    const json = figureToJson(spec).json;
    expect(nearestPoint(json, px + 3, py - 2)).toMatchObject({ axes: 0, x: 2, y: 4 });
    plt.close('all');
  });

  it('formats coordinates as a status bar does', () => {
    expect([formatCoord(3.14159265), formatCoord(2), formatCoord(-0.5), formatCoord(1234567), formatCoord(0.00001234), formatCoord(0)]).toEqual(['3.14159', '2', '-0.5', '1.2346e+6', '1.234e-5', '0']);
  });
});
