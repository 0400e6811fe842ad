/**
 * The teacher's table as CSV (RFC 4180: comma-separated, fields with a comma, quote or
 * line break quoted, CRLF lines): one row per submission; per exercise its re-checked
 * state and points and what the attempt log claimed; the totals; the notes. Text that a
 * spreadsheet would read as a formula (a student's name starting with `=`) is quoted
 * with a leading apostrophe, since names come from students.
 */
import type { ExerciseGrade, SubmissionGrade } from './grade';

function field(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const claimText = (e: ExerciseGrade) => (e.claim ? `${e.claim.status} ${e.claim.points}/${e.claim.max}` : '');

/** Every note of a submission, its exercises' prefixed by their ids. */
export function notesOf(g: SubmissionGrade): string[] {
  return [...(g.error ? [g.error] : []), ...g.notes, ...g.exercises.flatMap((e) => [...(e.agreement === 'higher' ? [`the log claims more than the re-check (${claimText(e)})`] : []), ...e.notes].map((n) => `${e.id}: ${n}`))];
}

/** The hints taken and solutions viewed, as the submission's log says (they cost no points: the teacher weighs them). */
export function helpOf(g: SubmissionGrade): { hints: number; solutions: number } {
  return { hints: g.exercises.reduce((n, e) => n + (e.claim?.hints ?? 0), 0), solutions: g.exercises.filter((e) => e.claim?.solution_viewed).length };
}

export function gradesCsv(grades: SubmissionGrade[]): string {
  const ids = [...new Set(grades.flatMap((g) => g.exercises.map((e) => e.id)))];
  const head = ['student', 'file', 'submitted_at', ...ids.flatMap((id) => [`${id} state`, `${id} points`, `${id} log`]), 'points', 'max', 'done', 'log points', 'log done', 'hints', 'solutions viewed', 'notes'];
  const rows = grades.map((g) => {
    const by = new Map(g.exercises.map((e) => [e.id, e]));
    const cells = ids.flatMap((id) => {
      const e = by.get(id);
      return e ? [e.status, e.points, claimText(e)] : ['', '', ''];
    });
    const help = helpOf(g);
    return [g.student, g.file, g.submittedAt ?? '', ...cells, g.points, g.max, g.done, g.claimed.points, g.claimed.done, help.hints, help.solutions, notesOf(g).join('; ')];
  });
  return [head, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
