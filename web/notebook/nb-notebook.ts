/**
 * <nb-notebook>: the notebook page. Renders the toolbar, the cells, the save-conflict
 * banner and the dialogs from its NotebookController (all state and async work live
 * there), and turns keys and events into controller calls:
 *
 *   keydown (capture) ── keyboard.ts KeyMap ── command ──▶ controller
 *   nb-command (toolbar) / nb-list-action (notebook list) / nb-select, nb-edit,
 *   nb-source, nb-output-view (cells) / nb-file-remove (files) ──▶ controller
 *   files dropped anywhere on the page, or picked with Upload ──▶ controller.files
 *   (a dropped .ipynb or exported .html page opens as a notebook: controller.openFile)
 *
 * Command mode: the cell list has the focus, the active cell a blue bar. Edit mode: the
 * active cell's editor has it, a green bar.
 */
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { NotebookController } from './notebook-controller';
import type { KernelClient } from '../kernel-client/kernel-client';
import { KeyMap, type Command } from './keyboard';
import { widgetOpen } from '../editor/editor';
import { exportIpynb } from '../sharing/ipynb-export';
import { arrayRendition } from '../outputs/renderers/rendition';
import { figureRendition } from '../outputs/renderers/figure';
import { foreignLanguage, newNotebook, type Notebook } from './notebook-model';
import type { NbCell } from './nb-cell';
import type { NbHelp } from './nb-help';
import type { NbShare } from '../sharing/nb-share';
import type { NbNotebookList } from './nb-notebook-list';
import type { NbAsk } from './nb-ask';
import { EXAMPLES, findExample } from './examples';
import { isNotebookFile } from '../sharing/notebook-file';
import './nb-cell';
import '../storage/nb-files';
import './nb-toolbar';
import './nb-help';
import '../sharing/nb-share';
import './nb-notebook-list';
import './nb-ask';
import { ExerciseController } from '../exercises/controller';
import { VariablesModel } from '../inspector/variables-model';
import { makeBackup, restoreBackup } from '../storage/backup';
import { download } from '../storage/download';
import { storageStatus } from '../storage/storage-persist';
import * as storage from '../storage/storage';
import { setThemeChoice, themeChoice, type ThemeChoice } from './theme';
import { collapsedSections, outline, sectionOf } from './headings';
import '../inspector/nb-variables';
import './nb-toc';
import '../exercises/nb-exercise-progress';
import { openGrader } from '../exercises/open-grader';
import type { NbGrader } from '../exercises/nb-grader';
import '../exercises/nb-grader';
import { listenForAuthoring } from '../exercises/authoring';

export class NbNotebook extends LitElement {
  static override properties = { client: { attribute: false } };
  declare client: KernelClient;
  controller!: NotebookController;
  /** Check, hints, solution, Submit, Export for students (web/exercises/): <nb-exercise> finds it here. */
  exercises!: ExerciseController;
  /** Makes another kernel client (the teacher's grading kernel); set by app.ts. */
  createClient: (() => KernelClient) | null = null;
  /** Exercise authoring (Edit ▸ Author exercises): cells show their roles, student cells an Edit button. */
  authoring = false;
  private readonly keys = new KeyMap();
  /** Files are being dragged over the page (the drop hint shows). */
  private dragging = false;
  /** The variable inspector's rows (asked of the kernel only while its panel is open). */
  variables!: VariablesModel;
  /** The table of contents is open (remembered in localStorage, as the inspector). */
  private tocOpen = false;
  /** The notebook whose "not TypeScript" banner was dismissed. */
  private languageDismissed: string | null = null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Starts with a kernel client; opens the notebook the URL or the last session names. */
  init(client: KernelClient, welcome: () => Notebook, welcomeName?: string): Promise<void> {
    this.client = client;
    this.controller = new NotebookController(this, client);
    this.exercises = new ExerciseController(this.controller, client);
    this.variables = new VariablesModel(client, () => this.requestUpdate());
    this.tocOpen = panelPref('toc');
    if (panelPref('variables')) this.variables.setOpen(true);
    this.addEventListener('nb-collapse', (e) => {
      const d = (e as CustomEvent<{ id: string; collapsed: boolean }>).detail;
      this.collapse(d.id, d.collapsed);
    });
    this.addEventListener('nb-variable-show', (e) => this.variables.show((e as CustomEvent<{ name: string }>).detail.name));
    this.addEventListener('nb-reveal', (e) => this.controller.reveal((e as CustomEvent<{ id: string }>).detail.id));
    this.addEventListener('keydown', (e) => this.onKey(e), { capture: true });
    this.addEventListener('nb-select', (e) => this.controller.select((e as CustomEvent).detail.id, 'command'));
    this.addEventListener('nb-edit', (e) => this.controller.select((e as CustomEvent).detail.id, 'edit'));
    this.addEventListener('nb-source', (e) => {
      const d = (e as CustomEvent<{ id: string; source: string }>).detail;
      this.controller.setSource(d.id, d.source);
    });
    this.addEventListener('nb-output-view', (e) => {
      const d = (e as CustomEvent<{ id: string; index: number; view: string }>).detail;
      this.controller.setOutputView(d.id, d.index, d.view);
    });
    this.addEventListener('nb-command', (e) => void this.command((e as CustomEvent<{ command: string }>).detail.command));
    this.addEventListener('nb-list-action', (e) => void this.listAction((e as CustomEvent).detail));
    listenForAuthoring(this, this.exercises);
    this.addEventListener('nb-file-remove', (e) => void this.controller.files.remove((e as CustomEvent<{ name: string }>).detail.name));
    this.listenForDrops();
    // `?grade` opens the teacher's page once the notebook (its answer key) is open.
    const grade = new URLSearchParams(location.search).has('grade');
    return this.controller.start(welcome, welcomeName).then(() => {
      void this.controller.refreshList();
      if (grade) void this.command('grade-submissions');
    });
  }

