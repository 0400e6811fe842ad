/**
 * Re-exported names read as what they are. np spreads its modules, and a module that is a
 * folder (runtime/manipulation/, runtime/sorting/ ...) re-exports its files' functions, so
 * TypeScript calls `np.append` an alias: its hover says `(alias) function append(...)` and
 * ends `export append`, and completion gives it the alias icon. Here the alias is dropped
 * from hovers and completion details (which say the target's kind), and completion entries
 * take their target's kind.
 */

/** A piece of TypeScript's display text (`ts.SymbolDisplayPart`). */
export interface DisplayPart {
  text: string;
  kind: string;
}

/** TypeScript's element kind for each declaration keyword that can follow `(alias)`. */
const KIND_OF_KEYWORD: Record<string, string> = {
  function: 'function', class: 'class', const: 'const', let: 'let', var: 'var', interface: 'interface',
  type: 'type', enum: 'enum', namespace: 'module', module: 'module',
};

/**
 * The quick info or completion details `info` without the alias: `(alias) ` dropped from the
 * front, the `export name` / `import name` line from the end, and `kind` the target's.
 * Anything else comes back as it was.
 *
 * @example
 * unaliased({kind: 'alias', displayParts: parts('(alias) function f(): void\nexport f')})
 * // {kind: 'function', displayParts: parts('function f(): void')}
 */
export function unaliased<T>(info: T): T {
  const parts = (info as { displayParts?: DisplayPart[] } | undefined)?.displayParts;
  if (!parts || parts.length < 5) return info;
  const [open, word, close, space, keyword] = parts;
  if (open.text !== '(' || word.text !== 'alias' || close.text !== ')' || space.kind !== 'space') return info;
  const kind = KIND_OF_KEYWORD[keyword.text];
  if (!kind) return info;
  let end = parts.length;
  for (let i = parts.length - 1; i > 4; i--) {
    if (parts[i].kind === 'lineBreak' && (parts[i + 1]?.text === 'export' || parts[i + 1]?.text === 'import')) {
      end = i;
      break;
    }
  }
  return { ...info, kind, displayParts: parts.slice(4, end) };
}

/**
 * A completion entry's kind, its target's when TypeScript says 'alias'. The list cannot ask
 * each entry's details (~5 ms each, 1.9 s for np's 370 aliases on a loaded machine), so it
 * goes by what np re-exports: capitalised names are classes (np.Complex, the error classes),
 * the others functions (np.amax, a `const` bound to np.max, is a function too). Hover and
 * the details pane, asked for one entry, say the exact kind.
 *
 * @example
 * aliasTargetKind({name: 'append', kind: 'alias'})   // 'function'
 */
export function aliasTargetKind(entry: { name: string; kind: string }): string {
  if (entry.kind !== 'alias') return entry.kind;
  return /^[A-Z]/.test(entry.name) ? 'class' : 'function';
}
