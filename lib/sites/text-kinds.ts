/**
 * What each element is to the page reader (lib/sites/text.ts): text it never shows, a line or
 * paragraph edge, a table cell, a line break, an image, preformatted text.
 */
import { CELL_TAGS, LINE_BLOCK_TAGS, PARAGRAPH_TAGS } from '@/lib/html/block-tags';

const NOT_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'input',
  'button',
  'math',
]);

/** What an element is to the reader, looked up once per element (one map lookup, not four sets). */
export const SKIP = 1;
export const LINE = 2;
export const PARAGRAPH = 3;
export const CELL = 4;
export const BREAK = 5;
export const IMAGE = 6;
export const PRE = 7;
export const KIND = new Map<string, number>([
  ...[...NOT_TEXT].map((tag) => [tag, SKIP] as const),
  ...LINE_BLOCK_TAGS.map((tag) => [tag, LINE] as const),
  ...PARAGRAPH_TAGS.map((tag) => [tag, PARAGRAPH] as const),
  ...CELL_TAGS.map((tag) => [tag, CELL] as const),
  ['br', BREAK],
  ['img', IMAGE],
  ['pre', PRE],
]);
