/**
 * What every adapter's `findReplyBox` does: the first element that can take a reply (shown, by
 * default) by the first selector that finds one — the site's selector, then its fallback. Never
 * throws: a selector the page's engine rejects finds nothing, as a missing box does.
 */
import { isShown } from './visibility';

export function firstUsable<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
  usable: (element: T) => boolean = isShown,
): T | null {
  try {
    for (const selector of selectors) {
      const found = Array.from(root.querySelectorAll<T>(selector)).find(usable);
      if (found) return found;
    }
    return null;
  } catch {
    return null;
  }
}

/** A textarea the agent could type into now: enabled, writable and shown. */
export function isWritableTextarea(textarea: HTMLTextAreaElement): boolean {
  return !textarea.disabled && !textarea.readOnly && isShown(textarea);
}