  /**
   * Files dropped anywhere on the page are uploads, except a notebook (.ipynb, or an HTML
   * page Download as HTML made), which opens as a new copy, the other files dropped with it
   * becoming its uploads. Capture phase: Monaco would take a drop on an editor, and the
   * browser would navigate to a file dropped elsewhere.
   */
  private listenForDrops(): void {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
    const setDragging = (on: boolean) => {
      if (this.dragging === on) return;
      this.dragging = on;
      this.requestUpdate();
    };
    window.addEventListener(
      'dragover',
      (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.stopPropagation();
        e.dataTransfer!.dropEffect = 'copy';
        setDragging(true);
      },
      { capture: true },
    );
    window.addEventListener('dragleave', (e) => {
      // Leaving the window: no related target (moving between elements has one).
      if (!e.relatedTarget) setDragging(false);
    });
    window.addEventListener(
      'drop',
      (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.stopPropagation();
        setDragging(false);
        // The teacher's page, when open, takes the drop: submissions to grade (a folder too).
        if (this.grader?.open) void this.grader.drop(e.dataTransfer!);
        else void this.dropped(Array.from(e.dataTransfer!.files));
      },
      { capture: true },
    );
  }

  private async dropped(files: File[]): Promise<void> {
    const notebook = files.find((f) => isNotebookFile(f.name));
    if (!notebook) return this.controller.files.add(files);
    const rest = files.filter((f) => !isNotebookFile(f.name));
    if ((await this.controller.openFile(notebook)) && rest.length) await this.controller.files.add(rest);
  }

  private cellElement(id: string | null): NbCell | null {
    return id ? this.querySelector<NbCell>(`nb-cell[data-id="${CSS.escape(id)}"]`) : null;
  }

  private get grader(): NbGrader | null {
    return this.querySelector('nb-grader');
  }

  private get list(): HTMLElement | null {
    return this.querySelector('.nb-cells');
  }

  /** Focus follows the mode after each render: the editor in edit mode, the list in command mode. */
  protected override updated(): void {
    const c = this.controller;
    if (!c) return;
    const el = this.cellElement(c.activeId);
    if (c.mode === 'command') {
      const a = document.activeElement as HTMLElement | null;
      const inEditor = !!a?.closest('.nb-editor');
      if (inEditor || a === document.body || !a) this.list?.focus({ preventScroll: true });
    }
    if (el && this.lastScrolled !== c.activeId) {
      this.lastScrolled = c.activeId;
      el.scrollIntoView({ block: 'nearest' });
    }
  }
  private lastScrolled: string | null = null;

  private onKey(e: KeyboardEvent): void {
    const c = this.controller;
    const t = e.target as HTMLElement;
    if (t.closest('dialog, nb-toolbar') || (t.matches('input, select, textarea, button') && !t.closest('.nb-editor'))) return;
    const inEditor = !!t.closest('.nb-editor');
    const mode = inEditor ? 'edit' : 'command';
    const command = this.keys.handle(e, mode);
    if (!command) return;
    if (command === 'command-mode') {
      const ed = this.cellElement(c.activeId)?.editor.editor;
      if (ed && widgetOpen(ed)) return; // Esc closes the suggestion list first
    }
    e.preventDefault();
    e.stopPropagation();
    void this.command(command);
  }

