/*
 * Numbook's cross-origin isolation for static hosts that cannot send headers.
 *
 * Interrupting a blocking cell needs a SharedArrayBuffer, which needs the page to be
 * cross-origin isolated (COOP: same-origin, COEP: require-corp). Vite's dev and preview
 * servers send those headers; a plain static host (GitHub Pages, a file server) does not.
 * This one file is both:
 *   - a page script: if the page is not isolated, it registers itself as the service
 *     worker and reloads the page once that worker controls it;
 *   - the service worker: it serves documents and worker scripts again with the two
 *     headers added.
 * Where service workers are unavailable (not a secure context), the kernel falls back to
 * restart-to-interrupt and says so.
 */
// Keep equal to WORKER_CSP in vite.config.ts (a test compares them).
const WORKER_CSP = "default-src 'self' blob: data:; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval' blob:; connect-src 'self' blob: data:";

if (typeof window === 'undefined') {
  self.addEventListener('install', () => self.skipWaiting());
  self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
  self.addEventListener('fetch', (event) => {
    const request = event.request;
    // Chrome throws on these (devtools' own requests): let them through untouched.
    if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
    // Only documents and worker scripts need the headers; the rest (this origin's, which
    // require-corp allows, or fetched with CORS) goes straight to the network instead of
    // being copied through this worker (esbuild.wasm alone is 14 MB, at every load).
    if (request.mode !== 'navigate' && request.destination !== 'worker' && request.destination !== 'sharedworker') return;
    event.respondWith(
      fetch(request).then((response) => {
        if (response.status === 0) return response; // opaque: headers cannot be changed
        const headers = new Headers(response.headers);
        headers.set('Cross-Origin-Opener-Policy', 'same-origin');
        headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
        // Workers may reach only this origin: WORKER_CSP in vite.config.ts.
        if (request.destination === 'worker') headers.set('Content-Security-Policy', WORKER_CSP);
        return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
      }),
    );
  });
} else {
  (() => {
    const KEY = 'numbook-coi-reloaded';
    if (window.crossOriginIsolated) {
      // Later: this script holds up the page's parsing, and sessionStorage's first use waits
      // for the browser process (measured ~10 ms on a cold start).
      setTimeout(() => sessionStorage.removeItem(KEY));
      return;
    }
    if (!window.isSecureContext || !('serviceWorker' in navigator)) return;
    // Reload at most once per tab session: if isolation still fails, run without it.
    const reload = () => {
      if (sessionStorage.getItem(KEY)) return;
      sessionStorage.setItem(KEY, '1');
      location.reload();
    };
    navigator.serviceWorker.register(document.currentScript.src).then(
      () => {
        if (navigator.serviceWorker.controller) reload();
        else navigator.serviceWorker.addEventListener('controllerchange', reload);
      },
      (err) => console.warn('Numbook: no cross-origin isolation (service worker failed):', err),
    );
  })();
}
