/**
 * The parts of Monaco the notebook uses (the editor, its contributions, TypeScript and
 * Markdown), imported together so that `editor.ts` can load them lazily in one go.
 */
export * from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/markdown/register';
