/**
 * What makes siblings alike to the sibling-group finder (lib/sites/generic-groups.ts): their tag
 * and what the page names them by.
 */
import { boundedAttribute as attribute } from './bounded-attribute';

const LIST_ROLES = new Set(['listitem', 'article', 'row', 'comment']);

/**
 * Tag, and what the page names the element by: its test id, else its role and first class word
 * (digits ignored: `msg-1`, `msg-2` are alike). A test id or list role outranks the class, which
 * often says more about state (expanded, collapsed, first) than about kind.
 */
export function signature(element: Element): string {
  const testId =
    attribute(element, 'data-testid') ||
    attribute(element, 'data-test-id') ||
    attribute(element, 'data-qa') ||
    attribute(element, 'data-selector');
  if (testId) return `${element.localName}@${testId.replace(/\d+/g, '#')}`;
  const role = attribute(element, 'role');
  if (LIST_ROLES.has(role)) return `${element.localName}[${role}]`;
  return `${element.localName}[${role}].${firstClass(element).replace(/\d+/g, '#')}`;
}

function firstClass(element: Element): string {
  return attribute(element, 'class').trim().split(/\s+/, 1)[0] ?? '';
}
