/**
 * How the mail renderer treats an element by its name (html-parts-renderer.ts): hidden, a line break, a block,
 * a cell, preformatted, and its kind when it carries no attribute value. Read once per tag name in a message.
 */
import { CELL_TAGS, LINE_BLOCK_TAGS, PARAGRAPH_TAGS } from '@/lib/html/block-tags';
import { bareElementKind, type ElementKind } from '@/lib/ticket/reply-html-markers';

/** Elements that start a new line in the rendered text (one list with the page reader's, lib/html/block-tags.ts). */
const BLOCK_TAGS = new Set([...LINE_BLOCK_TAGS, ...PARAGRAPH_TAGS, 'pre']);
/** Elements whose text is never shown. */
const HIDDEN_TAGS = new Set(['head', 'script', 'style', 'title', 'template', 'noscript', 'xml']);
/** A cell boundary stays a gap between words, not a new line. */
const CELLS = new Set(CELL_TAGS);

/** How the renderer treats a tag name: read once per name in a message, then carried by its tags. */
export interface TagRole {
  hidden: boolean;
  block: boolean;
  cell: boolean;
  pre: boolean;
  lineBreak: boolean;
  /** A paragraph, which a reader sees set apart by a margin (`<p>`). */
  paragraph: boolean;
  /** Its kind when it carries no attribute value (`<p>`, `<br>`). */
  bareKind: ElementKind;
}

export function tagRole(name: string): TagRole {
  return {
    hidden: HIDDEN_TAGS.has(name),
    block: BLOCK_TAGS.has(name),
    cell: CELLS.has(name),
    pre: name === 'pre',
    lineBreak: name === 'br',
    paragraph: name === 'p',
    bareKind: bareElementKind(name),
  };
}
