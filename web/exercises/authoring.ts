/**
 * Authoring events on the notebook page: a cell's role menu (`nb-role {id, role}`, from
 * <nb-cell>) and the Edit exercise button (`nb-edit-exercise {id}`, from <nb-exercise>)
 * become ExerciseController calls; a cell made a student's cell opens its form
 * (<nb-exercise-editor>, found in `host`) on the drafted exercise.
 */
import type { ExerciseController } from './controller';
import { exerciseOf } from './format';
import type { Role } from './roles';
import type { NbExerciseEditor } from './nb-exercise-editor';
import './nb-exercise-editor';

export function listenForAuthoring(host: HTMLElement & { requestUpdate(): void }, exercises: ExerciseController): void {
  const edit = async (id: string) => {
    const cell = exercises.notebook.doc.cells.find((c) => c.id === id);
    const spec = cell && exerciseOf(cell);
    if (spec) await host.querySelector<NbExerciseEditor>('nb-exercise-editor')?.edit(spec, exercises.otherIds(id), (s) => exercises.setSpec(id, s));
  };
  host.addEventListener('nb-role', (e) => {
    const d = (e as CustomEvent<{ id: string; role: Role }>).detail;
    const error = exercises.setRole(d.id, d.role);
    if (error) exercises.notebook.say(`That role cannot be given: ${error.message}.`);
    else if (d.role === 'student') void edit(d.id);
    host.requestUpdate();
  });
  host.addEventListener('nb-edit-exercise', (e) => void edit((e as CustomEvent<{ id: string }>).detail.id));
}
