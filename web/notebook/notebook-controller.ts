/**
 * NotebookController: the notebook's state and everything asynchronous about it, as a
 * lit reactive controller of <nb-notebook> (which only renders it):
 *
 * - the document (plain nbformat data, notebook-model.ts), the active cell, the mode,
 *   clipboard and deleted-cell undo;
 * - running cells on the kernel (web/kernel-client/kernel-client.ts): `[*]` while queued or running,
 *   outputs as they come, the count and elapsed time when done, Jupyter's abort rule;
 * - autosave to IndexedDB (storage.ts): every change is saved within a second (400 ms
 *   after the last change, at most 1 s after the first unsaved one), the state shown as
 *   saved / unsaved / saving / error / conflict. A save is based on the revision this tab
 *   loaded or last saved: when another tab saved in between, nothing is overwritten and
 *   the user chooses (load theirs, or keep this tab's). A failed save (quota) says why
 *   and keeps the changes in memory, shown unsaved, retried on the next change or Ctrl+S;
 * - the TypeScript models of every code cell (editor.ts), so later cells know earlier
 *   cells' declarations even before their editors exist;
 * - the open notebook's uploaded files and working directory (notebook-files.ts);
 * - opening from a link (`?url=`, `?example=`: notebook-link.ts), a share link (`#nb=1.…`:
 *   share-link.ts) or an example as a new stored copy, with a notice naming where it came
 *   from; a link that fails says why and leaves the open notebook as it was;
 * - opening a notebook file (File > Import, a drop): an .ipynb or an HTML page exported
 *   by Download as HTML (notebook-file.ts), as a new stored copy;
 * - making a share link of the open notebook.
 *
 * Opening a notebook never runs it: cells run only when the user asks.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KernelState } from '../../kernel/protocol';
import { KERNEL_DIED, type KernelClient } from '../kernel-client/kernel-client';
import { requestPersistence } from '../storage/storage-persist';
import { COLLAPSED_KEY, collapsedSections, headingsHiding } from './headings';
import * as model from './notebook-model';
import type { Cell, CellType, Notebook } from './notebook-model';
import type { Mode } from './keyboard';
import type { CellRun } from './nb-cell';
import * as storage from '../storage/storage';
import type { NotebookMeta } from '../storage/storage';
import { loadMonaco, modelFor, pruneModels, monacoInstance } from '../editor/editor';
import { NotebookFiles } from '../storage/notebook-files';
import { copyFiles, deleteFiles } from '../storage/file-store';
import { workingDirectory } from '../sharing/notebook-location';
import { linkRequest, openLink, type LinkRequest } from '../sharing/notebook-link';
import { decodeShare, encodeShare, shareUrl, shareValue, SHARE_MAX_LENGTH } from '../sharing/share-link';
import { notebookFileText, type NotebookFileLike } from '../sharing/notebook-file';
import { importIpynb } from '../sharing/ipynb-import';
import { CellOutputs } from '../outputs/output-limits';
import type { Output as KernelOutput } from '../../kernel/protocol';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict';

const SAVE_QUIET_MS = 400;
const SAVE_MAX_MS = 1000;

export class NotebookController implements ReactiveController {
  doc: Notebook = model.newNotebook([]);
  meta: NotebookMeta | null = null;
  activeId: string | null = null;
  mode: Mode = 'command';
  /** Per-cell execution state of this session (not saved). */
  runs = new Map<string, CellRun>();
  kernelState: KernelState = 'starting';
  kernelReason = '';
  saveState: SaveState = 'saved';
  saveError = '';
  notebooks: NotebookMeta[] = [];
  /** A notebook was opened: true until the first load finishes. */
  loading = true;
  /** Why the last link, example or imported file could not be opened ('' if it could). */
  linkError = '';
  /** Where the open notebook came from, when that was a link or a file ('' otherwise). */
  notice = '';
  /** The open notebook came from a link or a file, and what arrived is kept (it can be reset to it). */
  hasOriginal = false;
  /** Said beside the kernel's state after a notebook got a fresh kernel ('' otherwise). */
  kernelNote = '';
  /** A cell ran on the current kernel: another notebook opened now gets a fresh one. */
  private kernelUsed = false;
  /** The open notebook's uploaded files, read by cells by name. */
  readonly files: NotebookFiles;
  /** The open notebook's stored files are loaded (opening does not wait for them; running does). */
  private filesReady: Promise<void> = Promise.resolve();

  private clipboard: Cell[] = [];
  private deleted: { cells: Cell[]; index: number }[] = [];
  private base = 0;
  private dirtySince = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private activeTimer: ReturnType<typeof setTimeout> | null = null;
  /** Each cell's last run's outputs within the limits (output-limits.ts). */
  private limited = new Map<string, CellOutputs>();
  /** Outputs arrived since the last frame, drawn together (a flood of messages is one render per frame). */
  private arrived: { id: string; outs: CellOutputs; o: KernelOutput }[] = [];
  private arrivedTimer: ReturnType<typeof setTimeout> | null = null;
  now = performance.now();

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly client: KernelClient,
  ) {
    host.addController(this);
    this.files = new NotebookFiles(client, () => this.changed());
    this.kernelState = client.state;
    client.on((m) => {
      if (m.type === 'status') {
        this.kernelState = m.state;
        this.kernelReason = m.reason ?? '';
        // Said beside the state until a cell runs again, as Jupyter's dialog.
        if (m.state === 'restarting' && m.reason === KERNEL_DIED) this.kernelNote = KERNEL_DIED;
        this.changed();
      }
    });
    storage.onStorageEvent((e) => void this.onStorageEvent(e));
    addEventListener('beforeunload', (e) => {
      if (this.saveState !== 'saved') {
        void this.save();
        e.preventDefault();
      }
    });
  }

  hostConnected(): void {}
  hostDisconnected(): void {}

  private changed(): void {
    this.host.requestUpdate();
  }

  // ---- opening -------------------------------------------------------------------------

  /**
   * Opens the notebook the URL links to (?url=, ?example=: a new stored copy), else the
   * one it names (#nb=<id>), else the last one, else a new one.
   */
  async start(welcome: () => Notebook, welcomeName = 'Welcome'): Promise<void> {
    const shared = shareValue(location.hash);
    if (shared !== null) {
      // The link's copy becomes #nb=<id> once stored; a failed one leaves the fragment out.
      history.replaceState(null, '', location.pathname + location.search);
      if (await this.openShared(shared)) return;
    }
    const link = linkRequest(location.search);
    if (link) {
      // Once opened, the copy is #nb=<id>: a reload must not make another one.
      history.replaceState(null, '', location.pathname + location.hash);
      if (await this.openLink(link)) return;
    }
    const fromHash = new URLSearchParams(location.hash.slice(1)).get('nb');
    const id = fromHash ?? (await storage.lastOpened().catch(() => undefined));
    if (id && (await this.open(id))) return;
    await this.create(welcome(), welcomeName);
  }

  /**
   * Opens a link's notebook (a URL, an example) as a new stored copy, running nothing.
   * False, with `linkError` saying why, when it cannot: the open notebook stays as it was.
   */
  async openLink(link: LinkRequest): Promise<boolean> {
    this.linkError = '';
    try {
      const { notebook, name } = await openLink(link, document.baseURI);
      if (link.kind === 'url') await this.openCopy(notebook, name, `Opened from ${link.url}`);
      else await this.create(notebook, name);
      return true;
    } catch (e) {
      this.linkError = (e as Error).message;
      this.changed();
      return false;
    }
  }

  /** Opens a share link's notebook (`#nb=1.…`) as a new stored copy, running nothing. */
  async openShared(value: string): Promise<boolean> {
    this.linkError = '';
    try {
      const notebook = await decodeShare(value);
      await this.openCopy(notebook, model.titleOf(notebook) ?? 'Shared notebook', 'Opened from a share link');
      return true;
    } catch (e) {
      this.linkError = (e as Error).message;
      this.changed();
      return false;
    }
  }

  /** A share link of the open notebook (sources; outputs too if asked). */
  async shareLink(outputs: boolean): Promise<string> {
    return shareUrl(location.href, await encodeShare(this.doc, { outputs }));
  }

  /**
   * The "Open in Numbook" link of an exported HTML page: a share link of the notebook, with
   * its outputs when that fits a link (SHARE_MAX_LENGTH), else its sources; null when the
   * app's address is not http(s) or even the sources do not fit.
   */
  async appLink(): Promise<string | null> {
    if (!/^https?:$/.test(location.protocol)) return null;
    for (const outputs of [true, false]) {
      const value = await encodeShare(this.doc, { outputs });
      if (value.length <= SHARE_MAX_LENGTH) return shareUrl(location.href, value);
    }
    return null;
  }

  /**
   * Opens a file (File > Import, a drop) as a new stored notebook, running nothing: an
   * .ipynb, or an HTML page Download as HTML made. False, with `linkError` saying why, when
   * it is not one (or is over 50 MB: notebook-file.ts): the open notebook stays as it was.
   */
  async openFile(file: NotebookFileLike): Promise<boolean> {
    this.linkError = '';
    let text: string;
    try {
      text = await notebookFileText(file);
    } catch (e) {
      this.linkError = `Could not import ${file.name}: ${(e as Error).message}.`;
      this.changed();
      return false;
    }
    return this.importFile(file.name, text);
  }

  /**
   * Opens an .ipynb file's text (File > Import) as a new stored notebook, running nothing.
   * False, with `linkError` saying why, when it is not a notebook this app can read
   * (ipynb-validate.ts): the open notebook stays as it was. Named by the title stored in
   * the file, else its first heading, else the file's name.
   */
  async importFile(fileName: string, text: string): Promise<boolean> {
    this.linkError = '';
    let notebook: Notebook;
    try {
      notebook = importIpynb(text);
    } catch (e) {
      this.linkError = `Could not import ${fileName}: ${(e as Error).message}.`;
      this.changed();
      return false;
    }
    await this.openCopy(notebook, model.titleOf(notebook) ?? (fileName.replace(/\.(ipynb|html?)$/i, '') || 'Imported notebook'), `Imported from ${fileName}`);
    return true;
  }

  /**
   * A notebook from elsewhere (a link, a share link, a file) as a new stored copy: the
   * original is never overwritten, and what arrived is kept so that "Reset to shared
   * version" can bring it back. `from` starts the notice ("Opened from a share link").
   */
  private async openCopy(notebook: Notebook, name: string, from: string): Promise<void> {
    await this.create(notebook, name);
    if (this.meta) {
      const id = this.meta.id;
      await storage.saveOriginal(id, notebook, from).then(() => (this.hasOriginal = this.meta?.id === id), () => {});
    }
    this.notice = `${from}, as a new copy of your own: nothing has run. Run cells when you trust them.`;
    this.changed();
  }

  /** Puts the open notebook back as it arrived from its link or file (asks first: edits are lost). */
  async resetToOriginal(): Promise<boolean> {
    const id = this.meta?.id;
    const original = id ? await storage.loadOriginal(id).catch(() => undefined) : undefined;
    if (!original || this.meta?.id !== id) return false;
    this.edit(() => structuredClone(original.notebook));
    this.runs.clear();
    this.activeId = this.doc.cells[0]?.id ?? null;
    this.syncModels();
    this.notice = `${original.from}: reset to the version you received. Nothing has run.`;
    this.changed();
    return true;
  }

  /** Shows the page's notice and error banners (a backup restored, or why not); '' clears one. */
  tell(message: { notice?: string; error?: string }): void {
    if (message.notice !== undefined) this.notice = message.notice;
    if (message.error !== undefined) this.linkError = message.error;
    this.changed();
  }

  dismissLinkError(): void {
    this.linkError = '';
    this.changed();
  }

  dismissNotice(): void {
    this.say('');
  }

  /** Shows a notice above the cells ('' hides it). */
  say(notice: string): void {
    this.notice = notice;
    this.changed();
  }

  async refreshList(): Promise<void> {
    this.notebooks = await storage.listNotebooks().catch(() => []);
    this.changed();
  }

  /** Opens a stored notebook; false if there is none with that id. */
  async open(id: string): Promise<boolean> {
    await this.flush();
    const stored = await storage.loadNotebook(id).catch(() => undefined);
    if (!stored) return false;
    const active = stored.active;
    this.show(stored.meta, stored.notebook);
    this.activeId = active && model.getCell(this.doc, active) ? active : (this.doc.cells[0]?.id ?? null);
    this.changed();
    void storage.setLastOpened(id).catch(() => {});
    return true;
  }

  private show(meta: NotebookMeta, notebook: Notebook): void {
    // One kernel per notebook, as Jupyter's: another notebook never sees this one's variables.
    // Keeping a kernel per open notebook would hold every one's arrays: restart instead.
    if (this.meta?.id !== meta.id && this.kernelUsed) {
      this.kernelUsed = false;
      this.kernelNote = 'new kernel for this notebook';
      void this.client.restart();
    }
    if (this.meta?.id !== meta.id) {
      this.hasOriginal = false;
      const id = meta.id;
      void storage.loadOriginal(id).then((o) => {
        if (o && this.meta?.id === id) {
          this.hasOriginal = true;
          this.changed();
        }
      }, () => {});
    }
    this.meta = meta;
    this.base = meta.revision;
    this.doc = notebook;
    this.runs.clear();
    this.deleted = [];
    this.mode = 'command';
    this.saveState = 'saved';
    this.saveError = '';
    this.loading = false;
    this.notice = '';
    if (location.hash !== `#nb=${meta.id}`) history.replaceState(null, '', `#nb=${meta.id}`);
    document.title = `${meta.name} - Numbook`;
    this.filesReady = this.files.open(meta.id, workingDirectory(notebook, document.baseURI));
    this.syncModels();
    this.changed();
  }

  async create(notebook: Notebook = model.newNotebook(), name = 'Untitled'): Promise<void> {
    await this.flush();
    try {
      const meta = await storage.createNotebook(notebook, name);
      this.show(meta, notebook);
      this.activeId = notebook.cells[0]?.id ?? null;
    } catch (e) {
      // Storage unavailable: work in memory, say so.
      this.show({ id: model.newId(), name, created: Date.now(), modified: Date.now(), revision: 0 }, notebook);
      this.activeId = notebook.cells[0]?.id ?? null;
      this.saveState = 'error';
      this.saveError = storage.describeStorageError(e);
    }
    void this.refreshList();
    this.changed();
  }

  async rename(name: string, id = this.meta?.id): Promise<void> {
    if (!id || !name.trim()) return;
    await storage.renameNotebook(id, name.trim());
    if (this.meta?.id === id) {
      this.meta = { ...this.meta, name: name.trim() };
      document.title = `${this.meta.name} - Numbook`;
    }
    await this.refreshList();
  }

  async duplicate(id = this.meta?.id): Promise<void> {
    if (!id) return;
    await this.flush();
    const meta = await storage.duplicateNotebook(id);
    if (meta) await copyFiles(id, meta.id).catch(() => {});
    if (meta) await this.open(meta.id);
    await this.refreshList();
  }

  async remove(id = this.meta?.id): Promise<void> {
    if (!id) return;
    await storage.deleteNotebook(id);
    void deleteFiles(id).catch(() => {});
    if (this.meta?.id === id) {
      this.meta = null;
      this.saveState = 'saved';
      if (this.timer) clearTimeout(this.timer);
      const rest = await storage.listNotebooks();
      if (rest[0]) await this.open(rest[0].id);
      else await this.create();
    }
    await this.refreshList();
  }

  // ---- editing -------------------------------------------------------------------------

  /** Applies a change to the document and schedules the autosave. */
  edit(f: (nb: Notebook) => Notebook): void {
    const next = f(this.doc);
    if (next === this.doc) return;
    this.doc = next;
    this.markDirty();
    this.changed();
  }

  get active(): Cell | undefined {
    return this.activeId ? model.getCell(this.doc, this.activeId) : undefined;
  }

  get activeIndex(): number {
    return this.activeId ? model.indexOf(this.doc, this.activeId) : -1;
  }

  select(id: string | null, mode: Mode = this.mode): void {
    if (id === this.activeId && mode === this.mode) return;
    this.activeId = id;
    this.mode = id ? mode : 'command';
    // The active cell is remembered apart from the document (no new revision per move).
    if (this.activeTimer) clearTimeout(this.activeTimer);
    const nb = this.meta?.id;
    this.activeTimer = setTimeout(() => nb && id && void storage.setActive(nb, id).catch(() => {}), 200);
    this.changed();
  }

  selectAt(index: number, mode: Mode = 'command'): void {
    const cells = this.doc.cells;
    if (!cells.length) return this.select(null);
    this.select(cells[Math.max(0, Math.min(cells.length - 1, index))].id, mode);
  }

  /** Selects the next (1) or previous (-1) cell the reader can see, stepping over collapsed sections; false at the end. */
  selectStep(delta: 1 | -1, mode: Mode = 'command'): boolean {
    const cells = this.doc.cells;
    const { hidden } = collapsedSections(cells);
    for (let i = this.activeIndex + delta; i >= 0 && i < cells.length; i += delta) {
      if (hidden.has(cells[i].id)) continue;
      this.select(cells[i].id, mode);
      return true;
    }
    return false;
  }

  /** Collapses or expands a heading's section (JupyterLab's cell metadata, so it is saved). */
  setCollapsed(id: string, collapsed: boolean): void {
    this.edit((nb) =>
      model.updateCell(nb, id, (c) => {
        const { [COLLAPSED_KEY]: _, ...rest } = c.metadata;
        return { ...c, metadata: collapsed ? { ...rest, [COLLAPSED_KEY]: true } : rest };
      }),
    );
  }

  /** Selects a cell and scrolls to it, opening the collapsed sections that hide it (the table of contents' click). */
  reveal(id: string): void {
    for (const h of headingsHiding(this.doc.cells, id)) this.setCollapsed(h, false);
    this.select(id, 'command');
  }

  setSource(id: string, source: string): void {
    this.edit((nb) => model.setSource(nb, id, source));
  }

  insert(where: 'above' | 'below', type: CellType = 'code', mode: Mode = 'command'): Cell {
    const cell = model.newCell(type);
    const i = this.activeIndex;
    this.edit((nb) => model.insertCells(nb, i < 0 ? nb.cells.length : where === 'above' ? i : i + 1, [cell]));
    this.syncModels();
    this.select(cell.id, mode);
    return cell;
  }

  deleteActive(): void {
    const i = this.activeIndex;
    const c = this.active;
    if (!c) return;
    this.deleted.push({ cells: [c], index: i });
    this.edit((nb) => model.deleteCells(nb, [c.id]));
    if (!this.doc.cells.length) {
      const fresh = model.newCell('code');
      this.edit((nb) => model.insertCells(nb, 0, [fresh]));
    }
    this.syncModels();
    this.selectAt(Math.min(i, this.doc.cells.length - 1), 'command');
  }

  undoDelete(): void {
    const d = this.deleted.pop();
    if (!d) return;
    this.edit((nb) => model.insertCells(nb, d.index, d.cells));
    this.syncModels();
    this.select(d.cells[0].id, 'command');
  }

  copy(): void {
    if (this.active) this.clipboard = [structuredClone(this.active)];
  }

  cut(): void {
    this.copy();
    this.deleteActive();
  }

  paste(where: 'above' | 'below'): void {
    if (!this.clipboard.length) return;
    const cells = model.cloneCells(this.clipboard);
    const i = this.activeIndex;
    this.edit((nb) => model.insertCells(nb, i < 0 ? nb.cells.length : where === 'above' ? i : i + 1, cells));
    this.syncModels();
    this.select(cells[cells.length - 1].id, 'command');
  }

  move(delta: number): void {
    if (this.activeId) this.edit((nb) => model.moveCell(nb, this.activeId!, delta));
  }

  setType(type: CellType): void {
    if (!this.activeId) return;
    this.edit((nb) => model.setCellType(nb, this.activeId!, type));
    this.syncModels();
  }

  clearOutput(id = this.activeId ?? undefined): void {
    if (!id) return;
    this.runs.delete(id);
    this.limited.get(id)?.release();
    this.edit((nb) => model.clearOutputs(nb, id));
  }

  clearAllOutputs(): void {
    this.runs.clear();
    this.edit((nb) => model.clearOutputs(nb));
  }

  setOutputView(id: string, index: number, view: string): void {
    this.edit((nb) =>
      model.updateCell(nb, id, (c) => {
        if (c.cell_type !== 'code' || !c.outputs[index]) return c;
        const outputs = [...c.outputs];
        const o = outputs[index];
        if (o.output_type !== 'display_data' && o.output_type !== 'execute_result') return c;
        outputs[index] = { ...o, metadata: { ...o.metadata, numbook: { ...(o.metadata.numbook as object), view } } };
        return { ...c, outputs };
      }),
    );
  }

  /** Keeps a TypeScript model per code cell (Monaco loaded only), dropping deleted ones. */
  syncModels(load = false): void {
    const apply = () => {
      const monaco = monacoInstance;
      if (!monaco) return;
      const keep = new Set<string>();
      // A notebook in another language (a Python one) gets no TypeScript models: its code would only be flagged.
      const typescript = !model.foreignLanguage(this.doc);
      for (const c of this.doc.cells) {
        keep.add(c.id);
        if (c.cell_type === 'code' && typescript) modelFor(monaco, c.id, 'typescript', c.source);
      }
      pruneModels(monaco, keep);
    };
    if (monacoInstance) apply();
    else if (load) void loadMonaco().then(apply);
  }

  // ---- running -------------------------------------------------------------------------

  /** Runs cells in order (markdown cells just render); returns when all are done. */
  async run(ids: string[]): Promise<void> {
    this.kernelUsed = true;
    this.kernelNote = '';
    // The notebook's uploaded files reach the kernel before its cells (a read just after opening).
    await this.filesReady;
    const jobs: Promise<unknown>[] = [];
    for (const id of ids) {
      const cell = model.getCell(this.doc, id);
      if (!cell || cell.cell_type !== 'code') continue; // markdown and raw cells do not run
      this.runs.set(id, { state: 'queued' });
      this.flushOutputs();
      this.limited.get(id)?.release();
      const outs = new CellOutputs();
      this.limited.set(id, outs);
      this.edit((nb) => model.updateCell(nb, id, (c) => (c.cell_type === 'code' ? { ...c, outputs: [] } : c)));
      const source = cell.source;
      jobs.push(
        this.client
          .execute(source, {
            cellId: id,
            observer: {
              pending: () => {
                this.runs.set(id, { state: 'running', startedAt: performance.now() });
                this.startTicker();
                this.changed();
              },
              output: (o) => this.outputArrived(id, outs, o),
            },
          })
          .then((reply) => {
            this.flushOutputs();
            outs.finish();
            const r = this.runs.get(id);
            if (reply.status === 'aborted') this.runs.delete(id);
            // Run all stops at an error: select the failing cell (it scrolls into view, its section opened).
            if (reply.status === 'error' && ids.length > 1 && model.getCell(this.doc, id)) this.reveal(id);
            else this.runs.set(id, { state: 'done', elapsed: r?.startedAt !== undefined ? performance.now() - r.startedAt : 0 });
            this.edit((nb) => model.updateCell(nb, id, (c) => (c.cell_type === 'code' ? { ...c, execution_count: reply.executionCount } : c)));
          }),
      );
    }
    this.changed();
    await Promise.all(jobs);
  }

  private outputArrived(id: string, outs: CellOutputs, o: KernelOutput): void {
    this.arrived.push({ id, outs, o });
    this.arrivedTimer ??= setTimeout(() => this.flushOutputs(), 16);
  }

  /** Puts the outputs that arrived into the document (one edit, one render). */
  private flushOutputs(): void {
    if (this.arrivedTimer) clearTimeout(this.arrivedTimer);
    this.arrivedTimer = null;
    const arrived = this.arrived;
    if (!arrived.length) return;
    this.arrived = [];
    const byRun = new Map<CellOutputs, { id: string; os: KernelOutput[] }>();
    for (const { id, outs, o } of arrived) {
      const e = byRun.get(outs);
      if (e) e.os.push(o);
      else byRun.set(outs, { id, os: [o] });
    }
    this.edit((nb) => {
      for (const [outs, { id, os }] of byRun) nb = model.updateCell(nb, id, (c) => (c.cell_type === 'code' ? { ...c, outputs: outs.appendAll(c.outputs, os) } : c));
      return nb;
    });
  }

  /** Runs the active cell; `then` chooses what comes next, as Jupyter's three shortcuts. */
  runActive(then: 'stay' | 'advance' | 'insert'): void {
    const c = this.active;
    if (!c) return;
    void this.run([c.id]);
    const i = this.activeIndex;
    if (then === 'stay') this.select(c.id, 'command');
    else if (then === 'insert') this.insert('below', 'code', 'edit');
    else if (i === this.doc.cells.length - 1 || !this.selectStep(1)) this.insert('below', 'code', 'edit'); // JupyterLab: the next cell, in command mode
  }

  runAll(): Promise<void> {
    return this.run(this.doc.cells.map((c) => c.id));
  }

  runAbove(): Promise<void> {
    return this.run(this.doc.cells.slice(0, Math.max(0, this.activeIndex)).map((c) => c.id));
  }

  runBelow(): Promise<void> {
    return this.run(this.doc.cells.slice(Math.max(0, this.activeIndex)).map((c) => c.id));
  }

  interrupt(): void {
    this.client.interrupt();
  }

  async restart(): Promise<void> {
    this.kernelUsed = false;
    for (const [id, r] of this.runs) if (r.state !== 'done') this.runs.delete(id);
    await this.client.restart();
    this.changed();
  }

  async restartRunAll(): Promise<void> {
    await this.restart();
    await this.runAll();
  }

  private startTicker(): void {
    if (this.ticker) return;
    this.ticker = setInterval(() => {
      this.now = performance.now();
      if (![...this.runs.values()].some((r) => r.state !== 'done')) {
        clearInterval(this.ticker!);
        this.ticker = null;
      }
      this.changed();
    }, 250);
  }

  // ---- saving --------------------------------------------------------------------------

  private markDirty(): void {
    if (!this.meta) return;
    if (this.saveState === 'saved' || this.saveState === 'saving') this.dirtySince = performance.now();
    if (this.saveState !== 'conflict') this.saveState = 'unsaved';
    if (this.saveState === 'conflict') return;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(SAVE_QUIET_MS, this.dirtySince + SAVE_MAX_MS - performance.now()));
    this.timer = setTimeout(() => void this.save(), wait);
  }

  /** Saves now (Ctrl+S, autosave). Resolves when written, or when it failed (state says). */
  save(force = false): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.saving) return this.saving.then(() => (this.saveState === 'unsaved' ? this.save(force) : undefined));
    const meta = this.meta;
    if (!meta || (this.saveState === 'saved' && !force) || (this.saveState === 'conflict' && !force)) return Promise.resolve();
    const doc = this.doc;
    this.saveState = 'saving';
    this.changed();
    this.saving = storage
      .saveNotebook(meta.id, doc, this.base)
      .then(
        (m) => {
          this.base = m.revision;
          if (this.meta?.id === m.id) this.meta = { ...m, name: this.meta.name };
          if (this.saveState === 'saving') this.saveState = this.doc === doc ? 'saved' : 'unsaved';
          this.saveError = '';
          if (this.saveState === 'unsaved') this.markDirty();
          // The user's own work is stored now: ask the browser to keep it (once per page).
          void requestPersistence();
        },
        (e) => {
          if ((e as Error).name === 'ConflictError') {
            this.saveState = 'conflict';
            this.saveError = 'This notebook was saved in another tab since this tab loaded it.';
          } else {
            this.saveState = 'error';
            this.saveError = storage.describeStorageError(e);
          }
        },
      )
      .finally(() => {
        this.saving = null;
        this.changed();
        void this.refreshList();
      });
    return this.saving;
  }

  /** Waits for pending changes to be written (before opening another notebook). */
  async flush(): Promise<void> {
    if (!this.meta) return;
    if (this.saveState === 'unsaved' || this.saveState === 'saving') await this.save();
  }

  /** Conflict resolution: keep this tab's version (overwrite the other tab's save). */
  async keepMine(): Promise<void> {
    if (!this.meta) return;
    const stored = await storage.getMeta(this.meta.id);
    this.base = stored?.revision ?? 0;
    this.saveState = 'unsaved';
    await this.save(true);
  }

  /** Conflict resolution: load the version saved elsewhere (this tab's changes go). */
  async loadTheirs(): Promise<void> {
    if (!this.meta) return;
    const active = this.activeId;
    this.saveState = 'saved';
    await this.open(this.meta.id);
    if (active && model.getCell(this.doc, active)) this.select(active, 'command');
  }

  private async onStorageEvent(e: storage.StorageEvent): Promise<void> {
    if (e.type !== 'deleted') void this.refreshList();
    if (!this.meta || e.id !== this.meta.id) return;
    if (e.type === 'renamed') {
      this.meta = { ...this.meta, name: e.name };
      this.changed();
    } else if (e.type === 'deleted') {
      this.saveState = 'conflict';
      this.saveError = 'This notebook was deleted in another tab.';
      this.base = 0;
      this.changed();
    } else if (e.revision > this.base) {
      if (this.saveState === 'saved') {
        // Nothing unsaved here: follow the other tab.
        const stored = await storage.loadNotebook(e.id);
        if (stored && this.saveState === 'saved') {
          const active = this.activeId;
          const runs = this.runs;
          this.show(stored.meta, stored.notebook);
          this.runs = runs;
          if (active && model.getCell(this.doc, active)) this.activeId = active;
          this.changed();
        }
      } else {
        this.saveState = 'conflict';
        this.saveError = 'This notebook was saved in another tab while this tab had unsaved changes.';
        if (this.timer) clearTimeout(this.timer);
        this.changed();
      }
    }
  }
}
