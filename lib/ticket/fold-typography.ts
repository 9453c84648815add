/**
 * Typographic variants of the characters the stripper's rules are written with: a word processor or
 * a phone keyboard turns "Merci d'avance" into "Merci d’avance", Proton Mail draws its "------- Original
 * Message -------" rule with U+2010 hyphens, French mail puts a no-break space before ":". The rules
 * (code and `reply-words.json`) are written once in ASCII; the text is folded once before they read
 * it, one UTF-16 unit for one, so every index and length of the folded text is the original's.
 */

/** Hyphens and minus signs that stand for "-" (the em dash and the bar are rules of their own: left). */
const HYPHENS = /[\u2010-\u2013\u2212\ufe63\uff0d]/g;
/** Single quotes and apostrophes that stand for "'". */
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\uff07]/g;
/** Double quotes that stand for '"' (guillemets are left: they are quotes of their own). */
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\uff02]/g;
/** Spaces a line holds besides " ": no-break, narrow no-break, figure, thin, ideographic. */
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * Bidirectional controls (LRM, RLM, embeddings, isolates) a right-to-left client wraps a line in
 * ("\u202bدر تاریخ … نوشت:\u202c" as a page's text shows Gmail's Persian attribution): no letter, read as a space.
 */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The full-width '＞' Japanese carrier mail (docomo, au) quotes with (blind set 12, 2026-12-06). */
const GREATER_THAN = /\uff1e/g;
/**
 * A quote marked with bars ("| text", "| | text", as Outlook Express and some Unix clients can be set to quote)
 * stands for '>': only when no other bar follows on the line, so a table row ("| Size | Qty |") is left.
 */
const BAR_QUOTE = /^[ \t]{0,3}(?:\|[ \t]?)+(?=[^|\n]*$)/gm;
/** Any of the above: most mail has none, and is then returned as it is. */
const ANY_VARIANT = new RegExp(
  [HYPHENS, APOSTROPHES, DOUBLE_QUOTES, SPACES, BIDI_CONTROLS, GREATER_THAN, /\|/].map((variants) => variants.source).join('|'),
);

/** `text` with its typographic variants replaced by the ASCII character they stand for; same length. */
export function foldTypography(text: string): string {
  if (!ANY_VARIANT.test(text)) return text;
  return text
    .replace(HYPHENS, '-')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ')
    .replace(BIDI_CONTROLS, ' ')
    .replace(GREATER_THAN, '>')
    .replace(BAR_QUOTE, (prefix) => prefix.replace(/\|/g, '>'));
}

/**
 * The original characters of a reply read from folded text. Each line of `reply` is a piece of a line
 * of `folded`, in order: a whole line, a line cut short (the reply before an inline attribution) or
 * the rest of that line; blank lines may be dropped. Each is found by walking the lines forward, and
 * shown as the same stretch of `original`. Linear in the text; a reply that is not made of pieces of
 * the text is returned as it is.
 */
export function unfoldTypography(reply: string, folded: string, original: string): string {
  if (folded === original) return reply;
  // The usual reply on top: a prefix of the text, restored by its length.
  if (folded.startsWith(reply)) return original.slice(0, reply.length);
  const foldedLines = folded.split('\n');
  const originalLines = original.split('\n');
  let line = 0;
  let column = 0;
  const restored: string[] = [];
  for (const piece of reply.split('\n')) {
    if (piece.trim() === '') {
      restored.push(piece);
      continue;
    }
    // The rest of the current line first, then the start of each line below it.
    let at = (foldedLines[line] ?? '').indexOf(piece, column);
    while (at < 0 && ++line < foldedLines.length) at = foldedLines[line]?.startsWith(piece) ? 0 : -1;
    if (at < 0) return reply;
    restored.push((originalLines[line] ?? '').slice(at, at + piece.length));
    column = at + piece.length;
  }
  return restored.join('\n');
}
