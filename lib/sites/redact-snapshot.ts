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
import { redactAttributes } from '@/lib/sites/redact-attributes';
import { keptWord, WORD } from '@/lib/sites/redact-kept-words';
import { placeholders, randomKey } from '@/lib/sites/redact-placeholder';
import { redactTextNode } from '@/lib/sites/redact-text-node';
import { composedDocument } from '@/lib/sites/shadow-composed';

export interface Redactor {
  /** The document as redacted HTML (`<!doctype html>` + the root element). */
  snapshot(document: Document): string;
  /** The same mapping for strings that go with the snapshot (the expected ticket). */
  text(text: string): string;
}

const REMOVED = 'script, noscript, frame, object, embed, template, link[rel="import"], meta[http-equiv]';

export function createRedactor(key: Uint32Array = randomKey()): Redactor {
  const placeholder = placeholders(key);
  const word = (original: string): string => (keptWord(original) ? original : placeholder(original));
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
