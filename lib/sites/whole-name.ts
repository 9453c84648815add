/**
 * A name the page shows cut short ("Elif Karab…", "Jonathan Wi...": a compact density, a narrow
 * column) while the element, or an element just above it, keeps the whole name in an attribute
 * (`name`, `title`, `aria-label`, `data-*`), as Gmail's sender chip does (seen 2026-12-06). The
 * whole name is the attribute's words that start with the shown part.
 */

/** The shown text ends with an ellipsis: what is before it is all the reader has. */
const CUT = /\s*(?:…|\.\.\.)$/;
/** Elements looked at: the name's own and two above it (a chip's wrapper, its header row). */
const LEVELS = 3;

export function wholeName(shown: string, element: Element | null): string {
  const start = shown.replace(CUT, '');
  if (start === shown || start.length < 2) return shown;
  for (let at = element, level = 0; at && level < LEVELS; at = at.parentElement, level++) {
    for (const { name, value } of Array.from(at.attributes)) {
      if (!/^(?:name|title|aria-label|data-.*)$/.test(name)) continue;
      const from = value.indexOf(start);
      // The shown part and the rest of its words (letters, marks, apostrophes, hyphens, spaces), up to a "<", "," or "(".
      const whole = from < 0 ? '' : /^[\p{L}\p{M}'’. -]+/u.exec(value.slice(from))?.[0].trim();
      if (whole && whole.length > start.length) return whole;
    }
  }
  return shown;
}
