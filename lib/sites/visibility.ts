/**
 * Whether an element is rendered. Gmail keeps stale, hidden copies of views in the page, so the
 * adapters pick the visible one. `checkVisibility` (Chrome 105+, Firefox 106+, happy-dom) honours
 * style sheets; the fallback only sees the `hidden` attribute and inline styles.
 */
export function isShown(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    if (/display\s*:\s*none/i.test(node.getAttribute('style') ?? '')) return false;
  }
  return true;
}
