/**
 * Tag names as the HTML scan reads them, lower-cased: the names seen last are compared in place,
 * so a mail of 60,000 `<p>`s makes no string per tag, and every `p` is the same string (its hash,
 * asked by each set of tag names, is computed once).
 */

/** Mail uses a handful of tag names over and over: a few recent ones cover most tags. */
const RECENT_NAMES = 8;

export interface TagNameReader {
  /** The lower-cased name `html` holds from `start` to `end`. */
  read(html: string, start: number, end: number): string;
}

export function tagNameReader(): TagNameReader {
  const raws: string[] = [];
  const names: string[] = [];
  let next = 0;
  return {
    read(html, start, end) {
      const length = end - start;
      for (let k = 0; k < raws.length; k++) {
        const raw = raws[k] ?? '';
        if (raw.length === length && html.startsWith(raw, start)) return names[k] ?? '';
      }
      const raw = html.slice(start, end);
      const name = raw.toLowerCase();
      raws[next] = raw;
      names[next] = name;
      next = (next + 1) % RECENT_NAMES;
      return name;
    },
  };
}
