/**
 * NumPy's operators in cells (shared/API.md, rule 4): the rewrite that gives `a * 2`,
 * `a[1, 2]`, `a += 1` and `if (a == b)` their NumPy meaning when an operand is an ndarray,
 * as PaperScript gives operators to paper.js points. It runs on esbuild's JavaScript before
 * transform.ts's declaration rewrite, editing the same MagicString; operator-helpers.ts
 * holds what the rewritten code calls.
 *
 *   a * b          →  $nb$.mul(a, b)                 (numbers take a typeof fast path)
 *   -a, ~a         →  $nb$.neg(a), $nb$.invert(a)
 *   x += v         →  x = $nb$.iadd(x, v)            (an ndarray is changed in place)
 *   o.p += v       →  ($t = o, $t.p = $nb$.iadd($t.p, v))
 *   o[k]           →  ($t = o, $u = k, $t instanceof $nb$.N ? $nb$.getitem($t, $u) : $t[$u])
 *   o[k] = v       →  (... $t instanceof $nb$.N ? $nb$.setitem($t, $u, $w) : $t[$u] = $w)
 *   o[k] += v      →  get, evaluate v, in-place op, set (Python's order)
 *   o[i, j]        →  the key is $nb$.tuple(i, j): NumPy's a[i, j]; JS's o[j] otherwise
 *   if (a == b)    →  if ($nb$.eqB(a, b))           (an ambiguous array raises, as NumPy)
 *   if (f(a))      →  unchanged; if ((a > 0) & m) → if ($nb$.bool($nb$.and(...)))
 *
 * Element access keeps its keyed load or store at the user's site, with the object and key
 * in temporaries (`$nbT0`...) declared per function invocation: inside a shared helper the
 * load would go megamorphic (10x slower in a scalar loop), and per-invocation temps stay
 * correct under recursion (`memo[n] = fib(n - 1) + fib(n - 2)`). Where no temps can be
 * declared (parameter defaults), element access keeps JavaScript's meaning.
 *
 * Not rewritten: literals on both sides (`1 + 2`), `x == null`, `===`, `&&`/`||`/`??`
 * (JavaScript's meaning for objects; only an operator result used as a condition is
 * checked), callees (`o[k]()` keeps its `this`), update, delete, destructuring targets and
 * optional chains.
 */
import type { Node } from 'acorn';
import type MagicString from 'magic-string';

type AnyNode = Node & Record<string, any>;

/** Operator → the helper cells call (operator-helpers.ts). */
export const BINARY: Readonly<Record<string, string>> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod', '**': 'pow',
  '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq', '!=': 'ne',
  '&': 'and', '|': 'or', '^': 'xor', '<<': 'lshift', '>>': 'rshift',
};
export const UNARY: Readonly<Record<string, string>> = { '-': 'neg', '+': 'pos', '~': 'invert' };
export const COMPOUND: Readonly<Record<string, string>> = {
  '+=': 'iadd', '-=': 'isub', '*=': 'imul', '/=': 'idiv', '%=': 'imod', '**=': 'ipow',
  '&=': 'iand', '|=': 'ior', '^=': 'ixor', '<<=': 'ilshift', '>>=': 'irshift',
};

/** A token's place in the source (acorn's tokens, the fields used). */
export interface TokenSpan {
  start: number;
  end: number;
}

const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=']);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const TESTED = new Set(['IfStatement', 'WhileStatement', 'DoWhileStatement', 'ForStatement', 'ConditionalExpression']);

/** A literal, or arithmetic of literals (`1 + 2 * 3`): its value can never be an ndarray. */
const isLiteral = (n: AnyNode): boolean =>
  n.type === 'Literal' ||
  (n.type === 'UnaryExpression' && (n.operator === '-' || n.operator === '+' || n.operator === '~') && isLiteral(n.argument)) ||
  (n.type === 'BinaryExpression' && n.operator in BINARY && isLiteral(n.left) && isLiteral(n.right));
/** A name or a number: cheap and side-effect free to read twice (typeof test, then use). */
const isSimple = (n: AnyNode): boolean =>
  (n.type === 'Identifier' && n.name !== 'undefined') || (n.type === 'Literal' && typeof n.value === 'number');
const isNullish = (n: AnyNode): boolean =>
  (n.type === 'Literal' && n.value === null && !n.regex) || (n.type === 'Identifier' && n.name === 'undefined') || (n.type === 'UnaryExpression' && n.operator === 'void');

