/**
 * The HTML elements whose edges start a new line of the text a reader sees: one list for both readers of HTML,
 * the page reader (lib/sites/text.ts, on a DOM) and the mail stripper's renderer (lib/ticket/html-parts-renderer.ts,
 * on HTML source), so a message reads the same lines in both. The page reader sets paragraphs apart by a blank
 * line; the stripper's renderer breaks the line only (Outlook writes every line of a mail as a `<p>`), so
 * paragraphs are listed apart. `<pre>` starts a line too, and both read it as preformatted: each handles it by name.
 */

/** Elements that start and end a line. */
export const LINE_BLOCK_TAGS: readonly string[] = [
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
];

/** Paragraphs and headings: a line of their own, set apart by a blank line where the reader keeps those. */
export const PARAGRAPH_TAGS: readonly string[] = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Table cells: their edges are a gap between words, not a new line. */
export const CELL_TAGS: readonly string[] = ['td', 'th'];
