/**
 * OutputDrawingController: when a cell's outputs are drawn, as a lit reactive controller of
 * <nb-cell> (which draws them once `drawn`, and keeps their place with a placeholder until
 * then). Drawing every output of a 100-cell notebook (renderers, shadow roots, canvases)
 * before the first paint would delay it for cells nobody sees yet, so:
 *
 * - cells in view when they first render are drawn before the browser paints: once a batch
 *   of cells (a notebook opening) has rendered, one layout read finds those in view, they
 *   draw, and this repeats until the view is full (placeholders are not the outputs'
 *   height);
 * - cells coming within a screen of the viewport are drawn as they come (an
 *   IntersectionObserver), so scrolling meets drawn cells;
 * - the rest are drawn in idle time, a few at a time, so that soon after opening every
 *   output is in the page (find-in-page sees it; jumping to the end meets it drawn).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const pending = new Set<OutputDrawingController>();
let observer: IntersectionObserver | null = null;
let measuring = false;
let idleScheduled = false;

const updateComplete = (el: Element): Promise<unknown> | undefined => (el as Partial<ReactiveControllerHost>).updateComplete;

/** Resolves once `el` and the lit elements in it have rendered (their own renders may add more). */
async function settled(el: Element): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const updates = [el, ...el.querySelectorAll('*')].map(updateComplete).filter((p) => p !== undefined);
    if (!(await Promise.all(updates)).some((done) => done === false)) return;
  }
}

function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom >= 0 && r.top <= innerHeight && (r.width > 0 || r.height > 0);
}

/** Draws the pending cells that are in view, again while drawing brings more into view. */
function measureSoon(): void {
  if (measuring) return;
  measuring = true;
  void (async () => {
    try {
      for (let round = 0; round < 10; round++) {
        // Every cell of the batch renders first (a notebook's cells connect in one render).
        for (let n = -1; n !== pending.size; ) {
          n = pending.size;
          await Promise.all([...pending].map((c) => c.host.updateComplete));
        }
        const visible = [...pending].filter((c) => c.host.isConnected && inView(c.host));
        if (!visible.length) break;
        for (const c of visible) c.draw();
        await Promise.all(visible.map((c) => settled(c.host)));
      }
    } finally {
      measuring = false;
    }
    scheduleIdle();
  })();
}

type IdleDeadline = { timeRemaining(): number };
const requestIdle: (cb: (d: IdleDeadline) => void) => void =
  (globalThis as { requestIdleCallback?: (cb: (d: IdleDeadline) => void, o?: { timeout: number }) => void }).requestIdleCallback?.bind(globalThis) ??
  ((cb) => setTimeout(() => cb({ timeRemaining: () => 8 }), 30));

function scheduleIdle(): void {
  if (idleScheduled || !pending.size) return;
  idleScheduled = true;
  requestIdle((deadline) => void drawWhileIdle(deadline));
}

async function drawWhileIdle(deadline: IdleDeadline): Promise<void> {
  idleScheduled = false;
  for (const c of pending) {
    if (deadline.timeRemaining() < 4) break;
    if (!c.host.isConnected) continue;
    c.draw();
    await settled(c.host);
  }
  scheduleIdle();
}

function io(): IntersectionObserver {
  return (observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) (e.target as HTMLElement & { outputDrawing?: OutputDrawingController }).outputDrawing?.draw();
    },
    { rootMargin: '100% 0px' },
  ));
}

export class OutputDrawingController implements ReactiveController {
  /** The outputs are drawn (from then on, for good). */
  drawn = false;

  constructor(readonly host: Host) {
    host.addController(this);
    (host as unknown as { outputDrawing: OutputDrawingController }).outputDrawing = this;
  }

  hostConnected(): void {
    if (this.drawn) return;
    pending.add(this);
    io().observe(this.host);
    measureSoon();
  }

  hostDisconnected(): void {
    pending.delete(this);
    io().unobserve(this.host);
  }

  /** Draws the outputs now (the host renders them next update). */
  draw(): void {
    if (this.drawn) return;
    this.drawn = true;
    pending.delete(this);
    io().unobserve(this.host);
    this.host.requestUpdate();
  }
}
