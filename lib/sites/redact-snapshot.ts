/**
 * A redacted snapshot of a page that was read wrong, for an adapter author to turn into a fixture:
 * the structure, classes, roles, test ids, data-* and timestamps kept; every word of text and of
 * attributes that may carry personal data (title, aria-label, alt, href, value, email, name, …)
 * replaced by a same-shape placeholder — letters by letters of the same case and script, digits by
 * digits, length and punctuation kept — and scripts, event handlers, comments and frames removed (a
 * same-origin frame's document is kept, redacted alike, as its `srcdoc`).
 * One redactor maps a word to the same placeholder everywhere (so the signed-in agent in the
 * header still matches the agent in the messages), with a random key per snapshot, so placeholders
 * cannot be reversed by hashing guessed names. Nothing leaves the browser unless the agent exports.
 */
import keep from './redact-keep-words.json';
import {
  accountPrefixes,
  agentLabels,
  attachedEvents,
  automatedLabels,
  deliveryReportSenders,
  events,
  greetings,
  selfAuthorNames,
} from './structural-words.json';
import { assistantNames } from './structural-assistant-words.json';
import { foldedMessages } from './structural-folded-words.json';
import { translationNotes } from './structural-translation-words.json';
import { receipts } from './structural-receipt-words.json';
import { draftLabels } from './structural-draft-words.json';
import { customerLabels, shopLabels } from './structural-role-label-words.json';
import { sectionLabels } from './structural-subject-words.json';
import { domains, localParts } from './form-relay-words.json';
import { addresseeLabels } from './structural-header-row-words.json';
import { tooltipDate } from './structural-tooltip-time';
import { redactedTimeLabel } from './redact-time-label';
import { dateTextTime, langOf } from './structural-shown-time';
import { composedDocument } from './shadow-composed';

export interface Redactor {
  /** The document as redacted HTML (`<!doctype html>` + the root element). */
  snapshot(document: Document): string;
  /** The same mapping for strings that go with the snapshot (the expected ticket). */
  text(text: string): string;
}

const REMOVED = 'script, noscript, frame, object, embed, template, link[rel="import"], meta[http-equiv]';
/**
 * Attribute values that name structure, not people: kept. Every other value is redacted — `data-sender`
 * too, through the same word mapping: it holds a side ("self", "buyer") on some sites but the
 * member's user ID on eBay's mobile messages (2026-12-04); a side word is kept (redact-keep-words.json).
 */
const STRUCTURAL_ATTRIBUTE =
  /^(?:class|id|role|type|dir|lang|style|align|hidden|sandbox|contenteditable|tabindex|for|rel|itemprop|itemtype|itemscope|datetime|colspan|rowspan|cellpadding|cellspacing|width|height|charset|translate|jsname|jscontroller|jsaction|aria-(?:hidden|expanded|selected|level|multiline|checked|haspopup|live|orientation)|data-(?:test-?id|qa|cy|selector|app-section|garden-id|role|type|direction|channel|public|from-agent|is-agent|sender-(?:role|type)|author-(?:role|type)|entity-type|entity-is-selected|placeholder-kind))$/i;
const ON_HANDLER = /^on/i;
/** A word: a run of letters, marks and digits in any script. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const KEPT = new Set(
  // Every label the readers decide by is UI vocabulary, not personal data, and must survive, or the snapshot reads
  // otherwise than the page (an "Automated" survey reply became an event): the readers' word lists, whole.
  // Form mailers' addresses and fields too (form-relay-words.json), and the mail system's (postmaster@): a platform's, not a person's.
  [
    agentLabels,
    automatedLabels,
    selfAuthorNames,
    accountPrefixes,
    greetings,
    events,
    attachedEvents,
    assistantNames,
    foldedMessages,
    translationNotes,
    receipts,
    draftLabels,
    customerLabels,
    shopLabels,
    sectionLabels,
    addresseeLabels,
    keep.words,
    domains,
    localParts,
    deliveryReportSenders,
  ]
    .flat()
    .flatMap((phrase) => phrase.toLowerCase().match(WORD) ?? []),
);
/** Short texts of timestamps stay as they are: times are no one's personal data and order the messages. */
const TIMESTAMP = 'time, [datetime], [class*="date" i], [class*="time" i], [data-app-section*="time" i], [data-app-section*="date" i]';
const MAX_TIMESTAMP_CHARS = 40;

export function createRedactor(key: Uint32Array = randomKey()): Redactor {
  const cache = new Map<string, string>();
  const capital = capitalSubstitution(key);
  const word = (original: string): string => {
    if (KEPT.has(original.toLowerCase())) return original;
    let placeholder = cache.get(original);
    if (placeholder === undefined) {
      placeholder = INITIALS.test(original)
        ? original.replace(/[A-Z]/g, capital)
        : sameShape(original, seeded(hash(original, key))).replace(/^[A-Z]/, () => capital(original[0]!));
      cache.set(original, placeholder);
    }
    return placeholder;
  };
  const text = (value: string) => value.replace(WORD, word);
  // Open shadow roots go in as the readers see them, composed in place (./shadow-composed.ts): a page
  // rendered by web components is reported with its conversation, not as empty hosts.
  return { text, snapshot: (document) => snapshot(composedDocument(document), text) };
}

