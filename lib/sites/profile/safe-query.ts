/**
 * Selector lookups that cannot throw: a profile's selector comes from a pack or Settings, and a bad
 * one (validated elsewhere, but the page's engine is the judge) means "found nothing", never an
 * exception in the page. A heading tag also finds its div-drawn twin (./heading-roles.ts).
 */
import { withHeadingRoles } from './heading-roles';

export function queryOne(root: ParentNode, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return root.querySelector(withHeadingRoles(selector));
  } catch {
    return null;
  }
}

export function queryAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(root.querySelectorAll(withHeadingRoles(selector)));
  } catch {
    return [];
  }
}

/** Whether the element matches, or holds an element that matches, the selector. */
export function marks(element: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    const css = withHeadingRoles(selector);
    return element.matches(css) || element.querySelector(css) !== null;
  } catch {
    return false;
  }
}
