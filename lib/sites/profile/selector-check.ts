/**
 * Whether a profile's selector is one `querySelector` accepts and can run cheaply. Checked where
 * profiles are validated (panel, background, CLI, pack import) — never in the content script, which
 * only guards its lookups. css-what parses; a browser context also asks its own engine.
 */
import { parse, type Selector } from 'css-what';

export const MAX_SELECTOR_LENGTH = 400;
/** Pseudo-classes querySelector supports that do not depend on the user's actions. */
const PSEUDO_CLASSES = new Set([
  'not',
  // The conversation a site hook found (lib/sites/profile/lookup.ts); the document's root otherwise.
  'scope',
  'is',
  'where',
  'has',
  'first-child',
  'last-child',
  'only-child',
  'first-of-type',
  'last-of-type',
  'only-of-type',
  'nth-child',
  'nth-last-child',
  'nth-of-type',
  'nth-last-of-type',
  'empty',
  'root',
  'checked',
  'disabled',
  'enabled',
  'lang',
  'dir',
]);
/** `:has()` inside `:has()` can cost a full subtree walk per element: refused. */
const MAX_HAS_DEPTH = 1;

/** Why a selector cannot be used, as a code with its values (worded by `profiles.selector.<code>`). */
export type SelectorProblem =
  | { code: 'empty' }
  | { code: 'tooLong'; max: number }
  | { code: 'notCss'; detail: string }
  | { code: 'pseudoElement'; name: string }
  | { code: 'pseudoClass'; name: string }
  | { code: 'nestedHas' }
  | { code: 'browserRefuses' };

/** Why the selector cannot be used, or null when it can. */
export function selectorProblem(selector: string): SelectorProblem | null {
  if (selector.trim() === '') return { code: 'empty' };
  if (selector.length > MAX_SELECTOR_LENGTH) return { code: 'tooLong', max: MAX_SELECTOR_LENGTH };
  let parsed: Selector[][];
  try {
    parsed = parse(selector);
  } catch (error) {
    return { code: 'notCss', detail: error instanceof Error ? error.message : 'unreadable' };
  }
  const problem = tokensProblem(parsed, 0);
  if (problem) return problem;
  const doc = (globalThis as { document?: Document }).document;
  if (doc?.createDocumentFragment) {
    try {
      doc.createDocumentFragment().querySelector(selector);
    } catch {
      return { code: 'browserRefuses' };
    }
  }
  return null;
}

function tokensProblem(groups: Selector[][], hasDepth: number): SelectorProblem | null {
  for (const group of groups) {
    for (const token of group) {
      if (token.type === 'pseudo-element') return { code: 'pseudoElement', name: token.name };
      if (token.type !== 'pseudo') continue;
      if (!PSEUDO_CLASSES.has(token.name)) return { code: 'pseudoClass', name: token.name };
      const depth = token.name === 'has' ? hasDepth + 1 : hasDepth;
      if (depth > MAX_HAS_DEPTH) return { code: 'nestedHas' };
      if (Array.isArray(token.data)) {
        const inner = tokensProblem(token.data, depth);
        if (inner) return inner;
      }
    }
  }
  return null;
}
