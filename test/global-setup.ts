/**
 * Once before every test file: np's editor declarations (web/build/np-declarations.ts),
 * made here so that the e2e files' dev servers, started side by side, read them from the
 * cache instead of each spending seconds of CPU emitting the same files.
 */
import { npDeclarations } from '../web/build/np-declarations';

export default async function setup(): Promise<void> {
  await npDeclarations(process.cwd());
}
