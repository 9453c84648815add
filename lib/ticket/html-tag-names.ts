/**
 * Tag names as the HTML scan reads them, lower-cased, with what the scan needs to know of each:
 * the names seen last are compared in place, so a mail of 60,000 `<p>`s makes no string per tag
 * and asks its sets of tag names once per name, not once per tag.
 */

/** Mail uses a handful of tag names over and over: a few recent ones cover most tags. */
const RECENT_NAMES = 8;
/**
 * A name of up to this many ASCII characters is read as one number (its character codes in base
 * 128, exact in a double): compared as a number, not as text (a third of the time of a scan of
 * 60,000 `<p>ok</p><br>` went to comparing names). Longer names are compared as text.
 */
const MAX_KEYED_NAME = 7;
const NOT_KEYED = -1;

/** The number a short name of ASCII characters is read as; NOT_KEYED for a longer or non-ASCII one. */
function nameKey(html: string, start: number, end: number): number {
  if (end - start > MAX_KEYED_NAME) return NOT_KEYED;
  let key = 0;
  for (let at = start; at < end; at++) {
    const code = html.charCodeAt(at);
    if (code >= 128) return NOT_KEYED;
    key = key * 128 + code;
  }
  return key;
}

export interface TagNameReader<T> {
  /** What `factsOf` said of the lower-cased name `html` holds from `start` to `end`. */
  read(html: string, start: number, end: number): T;
}

export function tagNameReader<T>(factsOf: (name: string) => T): TagNameReader<T> {
  const keys: number[] = [];
  const raws: string[] = [];
  const facts: T[] = [];
  let next = 0;
  return {
    read(html, start, end) {
      const key = nameKey(html, start, end);
      const length = end - start;
      for (let k = 0; k < keys.length; k++) {
        if (key !== NOT_KEYED) {
          // Codes are never 0, so names of different lengths never share a number.
          if (keys[k] === key) return facts[k] as T;
          continue;
        }
        const raw = raws[k] ?? '';
        if (keys[k] === NOT_KEYED && raw.length === length && html.startsWith(raw, start)) return facts[k] as T;
      }
      const raw = html.slice(start, end);
      const fact = factsOf(raw.toLowerCase());
      keys[next] = key;
      raws[next] = raw;
      facts[next] = fact;
      next = (next + 1) % RECENT_NAMES;
      return fact;
    },
  };
}
