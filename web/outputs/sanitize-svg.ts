/**
 * SVG from a notebook (an `image/svg+xml` output, an SVG attachment) made safe to show:
 * DOMPurify, as web/outputs/markdown.ts sanitises HTML (scripts, event handlers, foreignObject,
 * javascript: links go), with one difference that plots need: `<use>` stays when it
 * points inside the same SVG (`#id`), because matplotlib draws its tick marks and every
 * glyph of its text as `<use xlink:href="#...">`. The result is serialised as a standalone
 * SVG document, for an <img> to draw: an image cannot run script or fetch anything, and
 * its ids and styles cannot meet the page's.
 */
import DOMPurify, { type DOMPurify as DOMPurifyInstance } from 'dompurify';

let purifier: DOMPurifyInstance | null = null;

function purify(): DOMPurifyInstance {
  if (!purifier) {
    purifier = DOMPurify(window);
    purifier.setConfig({ USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ['use'], FORBID_TAGS: ['foreignObject', 'script'], RETURN_DOM_FRAGMENT: true });
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName.toLowerCase() !== 'use') return;
      for (const attr of ['href', 'xlink:href']) {
        const v = node.getAttribute(attr);
        if (v !== null && !v.trim().startsWith('#')) node.removeAttribute(attr);
      }
    });
  }
  return purifier;
}

/** Sanitised SVG as a standalone document (XML), or null when nothing drawable is left. */
export function sanitizeSVG(svg: string): string | null {
  const frag = purify().sanitize(svg) as unknown as DocumentFragment;
  const root = frag.querySelector?.('svg');
  if (!root) return null;
  // The serialiser declares the SVG (and xlink) namespaces itself.
  return new XMLSerializer().serializeToString(root);
}

/** A data URL of sanitised SVG for an <img>, or null. */
export function svgDataURL(svg: string): string | null {
  const safe = sanitizeSVG(svg);
  return safe === null ? null : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(safe)}`;
}
