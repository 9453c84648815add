import { stripReplyHtml } from './strip-reply-html';
import { stripReplyText } from './strip-reply-text';

/**
 * Tags that only HTML mail has near its start: plain text that mentions "<b>" once is not HTML. A tag's
 * name ends at a space, "/" or ">": "<p.bakker@firm.example>" in a header block is an address.
 */
const HTML_MARKUP =
  /<(?:!doctype\s+html|html|head|body|div|p|br|blockquote|table|span|font)(?=[\s/>])[^<>]{0,2000}>|<\/(?:div|p|blockquote|span|font|td|html|body)>/gi;
const MIN_HTML_TAGS = 2;
/** Enough of the start to tell: the markup of an HTML mail begins in its first few kilobytes. */
const SNIFF_CHARS = 4096;

/** Whether a message body is HTML mail (as a site or the CLI may hand it over) rather than text. */
export function looksLikeHtml(body: string): boolean {
  const head = body.slice(0, SNIFF_CHARS);
  let tags = 0;
  for (const _ of head.matchAll(HTML_MARKUP)) if (++tags >= MIN_HTML_TAGS) return true;
  return false;
}

/**
 * The new text the sender wrote, as plain text: without quoted history and signature. Takes a
 * plain-text body or an HTML body (told apart by its markup); HTML keeps its structure until the
 * end (blockquotes, gmail_quote, Outlook's header block, Apple's type=cite, Thunderbird's
 * moz-cite-prefix, Yahoo's quoted block are cut as elements, then the text is stripped as text).
 */
export function stripReply(body: string): string {
  return looksLikeHtml(body) ? stripReplyHtml(body) : stripReplyText(body);
}

/** A message as a page or mail hands it over: its text, and its HTML when the reader kept it. */
export function stripMessage(message: { text: string; html?: string | undefined }): string {
  return message.html !== undefined && message.html.trim() !== '' ? stripReplyHtml(message.html) : stripReply(message.text);
}
