/**
 * Writers the page lists beside one of us are ours. A ticket's followers, its watchers or its team
 * ("Follower: Jonas Becker, Katrin Lenz") are agents: a colleague who opened the ticket for a
 * customer — pasting what she told him at a fair — writes like a customer, yet the page lists him
 * with the agent who left an internal note (blind set 15's Zendesk page, 2026-12-06). Told by shape,
 * whatever the field's label says: a short text outside the conversation that is only a list of
 * names, one of them known to be ours. Never every writer: a "Participants" list names the customer too.
 */
import { rememberedOutside } from './engine/outside-memo';

/** Text nodes looked at (a 1 MB page holds tens of thousands). */
const MAX_TEXT_NODES = 5000;
const MAX_LIST_CHARS = 200;
const SEPARATOR = /\s*[,;、，]\s*/u;
/** A name: one to four words of letters (apostrophes, dots and hyphens inside). */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,3}$/u;
const LISTS = {};

/**
 * The lists of names outside the conversation, lower case. Kept until the page outside the
 * conversation changes (./engine/outside-memo.ts): callers must not change it.
 */
export function findNameLists(doc: Document, conversation: Element | null): string[][] {
  return rememberedOutside(doc, conversation, LISTS, [], () => nameLists(doc, conversation));
}

function nameLists(doc: Document, conversation: Element | null): string[][] {
  const lists: string[][] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let seen = 0; seen < MAX_TEXT_NODES && walker.nextNode(); seen++) {
    const text = (walker.currentNode.nodeValue ?? '').trim();
    if (text.length > MAX_LIST_CHARS || !SEPARATOR.test(text)) continue;
    const element = walker.currentNode.parentElement;
    if (!element || conversation?.contains(element)) continue;
    const names = text.split(SEPARATOR).map((name) => name.replace(/\s+/g, ' ').toLowerCase());
    if (names.length >= 2 && names.every((name) => NAME.test(name))) lists.push(names);
  }
  return lists;
}

/**
 * Which of `names` (the writers' lower-case names, '' for none) a list puts beside one of `ours`
 * (lower-case names known to be ours), unless that would leave no writer outside.
 */
export function listedBesideOurs(names: string[], ours: ReadonlySet<string>, lists: readonly string[][]): boolean[] {
  const listed = names.map(
    (name) => !!name && !ours.has(name) && lists.some((list) => list.includes(name) && list.some((other) => ours.has(other))),
  );
  const outside = names.some((name, index) => !!name && !ours.has(name) && !listed[index]);
  return outside ? listed : names.map(() => false);
}
