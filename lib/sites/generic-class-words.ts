/**
 * The words a message block's markup says about who wrote it (./generic-message.ts): its class and
 * role-like attributes' words, and yes/no flags such as `data-from-agent="true"`.
 */
import { moduleLocalWords } from './generic-module-class';

/** Yes/no attributes that say who wrote a block (`data-from-agent="true"`). */
const FLAG_ATTRIBUTES: Array<[string, string]> = [
  ['data-from-agent', 'agent'],
  ['data-is-agent', 'agent'],
  ['data-agent', 'agent'],
  ['data-outgoing', 'outgoing'],
  ['data-is-outgoing', 'outgoing'],
  ['data-from-customer', 'customer'],
  ['data-incoming', 'incoming'],
];
/**
 * A direction flag set to "false" says the other direction (`data-incoming="false"` on the agent's reply,
 * Freshdesk-like 2026-12-07); an author flag set to "false" says only who did not write it, so it says nothing.
 */
const DIRECTION_FLAGS_FALSE: Array<[string, string]> = [
  ['data-incoming', 'outgoing'],
  ['data-outgoing', 'incoming'],
  ['data-is-outgoing', 'incoming'],
];
const CLASS_ATTRIBUTES = [
  'class',
  'type',
  'aria-label',
  'data-role',
  'data-type',
  'data-direction',
  // Custom elements' own attributes (`<inbox-sender direction="internal">`, HubSpot-like; `<dx-conversation-item kind="call">`, Dixa-like; seen 2026-12-06).
  'direction',
  'kind',
  'data-author-role',
  'data-sender-role',
  'data-sender-type',
  'data-author-type',
  'data-sender',
  'data-from',
  'data-actor',
];

const TYPE_ATTRIBUTE = /^data-[a-z-]*(?:type|kind)$/;
/**
 * A custom element's own attribute naming its type or its author's (`<gv-changeset author-type="agent">`,
 * Groove-like 2026-12-07): web components carry such data in plain attributes, which a build never hashes.
 */
const CUSTOM_TYPE_ATTRIBUTE = /^[a-z]+-(?:type|kind|role)$/;

/** Lower-case words of the block's (and its sender line's) class and data-role/type attributes. */
export function classWordsOf(block: Element): Set<string> {
  const words = new Set<string>();
  for (const element of [block, block.firstElementChild]) {
    // Most blocks' first child (a header row, a text) carries no attribute at all.
    if (!element?.hasAttributes()) continue;
    for (const name of CLASS_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) addClassWords(value.slice(0, 200), words);
    }
    // Any data attribute naming the block's type or kind (`data-msgtype="SYSTEM"`, `data-entry-kind`): it stays when a build hashes classes.
    const custom = element.localName.includes('-');
    for (const { name, value } of element.attributes)
      if (TYPE_ATTRIBUTE.test(name) || (custom && CUSTOM_TYPE_ATTRIBUTE.test(name))) addClassWords(value.slice(0, 200), words);
    for (const [name, word] of FLAG_ATTRIBUTES) if (element.getAttribute(name) === 'true') words.add(word);
    for (const [name, word] of DIRECTION_FLAGS_FALSE) if (element.getAttribute(name) === 'false') words.add(word);
  }
  return words;
}

/**
 * Parts of `message--agent` or `private-note` count; `ticket_note` is one word (a kind, not an author).
 * A bubble's direction modifier (`bubble--in`, `bubble--out`) is read as incoming/outgoing: only as a
 * modifier, as `sign-in` or `fade-out` say nothing of who wrote it. A CSS-module class
 * (`fromAgent_3Jc8q`, `isCustomer_x81`, `_fromAgent_c2m8o`) counts by its camelCase words, its hash left aside.
 */
function addClassWords(value: string, words: Set<string>): void {
  for (const cased of value.split(/\s+/)) {
    const token = cased.toLowerCase();
    // A build may prefix the module class with "_" (`_fromAgent_c2m8o`, Gorgias-like, 2026-12-06).
    const module = /^_{0,2}([a-z]+[A-Z][a-zA-Z]*)_/.exec(cased)?.[1];
    if (module) for (const part of module.split(/(?=[A-Z])/)) words.add(part.toLowerCase());
    for (const part of moduleLocalWords(cased)) words.add(part);
    // A kebab-case module class keeps its words before the hash (`_bsm-notice_1Ab3`, Seller Central-like, 2026-12-06).
    const kebab = /^_{0,2}([a-z][a-z-]*)_(?=[a-zA-Z]*\d)[a-zA-Z\d]{3,8}$/.exec(cased)?.[1];
    if (kebab) for (const part of kebab.split('-')) if (part) words.add(part);
    const whole = token.replace(/[^a-z]/g, '');
    if (whole) words.add(whole);
    if (/--(in|out)$/.test(token)) words.add(token.endsWith('in') ? 'incoming' : 'outgoing');
    if (!/-|__/.test(token)) continue;
    for (const part of token.split(/-+|__+/)) {
      const word = part.replace(/[^a-z]/g, '');
      if (word) words.add(word);
    }
  }
}

/** Class tokens read of a block: enough for any real build, bounded on a hostile page. */
const MAX_CLASS_CHARS = 200;

/** A block's class tokens as they are: a hashed build's still sort blocks into kinds (./structural-class-kinds.ts). */
export function classTokensOf(block: Element): string[] {
  return (block.getAttribute('class') ?? '').slice(0, MAX_CLASS_CHARS).trim().split(/\s+/).filter(Boolean);
}
