/**
 * A saved page parsed for `extract` with linkedom instead of happy-dom (./saved-page.ts): the 200
 * messages kept of a 5,000-message Gmail page (19,000 elements) cost happy-dom 1.3–1.7 s of CPU and
 * 155 MB of heap — each of its nodes and attributes is a full object with a dozen Maps and arrays —
 * and linkedom a fraction of that (issue 12; README "Speed"). Three things linkedom 0.18 does
 * differently from a browser, which change what the readers see, are put right here; with them every
 * fixture page reads exactly as happy-dom reads it (./light-page.test.ts holds it to that):
 * - `compareDocumentPosition` says "preceding" for some elements that follow (the subject above the
 *   conversation is then taken for one below it);
 * - a `<template>`'s markup is parsed into the page instead of into its inert `content`;
 * - text is split into several nodes around each character reference (`&lt;`), so a sender line
 *   "Name &lt;address&gt;" is read as "Name  < address >";
 * - an `<iframe srcdoc>` has no document (a mail's HTML shown in a frame, as Zendesk does, would be lost).
 * No script runs and nothing is fetched: linkedom has neither.
 */
import { parseHTML } from 'linkedom';
import { attachDeclarativeShadowRoots } from '@/lib/sites/testing/declarative-shadow';

const DOCUMENT_POSITION = { disconnected: 1, preceding: 2, following: 4, contains: 8, containedBy: 16, implementationSpecific: 32 };

let patched = false;

export function withLightPage<T>(html: string, url: URL, read: (document: Document) => T): T {
  const { document } = parseHTML(html);
  fixCompareDocumentPosition(document as unknown as Document);
  moveTemplateContents(document as unknown as Document);
  loadSourceDocuments(document as unknown as Document);
  attachDeclarativeShadowRoots(document as unknown as Document);
  // Merges the text nodes split around character references (and drops empty ones, as a parser never makes).
  document.documentElement?.normalize();
  // The page's own address, as a browser's document has it (readers fall back to it when given none).
  Object.defineProperty(document, 'URL', { value: url.href, configurable: true });
  return read(document as unknown as Document);
}

/** The DOM standard's answer, from the two nodes' ancestor chains (linkedom's own is wrong; see above). */
function compareDocumentPosition(this: Node, other: Node): number {
  if (this === other) return 0;
  const mine = ancestry(this);
  const theirs = ancestry(other);
  if (mine[0] !== theirs[0]) return DOCUMENT_POSITION.disconnected | DOCUMENT_POSITION.implementationSpecific | DOCUMENT_POSITION.preceding;
  let shared = 0;
  while (shared < mine.length && shared < theirs.length && mine[shared] === theirs[shared]) shared++;
  if (shared === mine.length) return DOCUMENT_POSITION.containedBy | DOCUMENT_POSITION.following;
  if (shared === theirs.length) return DOCUMENT_POSITION.contains | DOCUMENT_POSITION.preceding;
  const mineBranch = mine[shared]!;
  const theirBranch = theirs[shared]!;
  for (let child = mineBranch.parentNode?.firstChild ?? null; child; child = child.nextSibling) {
    if (child === mineBranch) return DOCUMENT_POSITION.following;
    if (child === theirBranch) return DOCUMENT_POSITION.preceding;
  }
  return DOCUMENT_POSITION.disconnected | DOCUMENT_POSITION.implementationSpecific;
}

/** The node's ancestors, the root first, the node itself last (a loop: a page may be 1,024 deep). */
function ancestry(node: Node): Node[] {
  const chain: Node[] = [];
  for (let at: Node | null = node; at; at = at.parentNode) chain.push(at);
  return chain.reverse();
}

/** Replaces linkedom's method on the prototype that defines it, once per process. */
function fixCompareDocumentPosition(document: Document): void {
  if (patched) return;
  let prototype: object | null = document;
  while (prototype && !Object.hasOwn(prototype, 'compareDocumentPosition')) prototype = Object.getPrototypeOf(prototype);
  if (!prototype) throw new Error('linkedom has no compareDocumentPosition to correct; check its version.');
  Object.defineProperty(prototype, 'compareDocumentPosition', { value: compareDocumentPosition, writable: true, configurable: true });
  patched = true;
}

/** A template's markup belongs to its `content`, outside the page's tree, as a browser parses it. */
function moveTemplateContents(document: Document): void {
  for (const template of Array.from(document.querySelectorAll('template'))) {
    const content = (template as HTMLTemplateElement).content as DocumentFragment | undefined;
    while (template.firstChild) {
      const child = template.firstChild;
      if (content) content.appendChild(child);
      else child.remove();
    }
  }
}

/** A `srcdoc` frame's document, parsed from its attribute as a browser loads it (same origin: the reader may read it). */
function loadSourceDocuments(document: Document): void {
  for (const frame of Array.from(document.querySelectorAll('iframe[srcdoc]'))) {
    const framed = parseHTML(frame.getAttribute('srcdoc') ?? '').document;
    framed.documentElement?.normalize();
    Object.defineProperty(frame, 'contentDocument', { value: framed, configurable: true });
  }
}
