/**
 * A tag's attributes from its raw source (the text after its name), read only when a listener asks:
 * most tags in mail are read for their name alone.
 */
import { decodeText } from '@/lib/html/decode-text';

const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]{0,60})\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** What a tag without any value has: one shared object, not one per element (most tags in mail have none). */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** Names lower-cased, values decoded; the first of a repeated name wins, as in browsers. */
export function parseAttributes(source: string): Readonly<Record<string, string>> {
  if (!source.includes('=')) return NO_ATTRIBUTES;
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!(name in attributes)) attributes[name] = decodeText(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}
