/**
 * Tag names as the HTML scan reads them, lower-cased, with what the scan needs to know of each:
 * the names seen last are compared in place, so a mail of 60,000 `<p>`s makes no string per tag
 * and asks its sets of tag names once per name, not once per tag.
 */

/** Mail uses a handful of tag names over and over: a few recent ones cover most tags. */
const RECENT_NAMES = 8;

export interface TagNameReader<T> {
  /** What `factsOf` said of the lower-cased name `html` holds from `start` to `end`. */
  read(html: string, start: number, end: number): T;
}

export function tagNameReader<T>(factsOf: (name: string) => T): TagNameReader<T> {
  const raws: string[] = [];
  const facts: T[] = [];
  let next = 0;
  return {
    read(html, start, end) {
      const length = end - start;
      for (let k = 0; k < raws.length; k++) {
        const raw = raws[k] ?? '';
        if (raw.length === length && html.startsWith(raw, start)) return facts[k] as T;
      }
      const raw = html.slice(start, end);
      const fact = factsOf(raw.toLowerCase());
      raws[next] = raw;
      facts[next] = fact;
      next = (next + 1) % RECENT_NAMES;
      return fact;
    },
  };
}