function snapshot(document: Document, text: (value: string) => string): string {
  const root = document.documentElement.cloneNode(true) as Element;
  // A same-origin frame's document is part of what the readers read (a mail body in `srcdoc`, ./text.ts): it is
  // snapshotted the same way and kept as the frame's `srcdoc`; any other frame goes.
  const frames = Array.from(document.querySelectorAll('iframe')).map((frame) => {
    const framed = frame.contentDocument;
    return framed?.documentElement ? snapshot(framed, text) : null;
  });
  const cloned = Array.from(root.querySelectorAll('iframe'));
  for (const [index, frame] of cloned.entries()) if (!frames[index]) frame.remove();
  for (const element of Array.from(root.querySelectorAll(REMOVED))) element.remove();
  const walker = document.createTreeWalker(root, 1 | 4 | 128 /* elements, text, comments */);
  const comments: Node[] = [];
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === 8) comments.push(node);
    else if (node.nodeType === 3) redactTextNode(node, text);
    else redactAttributes(node as Element, text);
  }
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const [index, frame] of cloned.entries()) if (frames[index]) frame.setAttribute('srcdoc', frames[index]);
  return `<!doctype html>\n${root.outerHTML}`;
}

function redactTextNode(node: Node, text: (value: string) => string): void {
  const parent = node.parentElement;
  if (!parent || parent.localName === 'style') return;
  const stamp = parent.closest(TIMESTAMP);
  if (stamp && looksLikeTime(stamp.textContent)) return;
  // A date however its element is named ("30.11.2026 19:40" in a `…__when`, "De : claire · 30 nov. 2026 09:12"):
  // the readers find messages and their order by it; the name beside it is redacted.
  const lang = langOf(parent);
  node.nodeValue = (node.nodeValue ?? '')
    .split(ROW_SEPARATOR)
    .map((part, index) => (index % 2 === 1 || dateTextTime(part, lang, false, true) ? part : text(part)))
    .join('');
}

/** The separators of a header row's parts (name · date). */
const ROW_SEPARATOR = /(\s[·•|]\s)/;

/** A class such as "timeline-entry__sender" matches TIMESTAMP too: only a short text with a digit is a time. */
function looksLikeTime(value: string | null): boolean {
  return !!value && value.length <= MAX_TIMESTAMP_CHARS && /\p{N}/u.test(value);
}

/**
 * A timestamp's `title` or `aria-label` often holds the exact time the reader orders messages by —
 * on an element of any class (Gmail's `span.g3`): a tooltip that reads as a full date is a time.
 */
function isTimeAttribute(element: Element, name: string, value: string): boolean {
  return (
    (name === 'title' || name === 'aria-label') && looksLikeTime(value) && (element.matches(TIMESTAMP) || tooltipDate(value) !== undefined)
  );
}

function redactAttributes(element: Element, text: (value: string) => string): void {
  for (const { name, value } of Array.from(element.attributes)) {
    if (ON_HANDLER.test(name) || name === 'srcdoc') element.removeAttribute(name);
    else if (name === 'src' && !value.startsWith('data:')) element.setAttribute(name, '');
    else if (STRUCTURAL_ATTRIBUTE.test(name)) continue;
    else if (isTimeAttribute(element, name, value)) element.setAttribute(name, redactedTimeLabel(value, text));
    else element.setAttribute(name, text(value));
  }
  // A form field's typed value lives in the property, not the attribute.
  if ((element.localName === 'input' || element.localName === 'textarea') && 'value' in element) {
    (element as HTMLInputElement).setAttribute('value', text((element as HTMLInputElement).value ?? ''));
  }
}

/** Letters by letters of the same case and script, digits by digits; everything else as it was. */
function sameShape(original: string, next: () => number): string {
  let out = '';
  for (const char of original) {
    const pick = (from: number, count: number) => String.fromCodePoint(from + Math.floor(next() * count));
    if (/\p{N}/u.test(char)) out += pick(48, 10);
    else if (/\p{Lu}/u.test(char)) out += pick(65, 26);
    else if (/\p{Script=Hangul}/u.test(char)) out += pick(0xac00, 11172);
    else if (/\p{Script=Han}/u.test(char)) out += pick(0x4e00, 20902);
    else if (/\p{Script=Hiragana}/u.test(char)) out += pick(0x3041, 86);
    else if (/\p{Script=Katakana}/u.test(char)) out += pick(0x30a1, 90);
    // Scripts without capitals keep their script: a name in them is read by its script (structural-lead-name.ts).
    else if (/\p{Script=Arabic}/u.test(char) && /\p{L}/u.test(char)) out += pick(0x0621, 26);
    else if (/\p{Script=Hebrew}/u.test(char) && /\p{L}/u.test(char)) out += pick(0x05d0, 27);
    else if (/\p{L}/u.test(char)) out += pick(97, 26);
    else out += /\p{M}/u.test(char) ? '' : char;
  }
  return out;
}

/**
 * An avatar's initials ("FA") stand beside the name they abbreviate ("Fernanda Almeida"), and the readers
 * drop them by that match: a capital that starts a word and the capitals of an all-capitals word of up to
 * three letters go through one substitution of A–Z per snapshot, so "FA" and "Fernanda Almeida" still
 * match once redacted. It keeps only which words share an initial, under a random key.
 */
const INITIALS = /^[A-Z]{1,3}$/;

function capitalSubstitution(key: Uint32Array): (letter: string) => string {
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const next = seeded(hash('initials', key));
  for (let index = letters.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [letters[index], letters[other]] = [letters[other]!, letters[index]!];
  }
  return (letter) => letters[letter.charCodeAt(0) - 65] ?? letter;
}

function randomKey(): Uint32Array {
  return crypto.getRandomValues(new Uint32Array(4));
}

/** FNV-1a over the word and the key: a seed, not a secret (the key is). */
function hash(word: string, key: Uint32Array): number {
  let value = 0x811c9dc5 ^ key[0]!;
  for (let index = 0; index < word.length; index++) value = Math.imul(value ^ word.charCodeAt(index), 0x01000193);
  for (let index = 1; index < key.length; index++) value = Math.imul(value ^ key[index]!, 0x01000193);
  return value >>> 0;
}

/** mulberry32: a small, fast generator for the placeholder's letters. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
