/**
 * The plain text of a reply another tool stored as HTML (Zendesk `comment_value_html`, Help Scout
 * saved replies, Gorgias `body_html`). Deskpilot bodies are plain text rendered as text, so markup
 * becomes line breaks and everything else is dropped. Runs in Node (CLI) and in extension pages,
 * so it works on the string rather than on a DOM; the output is data, never re-parsed as HTML.
 */

import { decodeHTML } from 'entities';

const BLOCK_END = /<\/(p|div|h[1-6]|blockquote|ul|ol|table|tr)\s*>/gi;

/** True when the text looks like markup rather than text that mentions a "<". */
export function looksLikeHtml(text: string): boolean {
  return /<(br|p|div|span|a|b|strong|em|i|u|ul|ol|li|h[1-6]|table|img)\b[^>]*>/i.test(text);
}

export function htmlToText(html: string): string {
  const text = html
    .replace(/\r\n?/g, '\n')
    // Source newlines are not line breaks in HTML; tags are.
    .replace(/\n/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(BLOCK_END, '\n\n')
    .replace(/<a\b[^>]*\bhref\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a\s*>/gi, (_, href: string, label: string) =>
      label.replace(/<[^>]*>/g, '').trim() === href ? href : `${label} (${href})`,
    )
    .replace(/<[^>]*>/g, '');
  // Every named and numeric entity, decoded as a browser decodes text (`entities`, the parser htmlparser2 uses).
  return decodeHTML(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