  /** Collapses or expands a heading's section; a selection inside a collapsed section moves to its heading. */
  private collapse(id: string, collapsed: boolean): void {
    const c = this.controller;
    c.setCollapsed(id, collapsed);
    if (collapsed && c.activeId && collapsedSections(c.doc.cells).hidden.has(c.activeId)) c.select(id, 'command');
  }

  /** Runs a command by name (keys, toolbar, menus, tests). */
  async command(command: Command | string): Promise<void> {
    const c = this.controller;
    const active = c.active;
    switch (command) {
      case 'run-advance':
        if (active && active.cell_type !== 'code') {
          if (!c.selectStep(1)) c.insert('below', 'code', 'command');
        } else c.runActive('advance');
        break;
      case 'run':
        if (active && active.cell_type !== 'code') c.select(active.id, 'command');
        else c.runActive('stay');
        break;
      case 'run-insert':
        if (active && active.cell_type !== 'code') c.insert('below', 'code', 'edit');
        else c.runActive('insert');
        break;
      case 'edit':
        if (active) c.select(active.id, 'edit');
        break;
      case 'command-mode':
        this.cellElement(c.activeId)?.editor.blur();
        c.select(c.activeId, 'command');
        this.list?.focus({ preventScroll: true });
        break;
      case 'select-prev':
        c.selectStep(-1);
        break;
      case 'select-next':
        c.selectStep(1);
        break;
      case 'toggle-toc':
        this.tocOpen = !this.tocOpen;
        setPanelPref('toc', this.tocOpen);
        this.requestUpdate();
        break;
      case 'theme-auto':
      case 'theme-light':
      case 'theme-dark':
        setThemeChoice(command.slice(6) as ThemeChoice);
        this.requestUpdate();
        break;
      case 'toggle-variables':
        this.variables.setOpen(!this.variables.isOpen);
        setPanelPref('variables', this.variables.isOpen);
        break;
      case 'select-first':
        c.selectAt(0);
        break;
      case 'select-last':
        c.selectAt(c.doc.cells.length - 1);
        break;
      case 'insert-above':
        c.insert('above');
        break;
      case 'insert-below':
        c.insert('below');
        break;
      case 'delete':
        c.deleteActive();
        break;
      case 'undo-delete':
        c.undoDelete();
        break;
      case 'to-code':
        c.setType('code');
        break;
      case 'to-markdown':
        c.setType('markdown');
        break;
      case 'to-raw':
        c.setType('raw');
        break;
      case 'copy':
        c.copy();
        break;
      case 'cut':
        c.cut();
        break;
      case 'paste-below':
        c.paste('below');
        break;
      case 'paste-above':
        c.paste('above');
        break;
      case 'move-up':
        c.move(-1);
        break;
      case 'move-down':
        c.move(1);
        break;
      case 'clear-output':
        c.clearOutput();
        break;
      case 'clear-all':
        c.clearAllOutputs();
        break;
      case 'save':
        await c.save(c.saveState === 'error');
        break;
      case 'reset-original':
        await this.resetToOriginal();
        break;
      case 'share':
      case 'share-students': {
        const dialog = this.querySelector<NbShare>('nb-share');
        if (dialog) {
          // The student copy's link (exercises' "Student link") is always without outputs.
          dialog.make = command === 'share' ? (outputs) => this.controller.shareLink(outputs) : () => this.exercises.studentLink();
          dialog.students = command === 'share-students';
          await dialog.show();
        }
        break;
      }
      case 'help':
        this.querySelector<NbHelp>('nb-help')?.show();
        break;
      case 'toggle-authoring':
        this.authoring = !this.authoring;
        this.requestUpdate();
        break;
      case 'grade-submissions':
        if (this.grader && this.createClient) await openGrader(this.grader, c, this.createClient);
        break;
      case 'interrupt':
        c.interrupt();
        break;
      case 'restart':
        if (await this.confirmRestart('Restart')) await c.restart();
        break;
      case 'restart-run-all':
        if (await this.confirmRestart('Restart and run all')) await c.restartRunAll();
        break;
      case 'restart-clear':
        if (!(await this.confirmRestart('Restart and clear outputs'))) break;
        await c.restart();
        c.clearAllOutputs();
        break;
      case 'run-all':
        await c.runAll();
        break;
      case 'run-above':
        await c.runAbove();
        break;
      case 'run-below':
        await c.runBelow();
        break;
      case 'new-notebook':
        await c.create(newNotebook(), 'Untitled');
        break;
      case 'open-list': {
        await c.refreshList();
        const list = this.querySelector<NbNotebookList>('nb-notebook-list');
        list?.show();
        void storageStatus().then((st) => list && (list.storage = st));
        break;
      }
      case 'backup-download':
        await this.downloadBackup();
        break;
      case 'backup-restore':
        this.querySelector<HTMLInputElement>('input.nb-restore')?.click();
        break;
      case 'rename':
        await this.askRename(c.meta?.id, c.meta?.name ?? '');
        break;
      case 'duplicate':
        await c.duplicate();
        break;
      case 'delete-notebook':
        if (c.meta && confirm(`Delete "${c.meta.name}"? This cannot be undone.`)) await c.remove();
        break;
      case 'export-ipynb':
        this.download();
        break;
      case 'export-html':
        await this.downloadHtml();
        break;
      case 'import-ipynb':
        this.querySelector<HTMLInputElement>('input.nb-import')?.click();
        break;
      case 'upload-files':
        this.querySelector<HTMLInputElement>('input.nb-upload')?.click();
        break;
      case 'open-url': {
        const url = prompt('Open a notebook from a URL (.ipynb; it runs nothing until you ask)', '');
        if (url && url.trim()) await c.openLink({ kind: 'url', url: url.trim() });
        break;
      }
    }
  }

