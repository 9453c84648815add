/**
 * Whether an element is rendered. Gmail keeps stale, hidden copies of views in the page, so the
 * adapters pick the visible one.
 *
 * Reads use `isShownByMarkup`: attributes only (`hidden`, `aria-hidden`, inline `display:none` or
 * `visibility:hidden` on the element or an ancestor), which never forces the browser to recalculate
 * style or layout — a read must stay cheap on a 300-message thread (issue 12). `isShown` adds
 * `checkVisibility` (style sheets included) for the one-off lookups before an insertion.
 */
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Ancestors looked at: page chrome is shallow; a hostile page 10,000 levels deep is cut off. */
const MAX_ANCESTORS = 200;

export function isShown(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  return isShownByMarkup(element);
}

export function isShownByMarkup(element: Element): boolean {
  let depth = 0;
  for (let node: Element | null = element; node && depth < MAX_ANCESTORS; node = node.parentElement, depth++) {
    if (isHiddenByOwnMarkup(node)) return false;
  }
  return true;
}

/** The element's own attributes say it is not shown. */
export function isHiddenByOwnMarkup(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}
