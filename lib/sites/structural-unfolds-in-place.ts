/**
 * A thread that folds its older messages to one-line previews (Outlook's conversation view, a
 * mail client's collapsed messages: sender, date, a snippet cut short "…") looks like a list of
 * conversation previews (./structural-preview-list.ts). What tells them apart on any layout: a
 * folded message unfolds where it is (`aria-expanded="false"`), and beside the folded ones the
 * same list shows one unfolded (`aria-expanded="true"`) with a body of paragraphs or lines. An
 * inbox row opens its conversation elsewhere; it is selected, not expanded.
 */

/** Siblings looked at for the unfolded message. */
const MAX_SIBLINGS = 200;
/** What a message's body has and a preview line has not. */
const MULTI_LINE = 'p, br, blockquote, pre, li';

export function unfoldsInPlace(items: Element[]): boolean {
  const list = items[0]?.parentElement;
  if (!list || !items.every((item) => item.getAttribute('aria-expanded') === 'false')) return false;
  const tag = items[0]!.localName;
  let child = list.firstElementChild;
  for (let seen = 0; child && seen < MAX_SIBLINGS; seen++, child = child.nextElementSibling) {
    if (child.localName === tag && child.getAttribute('aria-expanded') === 'true' && child.querySelector(MULTI_LINE)) return true;
  }
  return false;
}
