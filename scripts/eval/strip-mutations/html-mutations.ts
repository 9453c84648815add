/**
 * Mutations of HTML mail: the same message re-serialised by another client or gateway — other
 * white space between blocks, extra wrapper divs and spans, attributes in another order and
 * quoting, paragraphs written as divs and `<br>` as `<br />`. None changes what a reader sees.
 */
import type { Random } from '../seeded-random';
import type { StripMutation } from './mutation-types';

/** Tags and comments apart from text: odd indexes are markup. */
const MARKUP = /(<!--[\s\S]*?-->|<[^>]*>)/;
const BLOCK_TAGS = new Set([
  'html',
  'head',
  'body',
  'div',
  'p',
  'blockquote',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'li',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
]);
/** Elements whose text is not shown: left alone. */
const HIDDEN_TEXT = new Set(['style', 'script', 'title', 'head']);
const ATTRIBUTE = /\s+([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

const tagName = (tag: string) => /^<\/?([a-zA-Z][\w:-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
const isBlock = (tag: string | undefined) => tag !== undefined && BLOCK_TAGS.has(tagName(tag));

/** Calls `onText` on each text run outside hidden elements; returns the rejoined HTML. */
function mapText(html: string, onText: (text: string) => string): string {
  const parts = html.split(MARKUP);
  let hiddenDepth = 0;
  return parts
    .map((part, index) => {
      if (index % 2 === 1) {
        if (HIDDEN_TEXT.has(tagName(part))) hiddenDepth += part.startsWith('</') ? -1 : 1;
        return part;
      }
      return hiddenDepth > 0 || part.trim() === '' ? part : onText(part);
    })
    .join('');
}

/** Each space of shown text becomes `space` with the chance `share` (also used by the text mutations). */
export function spaceHtmlText(html: string, space: string, share: number, random: Random): string {
  return mapText(html, (text) => text.replace(/ /g, (s) => (random() < share ? space : s)));
}

/** Re-serialises white space next to block tags: none, a line break, or a line break and indent. */
function respaceBlocks(html: string, random: Random): string {
  const parts = html.split(MARKUP);
  return parts
    .map((part, index) => {
      if (index % 2 === 1 || part.trim() !== '') return part;
      if (!isBlock(parts[index - 1]) && !isBlock(parts[index + 1])) return part;
      return ['', '\n', `\n${' '.repeat(1 + Math.floor(random() * 4))}`][Math.floor(random() * 3)]!;
    })
    .join('');
}

/** Wraps each blockquote in a div and shown text runs in spans (as a webmail's editor re-exports them). */
function addWrappers(html: string): string {
  const parts = html.split(MARKUP);
  let hiddenDepth = 0;
  return parts
    .map((part, index) => {
      if (index % 2 === 0) return hiddenDepth > 0 || part.trim() === '' ? part : `<span>${part}</span>`;
      const name = tagName(part);
      if (HIDDEN_TEXT.has(name)) hiddenDepth += part.startsWith('</') ? -1 : 1;
      if (name !== 'blockquote') return part;
      return part.startsWith('</') ? `${part}</div>` : `<div>${part}`;
    })
    .join('');
}

/** Attributes of every tag in reverse order, double quotes as single where the value allows. */
function reorderAttributes(html: string): string {
  return html.replace(
    /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)+)\s*(\/?)>/g,
    (tag, name, attrs, slash) => {
      const list = [...(attrs as string).matchAll(ATTRIBUTE)].map(([, key, value]) =>
        value?.startsWith('"') && !value.includes("'") ? `${key}='${value.slice(1, -1)}'` : value ? `${key}=${value}` : key,
      );
      return list.length < 2 ? tag : `<${name} ${list.reverse().join(' ')}${slash ? ' /' : ''}>`;
    },
  );
}

export const HTML_MUTATIONS: StripMutation[] = [
  { name: 'HTML white space between blocks', mutate: (c, random) => (c.format === 'html' ? respaceBlocks(c.input, random) : undefined) },
  { name: 'HTML extra wrapper divs and spans', mutate: (c) => (c.format === 'html' ? addWrappers(c.input) : undefined) },
  { name: 'HTML attributes reordered', mutate: (c) => (c.format === 'html' ? reorderAttributes(c.input) : undefined) },
  {
    name: 'HTML <p> as <div>, <br> as <br />',
    mutate: (c) => (c.format === 'html' ? c.input.replace(/<(\/?)p(?=[\s>])/gi, '<$1div').replace(/<br\s*\/?>/gi, '<br />') : undefined),
  },
];