/** What transform.ts needs to know of the rewrite. */
export interface OperatorRewrite {
  /** Temporaries the cell's top level uses (declared in the cell function); functions declare their own. */
  topTemps: number;
  /** Starts of the expression-bodied arrows given a block body (their interrupt guard is in it already). */
  blockArrows: Set<number>;
}

/**
 * Rewrites the operators of one cell's program in `s`. `guard` is the interrupt check that
 * an arrow given a block body starts with (transform.ts guards every other function).
 */
export function rewriteOperators(program: AnyNode, js: string, s: MagicString, tokens: readonly TokenSpan[], H: string, guard: string): OperatorRewrite {
  const blockArrows = new Set<number>();
  /** Temporaries of the function being walked; `allowed` is false in parameter lists. */
  let scope = { temps: 0, allowed: true };
  const temp = () => `$nbT${scope.temps++}`;
  /** Nodes whose rewrite begins with `(`: at a statement's start they need a guard against ASI. */
  const parenStarts = new Set<number>();
  /** Nodes rewritten into a helper call: their value may be an array (conditions check it). */
  const rewritten = new Set<AnyNode>();
  /** Conditions (`if (...)`, `!x`): a comparison there calls its boolean form, one call not two. */
  const conditions = new Set<AnyNode>();

  /** Index of the first token starting at or after `pos`. */
  const firstFrom = (pos: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const textOf = (t: TokenSpan) => js.slice(t.start, t.end);
  /** The first token at or after `from` whose text is `text` (past closing parentheses). */
  const tokenAt = (from: number, text: string): TokenSpan => {
    for (let i = firstFrom(from); i < tokens.length; i++) if (textOf(tokens[i]) === text) return tokens[i];
    throw new Error(`operators: no '${text}' after ${from}`);
  };
  /** The last `]` before `before` (the close of a computed member, past closing parentheses). */
  const closeBracketBefore = (before: number): TokenSpan => {
    for (let i = firstFrom(before) - 1; i >= 0; i--) if (textOf(tokens[i]) === ']') return tokens[i];
    throw new Error(`operators: no ']' before ${before}`);
  };
  const replace = (t: TokenSpan | { start: number; end: number }, text: string) => s.overwrite(t.start, t.end, text, { contentOnly: true });
  /**
   * Whether the value named `x` is an ndarray. A JS array answers Array.isArray (an
   * intrinsic) first: `instanceof` alone walks its prototype chain on every access (a 2-d
   * fill loop 2.5x slower), and property tests are slow on typed arrays.
   */
  const isNd = (x: string) => `!Array.isArray(${x}) && ${x} instanceof ${H}.N`;

  /** Whether the value of `n` may be an operator's array result (so a condition checks it). */
  const mayBeArrayResult = (n: AnyNode): boolean =>
    rewritten.has(n) || (n.type === 'LogicalExpression' && n.operator !== '??' && (mayBeArrayResult(n.left) || mayBeArrayResult(n.right)));
  const wrap = (n: AnyNode, helper: string) => {
    s.prependRight(n.start, `${H}.${helper}(`);
    s.appendLeft(n.end, ')');
  };

  /** `o[k]` key: a comma list is NumPy's tuple index. */
  const tupleKey = (key: AnyNode) => {
    if (key.type === 'SequenceExpression') wrap(key, 'tuple');
  };

  const binary = (n: AnyNode) => {
    const name = BINARY[n.operator];
    if (!name || (isLiteral(n.left) && isLiteral(n.right))) return;
    if ((n.operator === '==' || n.operator === '!=') && (isNullish(n.left) || isNullish(n.right))) return;
    const asCondition = conditions.has(n) && COMPARISONS.has(n.operator);
    const helper = `${name}${asCondition ? 'B' : ''}`;
    if (isSimple(n.left) && isSimple(n.right)) {
      // Operands that are names or numbers: JavaScript's operator inline behind typeof
      // tests, the helper only for anything else (a scalar loop then runs at JS speed).
      const [a, b] = [js.slice(n.left.start, n.left.end), js.slice(n.right.start, n.right.end)];
      const checks = [n.left, n.right].filter((x) => x.type === 'Identifier').map((x) => `typeof ${x.name} === 'number'`);
      replace(n, `(${checks.join(' && ')} ? ${a} ${n.operator} ${b} : ${H}.o.${helper}(${a}, ${b}))`);
    } else {
      s.prependRight(n.start, `${H}.${helper}(`);
      replace(tokenAt(n.left.end, n.operator), ',');
      s.appendLeft(n.end, ')');
    }
    if (!asCondition) rewritten.add(n);
  };

  const unary = (n: AnyNode) => {
    if (n.operator === '!') {
      if (mayBeArrayResult(n.argument)) wrap(n.argument, 'bool');
      return;
    }
    const name = UNARY[n.operator];
    if (!name || isLiteral(n.argument)) return;
    replace({ start: n.start, end: n.start + 1 }, `${H}.${name}(`);
    s.appendLeft(n.end, ')');
    rewritten.add(n);
  };

  /** `o[k]` read (not a target, callee or chain link). */
  const memberRead = (n: AnyNode) => {
    if ((n.object.type === 'Identifier' || n.object.type === 'ThisExpression') && isSimple(n.property)) {
      // `xs[i]`: names read twice cost nothing, temporaries do (1.6x vs 1.15x in a typed-array loop).
      const [o, k] = [js.slice(n.object.start, n.object.end), js.slice(n.property.start, n.property.end)];
      replace(n, `(${isNd(o)} ? ${H}.getitem(${o}, ${k}) : ${o}[${k}])`);
      return;
    }
    const o = temp();
    const k = temp();
    const tuple = n.property.type === 'SequenceExpression';
    tupleKey(n.property);
    s.prependRight(n.start, `(${o} = `);
    parenStarts.add(n.start);
    replace(tokenAt(n.object.end, '['), `, ${k} = `);
    // `grid[i, j]` on nested JS arrays (a subplots grid) indexes each level, as NumPy would.
    replace(closeBracketBefore(n.end), `, ${isNd(o)} ? ${H}.getitem(${o}, ${k}) : ${tuple ? `${H}.index(${o}, ${k})` : `${o}[${k}]`})`);
  };

  const assignment = (n: AnyNode) => {
    const left = n.left;
    const op = tokenAt(left.end, n.operator);
    const inplace = COMPOUND[n.operator];
    if (n.operator !== '=' && !inplace) return;
    if (left.type === 'Identifier') {
      if (!inplace) return;
      if (!scope.allowed) {
        replace(op, `= ${H}.${inplace}(${left.name},`);
        s.appendLeft(n.end, ')');
        return;
      }
      // Old value, then the right side (JavaScript's order); numbers inline; an ndarray is
      // changed in place and not assigned again (so a `const` array works too).
      const [x, old, v] = [left.name, temp(), temp()];
      const jsOp = n.operator.slice(0, -1);
      replace({ start: left.start, end: op.end }, `(${old} = ${x}, ${v} =`);
      parenStarts.add(n.start);
      s.appendLeft(
        n.end,
        `, typeof ${old} === 'number' && typeof ${v} === 'number' ? ${x} = ${old} ${jsOp} ${v} : ${old} instanceof ${H}.N ? ${H}.o.${inplace}(${old}, ${v}) : ${x} = ${H}.o.${inplace}(${old}, ${v}))`,
      );
      return;
    }
    if (left.type !== 'MemberExpression' || left.object.type === 'Super' || !scope.allowed) return;
    if (!left.computed) {
      if (!inplace) return;
      const o = temp();
      const prop = left.property.type === 'PrivateIdentifier' ? `#${left.property.name}` : left.property.name;
      s.prependRight(left.start, `(${o} = `);
      parenStarts.add(n.start);
      replace({ start: tokenAt(left.object.end, '.').start, end: op.end }, `, ${o}.${prop} = ${H}.${inplace}(${o}.${prop},`);
      s.appendLeft(n.end, '))');
      return;
    }
    const o = temp();
    const k = temp();
    tupleKey(left.property);
    s.prependRight(left.start, `(${o} = `);
    parenStarts.add(n.start);
    replace(tokenAt(left.object.end, '['), `, ${k} = `);
    const close = closeBracketBefore(op.start);
    const isArray = isNd(o);
    if (!inplace) {
      const v = temp();
      replace({ start: close.start, end: op.end }, `, ${v} =`);
      const store = left.property.type === 'SequenceExpression' ? `${H}.assign(${o}, ${k}, ${v})` : `${o}[${k}] = ${v}`;
      s.appendLeft(n.end, `, ${isArray} ? ${H}.setitem(${o}, ${k}, ${v}) : ${store})`);
      return;
    }
    const old = temp();
    const v = temp();
    replace({ start: close.start, end: op.end }, `, ${old} = ${isArray} ? ${H}.getitem(${o}, ${k}) : ${o}[${k}], ${v} =`);
    const value = `${H}.${inplace}(${old}, ${v})`;
    s.appendLeft(n.end, `, ${isArray} ? ${H}.setitem(${o}, ${k}, ${value}) : ${o}[${k}] = ${value})`);
  };

  /**
   * Walks `node` children first (inner rewrites are made before outer ones, so an outer
   * call's prefix lands before an inner one's at the same position). `target`: the node is
   * assigned to or called, so a member here is not a read; `chain`: a link of an optional
   * chain (`a?.b[k]` must still short-circuit).
   */
  const visit = (node: AnyNode | null | undefined, target = false, chain = false): void => {
    if (!node || typeof node.type !== 'string') return;
    if (FUNCTIONS.has(node.type)) return visitFunction(node);
    switch (node.type) {
      case 'ChainExpression':
        visit(node.expression, false, true);
        return;
      case 'MemberExpression':
        visit(node.object, false, chain);
        if (node.computed) visit(node.property);
        if (node.computed && !target && !chain && node.object.type !== 'Super' && scope.allowed) memberRead(node);
        return;
      case 'CallExpression':
      case 'NewExpression':
        visit(node.callee, true, chain);
        for (const a of node.arguments) visit(a);
        return;
      case 'TaggedTemplateExpression':
        visit(node.tag, true);
        visit(node.quasi);
        return;
      case 'UpdateExpression':
        visit(node.argument, true);
        return;
      case 'UnaryExpression':
        if (node.operator === '!') conditions.add(node.argument);
        visit(node.argument, node.operator === 'delete');
        unary(node);
        return;
      case 'AssignmentExpression':
        visit(node.left, true);
        visit(node.right);
        assignment(node);
        return;
      case 'ForInStatement':
      case 'ForOfStatement':
        visit(node.left, true);
        visit(node.right);
        visit(node.body);
        return;
      case 'ArrayPattern':
        for (const el of node.elements) visit(el, true);
        return;
      case 'ObjectPattern':
        for (const p of node.properties) {
          if (p.type === 'RestElement') visit(p.argument, true);
          else {
            if (p.computed) visit(p.key);
            visit(p.value, true);
          }
        }
        return;
      case 'AssignmentPattern':
        visit(node.left, true);
        visit(node.right);
        return;
      case 'RestElement':
        visit(node.argument, true);
        return;
      case 'ExpressionStatement':
        visit(node.expression);
        // `f()\n(...)` would call f's result: start the statement safely, as transform.ts does.
        if (parenStarts.has(node.start)) s.prependRight(node.start, 'void 0, ');
        return;
      default:
        break;
    }
    if (TESTED.has(node.type) && node.test) conditions.add(node.test);
    for (const key of Object.keys(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const v = node[key];
      if (Array.isArray(v)) v.forEach((c) => c && typeof c === 'object' && visit(c));
      else if (v && typeof v === 'object') visit(v);
    }
    if (node.type === 'BinaryExpression') binary(node);
    else if (node.type === 'LogicalExpression' && node.operator !== '??' && mayBeArrayResult(node.left)) wrap(node.left, 'cond');
    else if (TESTED.has(node.type) && node.test && mayBeArrayResult(node.test)) wrap(node.test, 'bool');
  };

  /** A function's own temporaries, declared at its body's start (an arrow gets a body). */
  const visitFunction = (fn: AnyNode) => {
    const outer = scope;
    scope = { temps: 0, allowed: false };
    for (const p of fn.params) visit(p, true);
    scope.allowed = true;
    visit(fn.body);
    if (scope.temps) {
      const decl = `let ${Array.from({ length: scope.temps }, (_, i) => `$nbT${i}`).join(', ')};`;
      if (fn.body.type === 'BlockStatement') s.appendLeft(fn.body.start + 1, decl);
      else {
        // The close goes at the arrow's end, past the body's parentheses and transform.ts's edits.
        s.appendLeft(tokenAt(fn.params.length ? fn.params[fn.params.length - 1].end : fn.start, '=>').end, ` {${decl}${guard} return (`);
        s.appendLeft(fn.end, ')}');
        blockArrows.add(fn.start);
      }
    }
    scope = outer;
  };

  visit(program);
  return { topTemps: scope.temps, blockArrows };
}
