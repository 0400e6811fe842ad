/**
 * Exercise events for a page that embeds Numbook (a course site in a parent frame), in
 * Kaggle learntools' shape: learntools posts `{jupyterEvent: 'custom.exercise_interaction',
 * data: {interactionType, outcomeType, questionId, learnTutorialId, valueTowardsCompletion,
 * failureMessage, exceptionClass, trace, learnToolsVersion}}` to its parent with
 * `postMessage(message, '*')` (learntools/core/tracking.py), its types as numbers:
 * CHECK 1, HINT 2, SOLUTION 3; PASS 1, FAIL 2, EXCEPTION 3, UNATTEMPTED 4. Numbook posts
 * the same for each check, hint and solution view, with its own fuller record beside it
 * under `numbook` (points, hints, the notebook's progress); a submit, which learntools
 * does not have, posts `jupyterEvent: 'numbook.exercise_submit'` with that record alone.
 * Sent only when the app runs in a frame; targetOrigin '*' as learntools (the message holds
 * only progress).
 */
import type { ExerciseState, Progress } from './format';

export const INTERACTION = { check: 1, hint: 2, solution: 3 } as const;
export const OUTCOME = { pass: 1, fail: 2, exception: 3, unattempted: 4 } as const;

/** learntools' event data. */
export interface LearntoolsData {
  interactionType: 1 | 2 | 3;
  outcomeType?: 1 | 2 | 3 | 4;
  questionId: string;
  learnTutorialId: string;
  /** The share of the notebook this pass completes (1 / exercises; 0 otherwise). */
  valueTowardsCompletion: number;
  failureMessage: string;
  exceptionClass: string;
  trace: string;
  learnToolsVersion: string;
}

/** Numbook's own record of the interaction. */
export interface NumbookRecord {
  interaction: 'check' | 'hint' | 'solution' | 'submit';
  exercise: string | null;
  /** For checks: 'correct' | 'not-yet' | 'not-attempted'. */
  outcome?: string | null;
  points?: number;
  max?: number;
  hints?: number;
  progress: Progress;
  at: string;
}

export type ExerciseMessage =
  | { jupyterEvent: 'custom.exercise_interaction'; data: LearntoolsData; numbook: NumbookRecord }
  | { jupyterEvent: 'numbook.exercise_submit'; numbook: NumbookRecord };

/** What a check's result is in learntools' terms (a cell that raised is an EXCEPTION, with its class). */
function outcomeOf(s: ExerciseState): { outcomeType: LearntoolsData['outcomeType']; exceptionClass: string } {
  if (s.verdict === 'correct') return { outcomeType: OUTCOME.pass, exceptionClass: '' };
  if (s.verdict === 'not-attempted') return { outcomeType: OUTCOME.unattempted, exceptionClass: '' };
  const raised = /^your cell raised (\w+):/.exec(s.message)?.[1];
  return raised ? { outcomeType: OUTCOME.exception, exceptionClass: raised } : { outcomeType: OUTCOME.fail, exceptionClass: '' };
}

/** The message for an interaction (pure: what postExerciseEvent sends). */
export function exerciseMessage(interaction: NumbookRecord['interaction'], exercise: string | null, s: ExerciseState | null, progress: Progress, tutorial: string, now = new Date()): ExerciseMessage {
  const record: NumbookRecord = {
    interaction,
    exercise,
    ...(s ? { outcome: interaction === 'check' ? s.verdict : null, points: s.points, max: s.max, hints: s.hints } : {}),
    progress,
    at: now.toISOString(),
  };
  if (interaction === 'submit' || exercise === null) return { jupyterEvent: 'numbook.exercise_submit', numbook: record };
  const check = interaction === 'check' && s ? outcomeOf(s) : null;
  const data: LearntoolsData = {
    interactionType: INTERACTION[interaction],
    ...(check ? { outcomeType: check.outcomeType } : {}),
    questionId: exercise,
    learnTutorialId: tutorial,
    valueTowardsCompletion: check?.outcomeType === OUTCOME.pass && progress.total ? 1 / progress.total : 0,
    failureMessage: check && check.outcomeType !== OUTCOME.pass ? (s?.message ?? '') : '',
    exceptionClass: check?.exceptionClass ?? '',
    trace: '',
    learnToolsVersion: 'numbook',
  };
  return { jupyterEvent: 'custom.exercise_interaction', data, numbook: record };
}

export function postExerciseEvent(interaction: NumbookRecord['interaction'], exercise: string | null, s: ExerciseState | null, progress: Progress, tutorial: string): void {
  if (typeof window === 'undefined' || window.parent === window) return;
  try {
    window.parent.postMessage(exerciseMessage(interaction, exercise, s, progress, tutorial), '*');
  } catch {
    // A parent that cannot be reached: nothing to tell.
  }
}
