/**
 * A build step that leaves out the top-level `_comment` of every imported JSON data file: the
 * comment documents the file for its readers, and bundled it would cost every content script that
 * imports a word list bytes of its 30 KB gzip budget for text no code reads.
 */
import type { Plugin } from 'vite';

export const JSON_COMMENT_KEY = '_comment';

/** `source` without its top-level comment; anything but a JSON object is returned unchanged. */
export function withoutJsonComment(source: string): string {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return source; // Vite's own JSON step reports the syntax error with its position.
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.hasOwn(data, JSON_COMMENT_KEY)) return source;
  const { [JSON_COMMENT_KEY]: _dropped, ...rest } = data as Record<string, unknown>;
  return JSON.stringify(rest);
}

/** Runs before Vite's JSON plugin, so named imports and tree shaking still see plain JSON. */
export function dropJsonComments(): Plugin {
  return {
    name: 'deskpilot:drop-json-comments',
    enforce: 'pre',
    transform(source, id) {
      if (!id.endsWith('.json')) return null;
      const stripped = withoutJsonComment(source);
      return stripped === source ? null : { code: stripped, map: null };
    },
  };
}