  private async listAction(d: { action: string; id?: string; name?: string }): Promise<void> {
    const c = this.controller;
    const dialog = this.querySelector<NbNotebookList>('nb-notebook-list');
    if (d.action === 'open' && d.id) {
      await c.open(d.id);
      dialog?.close();
    } else if (d.action === 'rename' && d.id && d.name) await c.rename(d.name, d.id);
    else if (d.action === 'ask-rename' && d.id) await this.askRename(d.id, d.name ?? '');
    else if (d.action === 'duplicate' && d.id) await c.duplicate(d.id);
    else if (d.action === 'delete' && d.id) await c.remove(d.id);
    else if (d.action === 'new') {
      await c.create(newNotebook(), 'Untitled');
      dialog?.close();
    } else if (d.action === 'open-example' && d.id && findExample(d.id)) {
      await c.openLink({ kind: 'example', id: d.id });
      dialog?.close();
    }
  }

  private get ask(): NbAsk {
    return this.querySelector('nb-ask')!;
  }

  /** Restarting loses every variable: asked first, unless "Don't ask again" was ticked. */
  private confirmRestart(what: string): Promise<boolean> {
    return this.ask.confirm({
      title: `${what}?`,
      message: 'Restarting the kernel loses every variable this notebook defined; outputs stay until cells run again.',
      ok: what,
      remember: 'restart',
    });
  }

  /** Rename in the page's dialog. */
  private async askRename(id: string | undefined, name: string): Promise<void> {
    if (!id) return;
    const next = await this.ask.prompt({ title: 'Rename notebook', label: 'Name', value: name, ok: 'Rename' });
    if (next?.trim()) await this.controller.rename(next, id);
  }

  /** The open notebook as .ipynb text (what Download .ipynb saves): renditions of every array output, the title in metadata. */
  exportText(): string {
    const c = this.controller;
    return exportIpynb(c.doc, { title: c.meta?.name, rendition: arrayRendition, figureRendition });
  }

  /**
   * The open notebook as one self-contained HTML page (what Download as HTML saves; the
   * export code is loaded on first use): its renditions, the .ipynb inside, an "Open in
   * Numbook" link back to this app.
   */
  async exportHtmlText(): Promise<string> {
    const c = this.controller;
    const [{ exportHtml }, openLink] = await Promise.all([import('../sharing/html-export'), c.appLink()]);
    return exportHtml(c.doc, { title: c.meta?.name, rendition: arrayRendition, figureRendition, openLink });
  }

  private save(text: string, type: string, extension: string): void {
    download(`${this.controller.meta?.name ?? 'notebook'}.${extension}`, text, type);
  }

  /** File > Reset to shared version: the notebook as it arrived from its link or file, after asking. */
  private async resetToOriginal(): Promise<void> {
    const c = this.controller;
    if (!c.hasOriginal) {
      alert('This notebook did not come from a link or a file, so there is no shared version to go back to.');
      return;
    }
    if (confirm('Reset this notebook to the version you received? Your changes to it will be lost.')) await c.resetToOriginal();
  }

