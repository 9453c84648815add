/**
 * Elements the page hides by its own markup (`hidden`, inline `display:none`, a closed `<details>`),
 * whose text the page reader (lib/sites/text.ts) leaves out.
 */

/** Elements that may be hidden by their own markup, found by one native query per read. */
const MAYBE_HIDDEN = '[hidden], [style*="display" i], details:not([open])';

/**
 * The elements under `root` hidden by their own markup; `undefined` when the page cannot be asked
 * in one query (happy-dom's selector engine recurses and overflows on a page nested thousands of
 * levels deep), and each element is then looked at as it is read.
 */
export function hiddenIn(root: Element): Set<Element> | null | undefined {
  let found: NodeListOf<Element>;
  try {
    found = root.querySelectorAll(MAYBE_HIDDEN);
  } catch {
    return undefined;
  }
  if (found.length === 0) return null;
  const hidden = new Set<Element>();
  for (const element of Array.from(found)) if (isInlineHidden(element)) hidden.add(element);
  return hidden.size > 0 ? hidden : null;
}

export function isHidden(element: Element, hidden: Set<Element> | null | undefined): boolean {
  if (hidden === undefined) return element.hasAttributes() && isInlineHidden(element);
  return hidden?.has(element) === true;
}

/**
 * Inline `display:none` marks e-mail preheaders and tracking junk that the reader never sees. A closed
 * `<details>` is folded away (a message's original before translation, a quoted history): what it
 * holds is not shown, and its toggle ("Show original") is a control, not words of the message.
 */
export function isInlineHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || (element.localName === 'details' && !element.hasAttribute('open'))) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}
