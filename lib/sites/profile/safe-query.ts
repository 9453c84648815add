/**
 * Selector lookups that cannot throw: a profile's selector comes from a pack or Settings, and a bad
 * one (validated elsewhere, but the page's engine is the judge) means "found nothing", never an
 * exception in the page.
 */
export function queryOne(root: ParentNode, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function queryAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Whether the element matches, or holds an element that matches, the selector. */
export function marks(element: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return element.matches(selector) || element.querySelector(selector) !== null;
  } catch {
    return false;
  }
}
