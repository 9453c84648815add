/**
 * What marks an element as one message of a conversation (./generic-blocks.ts): a sender line,
 * address or time in it or in its first words; and what marks it as page chrome instead.
 */
import { hasFallbackCue } from './structural-sender-fallbacks';
import { inLog } from './structural-log-list';
import { CHROME, MAIL_CUE, MAIN_CONTENT, PAGE_HEADER, SENDER_CUE } from './generic-selectors';

/** How far into a block its sender line may sit. */
const HEADER_CHARS = 400;
const EMAIL_IN_HEADER = /[^\s@<>]+@[^\s@<>]+\.[a-z]{2,24}/i;

/** A sender line, address or time element, or an address written in the block's first words. */
export function hasSenderCue(member: Element): boolean {
  if (member.querySelector(SENDER_CUE) !== null) return true;
  const leading = leadingText(member);
  return EMAIL_IN_HEADER.test(leading) || hasFallbackCue(member, leading);
}

/**
 * One message alone on the page (a contact-form entry, a single e-mail): only when it is marked as
 * a message and shows an address — a blog post's byline is not a customer writing in.
 */
export function isLoneMessage(only: Element): boolean {
  return only.querySelector(MAIL_CUE) !== null || EMAIL_IN_HEADER.test(leadingText(only)) || inLog(only);
}

/** The block's first HEADER_CHARS characters, without building the text of all it holds. */
export function leadingText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  while (text.length < HEADER_CHARS && walker.nextNode()) text += `${walker.currentNode.nodeValue ?? ''} `;
  return text.slice(0, HEADER_CHARS);
}

/** Navigation, sidebars, footers, and the page's own header (not a ticket's header in the content). */
export function isPageChrome(element: Element): boolean {
  if (element.closest(CHROME)) return true;
  const header = element.closest(PAGE_HEADER);
  return header !== null && header.parentElement?.closest(MAIN_CONTENT) == null;
}
