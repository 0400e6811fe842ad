/**
 * Exercise events for a page that embeds Numbook (a course site in a parent frame), in the
 * spirit of Kaggle learntools' interaction records: one `postMessage` per check, hint,
 * solution view and submit, `{source: 'numbook', type: 'exercise', ...}`. Sent only
 * when the app runs in a frame; targetOrigin '*' since the message holds only progress.
 */
import type { ExerciseState, Progress } from './format';

export interface ExerciseEvent {
  source: 'numbook';
  type: 'exercise';
  /** What happened: a check (outcome says how it went), a hint, the solution viewed, a submission. */
  interaction: 'check' | 'hint' | 'solution' | 'submit';
  exercise: string | null;
  /** For checks: 'correct' | 'not-yet' | 'not-attempted'. */
  outcome?: string | null;
  points?: number;
  max?: number;
  hints?: number;
  progress?: Progress;
  at: string;
}

export function postExerciseEvent(exercise: string | null, interaction: ExerciseEvent['interaction'], s: ExerciseState | null, progress?: Progress): void {
  if (typeof window === 'undefined' || window.parent === window) return;
  const e: ExerciseEvent = {
    source: 'numbook',
    type: 'exercise',
    interaction,
    exercise,
    ...(s ? { outcome: interaction === 'check' ? s.verdict : null, points: s.points, max: s.max, hints: s.hints } : {}),
    ...(progress ? { progress } : {}),
    at: new Date().toISOString(),
  };
  try {
    window.parent.postMessage(e, '*');
  } catch {
    // A parent that cannot be reached: nothing to tell.
  }
}
