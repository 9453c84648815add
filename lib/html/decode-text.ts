/**
 * HTML text and attribute values to what they show: character references decoded, the few that mail is
 * full of from a table of their own, any other by the `entities` package (decodeHTML costs µs per call).
 */
import { decodeHTML } from 'entities';

const COMMON_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&nbsp;': '\u00a0',
  '&#39;': "'",
  '&apos;': "'",
};
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g;

/** Most text holds no '&': returned as it is, no pattern run. */
export const decodeText = (text: string) =>
  text.includes('&') ? text.replace(ENTITY, (entity) => COMMON_ENTITIES[entity] ?? decodeHTML(entity)) : text;
