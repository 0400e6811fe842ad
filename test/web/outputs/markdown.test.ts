import { describe, it, expect } from 'vitest';
import { attachmentURL } from '../../../web/outputs/markdown';

describe('markdown attachments', () => {
  it('resolves attachment: URLs from the cell, preferring raster images', () => {
    const a = { 'image.png': { 'image/png': 'iVBO\nRw==', 'image/svg+xml': 'PHN2Zz4=' }, 'b c.svg': { 'image/svg+xml': 'PHN2Zz4=' } };
    expect(attachmentURL('attachment:image.png', a)).toBe('data:image/png;base64,iVBORw==');
    expect(attachmentURL('attachment:b%20c.svg', a)).toBe('data:image/svg+xml;base64,PHN2Zz4=');
    expect(attachmentURL('attachment:missing.png', a)).toBeNull();
    expect(attachmentURL('https://x/y.png', a)).toBeNull();
    expect(attachmentURL('attachment:image.png', undefined)).toBeNull();
  });
});