  private download(): void {
    this.save(this.exportText(), 'application/x-ipynb+json', 'ipynb');
  }

  private async downloadHtml(): Promise<void> {
    this.save(await this.exportHtmlText(), 'text/html', 'html');
  }

  /** File ▸ Download all notebooks: one zip of every notebook and its files (web/storage/backup.ts). */
  private async downloadBackup(): Promise<void> {
    const c = this.controller;
    await c.flush();
    try {
      const { bytes } = await makeBackup();
      download(`numbook-backup-${new Date().toISOString().slice(0, 10)}.zip`, bytes, 'application/zip');
    } catch (e) {
      c.tell({ error: `Could not make the backup: ${storage.describeStorageError(e)}.` });
    }
  }

  /** File ▸ Restore from backup: the zip's notebooks and files back into storage, nothing overwritten. */
  private async restore(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const c = this.controller;
    let message: { notice?: string; error: string };
    try {
      const r = await restoreBackup(new Uint8Array(await file.arrayBuffer()));
      const parts = [`${r.restored + r.copies} notebook${r.restored + r.copies === 1 ? '' : 's'} restored`];
      if (r.copies) parts.push(`${r.copies} as "(restored)" copies beside changed ones`);
      if (r.unchanged) parts.push(`${r.unchanged} already here unchanged`);
      parts.push(`${r.files} file${r.files === 1 ? '' : 's'}`);
      message = { notice: `From ${file.name}: ${parts.join(', ')}. Open them from Notebooks.`, error: '' };
    } catch (err) {
      // A backup that cannot be read is refused before anything is written.
      const unread = ['BackupError', 'NotebookError'].includes((err as Error).name);
      message = { error: `Could not restore ${file.name}: ${storage.describeStorageError(err)}.${unread ? ' Nothing was changed.' : ''}` };
    }
    await c.refreshList();
    c.tell(message);
  }

