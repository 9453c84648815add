/**
 * Elements hidden by the page's own markup (`hidden`, inline `display:none`), told without a style
 * computation: the sibling-group finder never enters them.
 */
import { MAX_ATTRIBUTE } from './bounded-attribute';

/** Elements that may be hidden by their own markup. */
const MAYBE_HIDDEN = '[hidden], [style*="display" i]';

/** Hidden by the page's own markup (attribute or inline style): never a style computation. */
export function isHidden(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style.slice(0, MAX_ATTRIBUTE));
}

/**
 * The elements under `root` (itself included) hidden by their own markup, found by one native query
 * instead of three attribute reads per element; `undefined` when the page cannot be asked in one
 * query (happy-dom's selector engine overflows on a page nested thousands of levels deep), and each
 * element is then looked at as it is walked.
 */
export function hiddenUnder(root: Element): Set<Element> | undefined {
  try {
    const hidden = new Set<Element>();
    if (isHidden(root)) hidden.add(root);
    for (const element of Array.from(root.querySelectorAll(MAYBE_HIDDEN))) if (isHidden(element)) hidden.add(element);
    return hidden;
  } catch {
    return undefined;
  }
}

/** Hidden, by the set `hiddenUnder` found or, when it could not look, by the element's own markup. */
export function isHiddenIn(element: Element, hidden: Set<Element> | undefined): boolean {
  return hidden ? hidden.size > 0 && hidden.has(element) : isHidden(element);
}
