/**
 * Hover for TypeScript cells: TypeScript's quick info as Markdown, in place of Monaco's
 * own hover (turned off in editor.ts), which runs each JSDoc tag's text into one line, so
 * that an `@example` of several lines read as one. Here an example is a code block with
 * its lines, as NumPy's docstrings show their Examples; other tags as Monaco shows them.
 */
import type * as MonacoNS from 'monaco-editor/editor';
import type { TypeScriptWorker } from 'monaco-editor/languages/features/typescript/register';

type Monaco = typeof MonacoNS;

/** TypeScript's symbol display parts (`ts.SymbolDisplayPart`). */
export interface DisplayPart {
  text: string;
  kind: string;
}

/** A JSDoc tag as quick info gives it (`ts.JSDocTagInfo`). */
export interface TagInfo {
  name: string;
  text?: DisplayPart[] | string;
}

/** What `getQuickInfoAtPosition` answers (`ts.QuickInfo`, the parts used). */
export interface QuickInfo {
  textSpan: { start: number; length: number };
  displayParts?: DisplayPart[];
  documentation?: DisplayPart[];
  tags?: TagInfo[];
}

const partsText = (parts: DisplayPart[] | string | undefined): string => (typeof parts === 'string' ? parts : (parts ?? []).map((p) => p.text).join(''));

/** One JSDoc tag as Markdown: `@example` as a TypeScript code block (unless it has its own fences). */
export function tagMarkdown(tag: TagInfo): string {
  const label = `*@${tag.name}*`;
  if (tag.name === 'example') {
    const text = partsText(tag.text).replace(/^\s*\n|\s+$/g, '');
    if (!text) return label;
    return `${label}\n\n${text.includes('```') ? text : `\`\`\`typescript\n${text}\n\`\`\``}`;
  }
  if (tag.name === 'param' && Array.isArray(tag.text) && tag.text.length) {
    const [name, ...rest] = tag.text;
    const text = partsText(rest).trim();
    return `${label} \`${name.text}\`${text ? ` \u2014 ${text}` : ''}`;
  }
  const text = partsText(tag.text).trim();
  return text ? `${label} \u2014 ${text}` : label;
}

/** The documentation part of a hover: the JSDoc text, then its tags, a paragraph each. */
export function documentationMarkdown(info: Pick<QuickInfo, 'documentation' | 'tags'>): string {
  return [partsText(info.documentation), ...(info.tags ?? []).map(tagMarkdown)].filter((s) => s.trim()).join('\n\n');
}

/** A hover provider asking the TypeScript worker (`getWorker`, from Monaco's TypeScript mode). */
export function typescriptHoverProvider(
  monaco: Monaco,
  getWorker: () => Promise<(...uris: MonacoNS.Uri[]) => Promise<TypeScriptWorker>>,
): MonacoNS.languages.HoverProvider {
  return {
    async provideHover(model, position, token) {
      // Asked before Monaco's TypeScript mode has started (it starts with the first model), the
      // worker getter rejects ("TypeScript not registered!"): wait for it.
      let get: ((...uris: MonacoNS.Uri[]) => Promise<TypeScriptWorker>) | undefined;
      while (!get) {
        get = await getWorker().catch(() => undefined);
        if (!get) await new Promise((r) => setTimeout(r, 50));
        if (token.isCancellationRequested) return undefined;
      }
      const worker = await get(model.uri);
      if (model.isDisposed()) return undefined;
      const info = (await worker.getQuickInfoAtPosition(model.uri.toString(), model.getOffsetAt(position))) as QuickInfo | undefined;
      if (!info || model.isDisposed()) return undefined;
      const start = model.getPositionAt(info.textSpan.start);
      const end = model.getPositionAt(info.textSpan.start + info.textSpan.length);
      return {
        range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
        contents: [{ value: `\`\`\`typescript\n${partsText(info.displayParts)}\n\`\`\`\n` }, { value: documentationMarkdown(info) }],
      };
    },
  };
}