  private upload(e: Event): void {
    const input = e.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length) void this.controller.files.add(files);
  }

  private async importFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.controller.openFile(file);
  }

  /** A notebook in another language (a Python notebook from Jupyter) says so: its cells are not TypeScript. */
  private renderLanguageBanner() {
    const c = this.controller;
    const lang = foreignLanguage(c.doc);
    const id = c.meta?.id ?? null;
    if (!lang || this.languageDismissed === id) return nothing;
    const kernel = c.doc.metadata.kernelspec?.display_name;
    return html`<div class="nb-banner nb-language" role="status">
      This notebook's code is ${lang}${kernel ? ` (kernel "${kernel}")` : ''}, not TypeScript: its outputs are shown as saved, and its code cells would not run here as they are. Nothing was run.
      <button type="button" data-action="dismiss" @click=${() => {
        this.languageDismissed = id;
        this.requestUpdate();
      }}>Dismiss</button>
    </div>`;
  }

  protected override render() {
    const c = this.controller;
    if (!c) return nothing;
    const active = c.active;
    const codeLanguage = foreignLanguage(c.doc) ? 'plaintext' : 'typescript';
    const sections = collapsedSections(c.doc.cells);
    return html`<nb-toolbar
        .name=${c.meta?.name ?? ''}
        .kernelState=${c.kernelState}
        .kernelReason=${c.kernelReason}
        .kernelNote=${c.kernelNote}
        .saveState=${c.saveState}
        .saveError=${c.saveError}
        .cellType=${active?.cell_type ?? ''}
        .theme=${themeChoice()}
      ></nb-toolbar>
      <nb-exercise-progress .doc=${c.doc} .controller=${this.exercises}></nb-exercise-progress>
      ${c.notice
        ? html`<div class="nb-banner nb-notice" role="status">
            ${c.notice}
            ${c.hasOriginal ? html`<button type="button" data-action="reset-original" @click=${() => void this.resetToOriginal()}>Reset to shared version</button>` : nothing}
            <button type="button" data-action="dismiss" @click=${() => c.dismissNotice()}>Dismiss</button>
          </div>`
        : nothing}
      ${c.linkError
        ? html`<div class="nb-banner nb-link-error" role="alert">
            ${c.linkError} The open notebook was not changed.
            <button type="button" data-action="dismiss" @click=${() => c.dismissLinkError()}>Dismiss</button>
          </div>`
        : nothing}
      ${c.files.error
        ? html`<div class="nb-banner nb-files-error" role="alert">
            ${c.files.error}
            <button type="button" data-action="dismiss" @click=${() => c.files.dismissError()}>Dismiss</button>
          </div>`
        : nothing}
      ${this.renderLanguageBanner()}
      <nb-files .files=${c.files.files}></nb-files>
      ${c.saveState === 'conflict'
        ? html`<div class="nb-banner nb-conflict" role="alert">
            ${c.saveError} Nothing was overwritten.
            <button type="button" data-action="load-theirs" @click=${() => void c.loadTheirs()}>Load the saved version</button>
            <button type="button" data-action="keep-mine" @click=${() => void c.keepMine()}>Keep this tab's version</button>
          </div>`
        : nothing}
      ${c.saveState === 'error'
        ? html`<div class="nb-banner nb-save-error" role="alert">
            Not saved: ${c.saveError}. Your changes are kept in this tab; nothing saved before was lost.
            <button type="button" @click=${() => void c.save(true)}>Try again</button>
            <button type="button" @click=${() => this.download()}>Download .ipynb</button>
          </div>`
        : nothing}
      <div class="nb-body">
      <nb-toc ?open=${this.tocOpen} .headings=${this.tocOpen ? outline(c.doc.cells) : []} .current=${this.tocOpen ? sectionOf(c.doc.cells, c.activeId) : null}></nb-toc>
      <main class="nb-cells" tabindex="-1" aria-label="Cells" data-mode=${c.mode}>
        ${repeat(
          c.doc.cells,
          (cell) => cell.id,
          (cell) => html`<nb-cell
            ?hidden=${sections.hidden.has(cell.id)}
            .hiddenCells=${sections.counts.get(cell.id)}
            .cell=${cell}
            .active=${cell.id === c.activeId}
            .editing=${cell.id === c.activeId && c.mode === 'edit'}
            .run=${c.runs.get(cell.id)}
            .now=${c.runs.get(cell.id)?.state === 'running' ? c.now : 0}
            .codeLanguage=${codeLanguage}
            .authoring=${this.authoring}
          ></nb-cell>`,
        )}
        <div class="nb-adds">
          <button type="button" class="nb-add" @click=${() => {
            c.selectAt(c.doc.cells.length - 1);
            c.insert('below', 'code', 'edit');
          }}>+ Code</button>
          <button type="button" class="nb-add" @click=${() => {
            c.selectAt(c.doc.cells.length - 1);
            c.insert('below', 'markdown', 'edit');
          }}>+ Markdown</button>
        </div>
      </main>
      <nb-variables ?open=${this.variables.isOpen} .rows=${this.variables.rows} .shown=${this.variables.shown}></nb-variables>
      </div>
      <nb-help></nb-help>
      <nb-ask></nb-ask>
      <nb-share></nb-share>
      <nb-grader></nb-grader>
      <nb-exercise-editor></nb-exercise-editor>
      <nb-notebook-list .notebooks=${c.notebooks} .examples=${EXAMPLES} .current=${c.meta?.id ?? ''}></nb-notebook-list>
      <input class="nb-import" type="file" accept=".ipynb,.html,.htm,application/json,text/html" hidden @change=${(e: Event) => void this.importFile(e)} />
      <input class="nb-restore" type="file" accept=".zip,application/zip" hidden aria-label="Restore from backup" @change=${(e: Event) => void this.restore(e)} />
      <input class="nb-upload" type="file" multiple hidden aria-label="Upload files" @change=${(e: Event) => this.upload(e)} />
      ${this.dragging ? html`<div class="nb-drop-hint" aria-hidden="true">Drop files: cells read them by name, e.g. <code>await loadImage("scene.png")</code>; a notebook (.ipynb, or a page from Download as HTML) opens as a copy</div>` : nothing}`;
  }
}

/** Side panels stay as the user left them, across reloads (a per-browser preference, not the notebook's). */
function panelPref(name: string): boolean {
  try {
    return localStorage.getItem(`numbook:panel:${name}`) === 'open';
  } catch {
    return false;
  }
}

function setPanelPref(name: string, open: boolean): void {
  try {
    localStorage.setItem(`numbook:panel:${name}`, open ? 'open' : 'closed');
  } catch {
    // Storage refused (private mode): the panel just does not remember.
  }
}

customElements.define('nb-notebook', NbNotebook);

declare global {
  interface HTMLElementTagNameMap {
    'nb-notebook': NbNotebook;
  }
}
