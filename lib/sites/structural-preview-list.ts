/**
 * A list of conversation previews is not a conversation. Inbox panes beside an open thread (My
 * eBay's message list, Etsy's and Shop Manager's inbox, a helpdesk's ticket list) repeat the same
 * small item many times — a name, a one-line snippet, a date — which looks like a short chat to a
 * reader that only counts sender lines. What sets them apart is what a list of choices is: every
 * item is one short line (no paragraphs, no line breaks: a message body has them), and the list
 * says it is a list of choices — one item is selected (`aria-selected`, `aria-current`), the
 * list is a `listbox`/`grid`/`tree`, its items are options, rows or links, each item links to a
 * page of its own — or its snippets are cut short ("…"). Both must hold, so a chat of one-liners ("ok", "thanks") is never dropped.
 * A list that offers to load its earlier messages is a conversation, whatever its role (./structural-earlier-messages.ts).
 */
import { offersEarlierMessages } from './structural-earlier-messages';
import { unfoldsInPlace } from './structural-unfolds-in-place';

/** Longer than this, an item says more than a preview line does. */
const PREVIEW_CHARS = 200;
/** Items looked at: a long inbox is judged by its first ones. */
const MAX_ITEMS = 30;
/** What only a message body has: paragraphs, line breaks, quotes, lists. */
const MULTI_LINE = 'p, br, blockquote, pre, li';
const CHOICE_LIST_ROLES = /^(?:listbox|grid|tree|treegrid|tablist|menu)$/;
const CHOICE_ITEM_ROLES = /^(?:option|row|gridcell|treeitem|tab|menuitem|link)$/;
const SELECTED = '[aria-selected="true"], [aria-current]:not([aria-current="false"])';
/** A snippet cut short: it ends with an ellipsis. */
const TRUNCATED = /(?:…|\.\.\.)\s*$/;

/** Whether these alike siblings are a list of conversation previews rather than messages. */
export function isPreviewList(members: Element[]): boolean {
  const items = members.slice(0, MAX_ITEMS);
  if (items.length < 2 || !items.every(isOneLine)) return false;
  if (items[0]!.parentElement && offersEarlierMessages(items[0]!.parentElement)) return false;
  // Folded messages of the open thread, beside the one unfolded (./structural-unfolds-in-place.ts).
  if (unfoldsInPlace(items)) return false;
  return isChoiceList(items) || items.some(hasTruncatedSnippet);
}

function isOneLine(item: Element): boolean {
  return (item.textContent ?? '').trim().length <= PREVIEW_CHARS && item.querySelector(MULTI_LINE) === null;
}

function isChoiceList(items: Element[]): boolean {
  const list = items[0]!.parentElement;
  if (list && CHOICE_LIST_ROLES.test(list.getAttribute('role') ?? '')) return true;
  if (items.every((item) => CHOICE_ITEM_ROLES.test(item.getAttribute('role') ?? '') || isLinkItem(item))) return true;
  return items.some((item) => item.matches(SELECTED) || item.querySelector(SELECTED) !== null) || linksElsewhere(items);
}

/**
 * Every item opens a page of its own: each holds a link, and no two link to the same place (a
 * chat's messages link to their authors' profiles, which repeat as the authors take turns).
 */
function linksElsewhere(items: Element[]): boolean {
  if (items.length < 3) return false;
  const targets = new Set<string>();
  for (const item of items) {
    const link = item.matches('a[href]') ? item : item.querySelector('a[href]:not([href^="mailto:" i])');
    const target = link?.getAttribute('href')?.slice(0, 300);
    if (!target || target === '#' || targets.has(target)) return false;
    targets.add(target);
  }
  return true;
}

/** An item that is a link, or whose text is all one link (an inbox row opening its conversation). */
function isLinkItem(item: Element): boolean {
  if (item.localName === 'a' && item.hasAttribute('href')) return true;
  const link = item.querySelector('a[href]');
  return link !== null && (link.textContent ?? '').trim().length >= (item.textContent ?? '').trim().length * 0.8;
}

/** A leaf of the item whose text is cut short: the snippet of a longer message. */
function hasTruncatedSnippet(item: Element): boolean {
  const leaves = item.querySelectorAll('*');
  for (let index = 0; index < leaves.length && index < 20; index++) {
    const leaf = leaves[index]!;
    if (leaf.childElementCount === 0 && TRUNCATED.test(leaf.textContent ?? '')) return true;
  }
  return TRUNCATED.test(item.textContent ?? '');
}
