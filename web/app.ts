/**
 * The notebook page's own code, loaded by main.ts once the kernel is starting: mounts
 * <nb-notebook>, opens the notebook the URL or the last session names (a first visit gets
 * the welcome notebook), and loads Monaco after the first paint.
 */
import { loadMonaco } from './editor/editor';
import { welcomeNotebook, WELCOME_NAME } from './notebook/welcome';
import type { Numbook } from './main';
import './notebook/nb-notebook';
import './notebook/notebook.css';

export function start(numbook: Numbook): void {
  numbook.appAt = performance.now();
  const { client, notebook } = numbook;
  notebook.createClient = () => numbook.createClient();
  void notebook.init(client, welcomeNotebook, WELCOME_NAME).then(async () => {
    numbook.loadedAt = performance.now();
    await notebook.updateComplete;
    requestAnimationFrame(() => {
      numbook.openedAt = performance.now();
      document.body.dataset.ready = 'true';
      // Monaco after the notebook is on screen: the editors come when cells need them.
      setTimeout(
        () =>
          void loadMonaco().then((monaco) => {
            numbook.monaco = monaco;
            numbook.monacoAt = performance.now();
            notebook.controller.syncModels();
          }),
        0,
      );
    });
  });
}
