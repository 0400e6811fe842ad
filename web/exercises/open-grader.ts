/**
 * Opens the teacher's page (<nb-grader>) for the open notebook: it is the answer key when
 * it has exercises, and the grading kernel reads files as the notebook's kernel does (its
 * folder and uploads).
 */
import type { KernelClient } from '../kernel-client/kernel-client';
import type { NotebookController } from '../notebook/notebook-controller';
import * as model from '../notebook/notebook-model';
import { exercisesIn } from './format';
import { PageGradingKernel } from './grading-kernel';
import type { NbGrader } from './nb-grader';

export function openGrader(grader: NbGrader, notebook: NotebookController, createClient: () => KernelClient): Promise<void> {
  const doc = notebook.doc;
  grader.key = exercisesIn(doc).length ? doc : null;
  grader.keyName = notebook.meta?.name ?? model.titleOf(doc) ?? 'notebook';
  grader.kernel = () => new PageGradingKernel(createClient, (client) => notebook.files.sendAll(client));
  return grader.show();
}
