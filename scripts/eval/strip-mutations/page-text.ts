/**
 * An HTML mail as a helpdesk page shows it, read back as text the way `innerText` reads it: the
 * content script reads the ticket from the page, not the raw mail, so quotes arrive as indented
 * blocks without '>' markers, the attribution line kept above them. Blocks on lines of their own
 * (paragraphs a blank line apart), `<br>` a line break, table cells a tab apart, white space of
 * shown text collapsed, what is not shown left out (head, style, script, `display:none`).
 */
import { parseHTML } from 'linkedom';

const NOT_SHOWN = new Set(['head', 'style', 'script', 'title', 'template', 'noscript', 'meta', 'link']);
const BLOCKS = new Set(
  'address article aside blockquote center dd div dl dt fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol pre section table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
/** Blocks innerText sets apart by a blank line, not one line break. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

interface Rendered {
  parts: Array<string | number>;
  /** Index in `parts` where the first blockquote opens (its text has no marker in page text). */
  quoteAt?: number;
}

function walk(node: Node, out: Rendered, inPre: boolean): void {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    out.parts.push(inPre ? text : text.replace(/[ \t\n\r\f]+/g, ' '));
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  const name = element.tagName.toLowerCase();
  if (NOT_SHOWN.has(name) || element.hasAttribute('hidden') || HIDDEN_STYLE.test(element.getAttribute('style') ?? '')) return;
  if (name === 'br') {
    out.parts.push('\n');
    return;
  }
  if (name === 'blockquote' && out.quoteAt === undefined) out.quoteAt = out.parts.length;
  const breaks = PARAGRAPHS.has(name) ? 2 : BLOCKS.has(name) ? 1 : 0;
  if (breaks) out.parts.push(breaks);
  for (const child of Array.from(element.childNodes)) walk(child, out, inPre || name === 'pre');
  if (name === 'td' || name === 'th') out.parts.push('\t');
  if (breaks) out.parts.push(breaks);
}

export interface PageText {
  text: string;
  /** The page text above the first blockquote, and the quote's own text, when the mail has one. */
  aboveQuote?: string;
  quote?: string;
}

/** The page text of an HTML mail (numbers in `parts` are required line breaks, merged as innerText merges them). */
export function pageText(html: string): PageText {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const out: Rendered = { parts: [] };
  walk(document.body ?? document.documentElement, out, false);
  const text = joinParts(out.parts);
  if (out.quoteAt === undefined) return { text };
  return { text, aboveQuote: joinParts(out.parts.slice(0, out.quoteAt)), quote: joinParts(out.parts.slice(out.quoteAt)) };
}

function joinParts(parts: ReadonlyArray<string | number>): string {
  let text = '';
  let pending = 0;
  for (const part of parts) {
    if (typeof part === 'number') {
      pending = Math.max(pending, part);
      continue;
    }
    if (part === '' || (part === ' ' && (text === '' || text.endsWith('\n') || pending > 0))) continue;
    if (pending > 0 && text !== '') text = `${text.replace(/[ \t]+$/, '')}${'\n'.repeat(pending)}`;
    pending = 0;
    text += text.endsWith('\n') ? part.replace(/^ +/, '') : part;
  }
  return text
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .join('\n')
    .trim();
}
