/**
 * CellEditorController: the Monaco editor of one cell, as a lit reactive controller (the
 * cell element only renders; this owns the async editor lifecycle).
 *
 * An editor is made when it is needed: the cell is edited (`ensure(true)`), or the cell
 * scrolls into view once Monaco has loaded (an IntersectionObserver, then an idle
 * callback, a few cells at a time), so opening a 100-cell notebook draws static text and
 * makes ~10 editors later. Until then the cell shows its source, coloured as Monaco would.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createEditor, loadMonaco, modelFor, monacoInstance, markErrorLine, type CellLanguage, type CodeEditor, type Monaco } from './editor';

export interface CellEditorHost extends ReactiveControllerHost, HTMLElement {
  /** The cell's id, language and current text. */
  readonly editorSpec: { id: string; language: CellLanguage; source: string };
  /** Where the editor goes (null until rendered). */
  readonly editorHost: HTMLElement | null;
  editorChanged(text: string): void;
  editorFocused(): void;
}

const waiting = new Set<CellEditorController>();
let observer: IntersectionObserver | null = null;
let idleScheduled = false;

function pump(): void {
  idleScheduled = false;
  let n = 0;
  for (const c of waiting) {
    waiting.delete(c);
    if (c.visible) void c.ensure(false);
    if (++n >= 4) break;
  }
  if (waiting.size) schedule();
}
function schedule(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  if (ric) ric(pump, { timeout: 500 });
  else setTimeout(pump, 30);
}
function io(): IntersectionObserver {
  return (observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const c = (e.target as HTMLElement & { editorController?: CellEditorController }).editorController;
        if (!c) continue;
        c.visible = e.isIntersecting;
        if (e.isIntersecting && !c.editor) {
          waiting.add(c);
          if (monacoInstance) schedule();
          else void loadMonaco().then(schedule);
        }
      }
    },
    { rootMargin: '200px 0px' },
  ));
}

export class CellEditorController implements ReactiveController {
  editor: CodeEditor | null = null;
  visible = false;
  private creating: Promise<CodeEditor | null> | null = null;
  private applying = false;

  constructor(private readonly host: CellEditorHost) {
    host.addController(this);
    (host as unknown as { editorController: CellEditorController }).editorController = this;
  }

  hostConnected(): void {
    io().observe(this.host);
  }

  hostDisconnected(): void {
    io().unobserve(this.host);
    waiting.delete(this);
    this.editor?.dispose();
    this.editor = null;
    this.creating = null;
  }

  /** Keeps the editor's text in step with the cell (an undo, another tab's save). */
  hostUpdated(): void {
    const spec = this.host.editorSpec;
    if (this.editor) {
      const model = this.editor.getModel();
      if (model && model.getValue() !== spec.source) {
        this.applying = true;
        model.setValue(spec.source);
        this.applying = false;
      }
      if (model && model.getLanguageId() !== spec.language) {
        this.editor.dispose();
        this.editor = null;
        this.creating = null;
      }
    }
  }

  /** Makes the editor if need be; focuses it if asked. */
  ensure(focus: boolean): Promise<CodeEditor | null> {
    if (this.editor) {
      if (focus) this.editor.focus();
      return Promise.resolve(this.editor);
    }
    this.creating ??= loadMonaco().then(async (monaco) => {
      await this.host.updateComplete;
      const target = this.host.editorHost;
      if (!this.host.isConnected || !target) {
        this.creating = null;
        return null;
      }
      if (!this.editor) this.editor = this.make(monaco, target);
      return this.editor;
    });
    return this.creating.then((ed) => {
      if (ed && focus) ed.focus();
      return ed;
    });
  }

  private make(monaco: Monaco, target: HTMLElement): CodeEditor {
    const spec = this.host.editorSpec;
    const model = modelFor(monaco, spec.id, spec.language, spec.source);
    const ed = createEditor(monaco, target, model, {
      language: spec.language,
      onChange: (text) => !this.applying && this.host.editorChanged(text),
      onFocus: () => this.host.editorFocused(),
    });
    this.host.requestUpdate();
    return ed;
  }

  /** Puts the caret at the start or the end (moving between cells with the arrows). */
  placeCaret(where: 'start' | 'end'): void {
    const ed = this.editor;
    const model = ed?.getModel();
    if (!ed || !model) return;
    const line = where === 'start' ? 1 : model.getLineCount();
    ed.setPosition({ lineNumber: line, column: where === 'start' ? 1 : model.getLineMaxColumn(line) });
  }

  /** Marks the line an error was raised at (null clears). */
  markError(line: number | null, message?: string): void {
    const model = this.editor?.getModel();
    if (model && monacoInstance) markErrorLine(monacoInstance, model, line, message);
  }

  blur(): void {
    const el = this.editor?.getDomNode()?.querySelector('textarea, .native-edit-context') as HTMLElement | null;
    el?.blur();
  }

  hasFocus(): boolean {
    return !!this.editor?.hasTextFocus();
  }
}
