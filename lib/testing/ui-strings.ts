/**
 * Finds user-visible strings written into components instead of going through lib/i18n: JSX text
 * with letters (not inside <code> or <kbd>), and literal strings given to aria-label, title, placeholder, alt or label (also
 * inside `{cond ? 'a' : 'b'}`). Parses TSX with the TypeScript compiler's own API (TypeScript 7's
 * `typescript/unstable/sync`, which runs the bundled compiler), never with regular expressions.
 * Node only; read by lib/conventions.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API } from 'typescript/unstable/sync';
import { type Node, SyntaxKind } from 'typescript/unstable/ast';

export interface UiString {
  file: string;
  line: number;
  /** Where it was found: JSX text, or the prop's name. */
  where: string;
  text: string;
}

/** Props whose literal value a person reads or hears. */
export const VISIBLE_PROPS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

/** The literal user-visible strings in `files` (absolute paths) whose letters are not all allowed words. */
export function findUiStrings(files: readonly string[], allowedWords: ReadonlySet<string>): UiString[] {
  // A throwaway project of just these files: no type checking, no imports followed (about 3 s).
  const dir = mkdtempSync(join(tmpdir(), 'ui-strings-'));
  const config = { compilerOptions: { jsx: 'preserve', noResolve: true, noLib: true, types: [] }, files };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
  const api = new API({ cwd: dir });
  try {
    const project = api.updateSnapshot({ openProjects: [join(dir, 'tsconfig.json')] }).getProjects()[0];
    if (!project) throw new Error('the TypeScript API opened no project');
    return files.flatMap((file) => {
      const source = project.program.getSourceFile(file);
      if (!source) throw new Error(`the TypeScript API did not parse ${file}`);
      return stringsIn(source as unknown as Node, file, readFileSync(file, 'utf8'), allowedWords);
    });
  } finally {
    api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function stringsIn(root: Node, file: string, text: string, allowed: ReadonlySet<string>): UiString[] {
  const found: UiString[] = [];
  const report = (node: Node, where: string, value: string) => {
    if (!hasForeignWords(value, allowed)) return;
    found.push({ file, line: lineOf(text, node.end), where, text: value.trim().replace(/\s+/g, ' ') });
  };
  const visit = (node: Node): void => {
    if (node.kind === SyntaxKind.JsxText && !inCode(node)) report(node, 'JSX text', (node as unknown as { text: string }).text);
    if (node.kind === SyntaxKind.JsxExpression && isJsxChild(node))
      literalsIn(expressionOf(node), (literal, value) => report(literal, 'JSX text', value));
    if (node.kind === SyntaxKind.JsxAttribute) {
      const attribute = node as unknown as { name: { text?: string; escapedText?: string }; initializer?: Node };
      const name = attribute.name.text ?? attribute.name.escapedText ?? '';
      if (VISIBLE_PROPS.has(name) && attribute.initializer) {
        const value = attribute.initializer.kind === SyntaxKind.JsxExpression ? expressionOf(attribute.initializer) : attribute.initializer;
        literalsIn(value, (literal, literalText) => report(literal, name, literalText));
      }
    }
    node.forEachChild((child) => {
      visit(child);
      return undefined;
    });
  };
  visit(root);
  return found;
}

/** Text inside <code> or <kbd> is what the agent types (a variable, a key), the same in every language. */
function inCode(node: Node): boolean {
  const element = node.parent as unknown as { kind: SyntaxKind; openingElement?: { tagName?: { text?: string } } } | undefined;
  const tag = element?.kind === SyntaxKind.JsxElement ? element.openingElement?.tagName?.text : undefined;
  return tag === 'code' || tag === 'kbd';
}

const expressionOf = (node: Node): Node | undefined => (node as unknown as { expression?: Node }).expression;
const isJsxChild = (node: Node): boolean => node.parent?.kind === SyntaxKind.JsxElement || node.parent?.kind === SyntaxKind.JsxFragment;

/** String literals an expression can evaluate to: through ?:, &&, ||, ??, + and parentheses, not into calls. */
function literalsIn(node: Node | undefined, found: (literal: Node, text: string) => void): void {
  if (!node) return;
  const any = node as unknown as Record<string, Node & { text: string }> & {
    operatorToken?: Node;
    templateSpans?: Array<{ literal: { text: string } }>;
  };
  switch (node.kind) {
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
      return found(node, (node as unknown as { text: string }).text);
    case SyntaxKind.TemplateExpression:
      return found(node, [any.head?.text ?? '', ...(any.templateSpans ?? []).map((span) => span.literal.text)].join(' '));
    case SyntaxKind.ParenthesizedExpression:
      return literalsIn(any.expression, found);
    case SyntaxKind.ConditionalExpression:
      literalsIn(any.whenTrue, found);
      return literalsIn(any.whenFalse, found);
    case SyntaxKind.BinaryExpression: {
      const operator = any.operatorToken?.kind;
      if (operator === SyntaxKind.AmpersandAmpersandToken) return literalsIn(any.right, found);
      if (operator === SyntaxKind.BarBarToken || operator === SyntaxKind.QuestionQuestionToken || operator === SyntaxKind.PlusToken) {
        literalsIn(any.left, found);
        literalsIn(any.right, found);
      }
      return;
    }
    default:
      return;
  }
}

/** Letters left once allowed words (brand names) are taken out: a sentence, not a name. */
function hasForeignWords(value: string, allowed: ReadonlySet<string>): boolean {
  const words = value.match(/\p{L}[\p{L}\p{M}'’.-]*/gu) ?? [];
  return words.some((word) => !allowed.has(word.replace(/[.'’-]+$/, '')));
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** For the test of this finder: writes a component to a temporary file and scans it. */
export function findUiStringsInSource(source: string, allowedWords: ReadonlySet<string>): UiString[] {
  const dir = mkdtempSync(join(tmpdir(), 'ui-strings-src-'));
  const file = join(dir, 'component.tsx');
  writeFileSync(file, source);
  try {
    return findUiStrings([file], allowedWords).map((found) => ({ ...found, file: 'component.tsx' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
