/** The MIME renderer interface (mime.ts holds the registry and documents the ranks). */

/** A MIME bundle as Jupyter's: MIME type -> data (kernel/protocol.ts defines the wire type). */
export type MimeBundle = { [mime: string]: unknown };

export interface MimeRenderer {
  mime: string;
  rank: number;
  /** Whether this bundle's data for `mime` can be drawn (default: present). */
  accepts?(data: unknown): boolean;
  /** Draws the bundle; `metadata` is the output's (image sizes, per MIME type). */
  render(bundle: MimeBundle, metadata?: Record<string, unknown>): HTMLElement;
}
