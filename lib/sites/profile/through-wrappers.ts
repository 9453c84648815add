/**
 * A profile's child step (`[role=list] > [role=listitem]`) also reaches the child a newer build has
 * set inside bare wrappers (../bare-wrapper.ts): a layout or observer div adds nothing the agent sees,
 * and a selector stopped by it would drop the message it wraps while reading its neighbours.
 */
import { isBareWrapper } from '../bare-wrapper';
import { queryAll } from './safe-query';

/** Bare wrappers looked through between a parent and its child. */
const MAX_WRAPPERS = 4;

/** queryAll, plus the children each selector's last child step finds through bare wrappers, in document order. */
export function queryThroughWrappers(root: ParentNode, css: string): Element[] {
  const found = queryAll(root, css);
  const extra = topLevelParts(css, ',').flatMap((piece) => wrappedChildren(root, piece));
  if (extra.length === 0) return found;
  // DOCUMENT_POSITION_FOLLOWING (4): the other element comes after this one.
  return [...new Set([...found, ...extra])].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

function wrappedChildren(root: ParentNode, piece: string): Element[] {
  const steps = topLevelParts(piece, '>');
  const child = steps.pop()?.trim() ?? '';
  const parent = steps.join('>').trim();
  // A child step with more after it (`a > b c`), or one relative to the root (`:scope > b`), is left as written.
  if (!parent || !child || topLevelParts(child, ' ').length > 1 || parent.includes(':scope')) return [];
  return queryAll(root, child).filter((element) => {
    let node = element.parentElement;
    let wrappers = 0;
    for (; node && wrappers < MAX_WRAPPERS && isBareWrapper(node); wrappers++) node = node.parentElement;
    return wrappers > 0 && !!node && root.contains(node) && matches(node, parent);
  });
}

function matches(element: Element, css: string): boolean {
  try {
    return element.matches(css);
  } catch {
    return false;
  }
}

/** `css` split at `separator` outside brackets, parentheses and quotes. */
function topLevelParts(css: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < css.length; index++) {
    const char = css[index]!;
    if (quote) quote = char === quote ? '' : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (depth === 0 && char === separator) {
      parts.push(css.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(css.slice(start));
  return parts.filter((part) => part.trim());
}
