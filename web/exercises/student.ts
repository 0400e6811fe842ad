/**
 * Who the student is: the name (or id) they type in the exercise bar, saved in the
 * notebook's metadata (`metadata.numbook.student`), so that a submission says whose it is
 * on the teacher's page. Nothing checks it: it is what the student wrote.
 */
import type { Notebook } from '../notebook/notebook-model';

type NumbookMeta = NonNullable<Notebook['metadata']['numbook']>;

/** The student's name, or null when none was entered. */
export function studentOf(nb: Notebook): string | null {
  const s = (nb.metadata.numbook as { student?: unknown } | undefined)?.student;
  return typeof s === 'string' && s.trim() ? s.trim() : null;
}

export function withStudent(nb: Notebook, name: string): Notebook {
  const { student: _old, ...rest } = (nb.metadata.numbook ?? {}) as Record<string, unknown>;
  const numbook = (name.trim() ? { ...rest, student: name.trim() } : rest) as NumbookMeta;
  return { ...nb, metadata: { ...nb.metadata, numbook } };
}
