/**
 * The side a chat layout puts a bubble on when the page declares it in its own style sheet
 * (`.x7f2a{margin-left:auto}`), not inline nor in a class name that says so: a build that hashes its
 * class names (`bubble--out` → `x7f2a`) keeps the rule that places the bubble, so the side survives
 * where the class words do not. Read from the text of the page's `<style>` elements only (no style
 * computation, no forced layout), for rules whose selector is one class, bounded work on any page.
 */
/** As ./structural-side.ts names it (not imported: that file imports this one). */
type Side = 'start' | 'end' | null;

/** Style elements and characters of them read: a page's own chat styles sit in its first sheets. */
const MAX_STYLES = 20;
const MAX_CHARS = 200_000;
/** One rule without nesting: `selectors { declarations }` (rules inside `@media` are read too). */
const RULE = /([^{}]+)\{([^{}]*)\}/g;
const ONE_CLASS = /^\.(-?[_a-zA-Z][\w-]*)$/;

interface SheetSides {
  /** What the sheets were when read: their count and lengths. */
  key: string;
  sides: Map<string, Side>;
}
const READ = new WeakMap<Document, SheetSides>();

/**
 * The side a class of the element is given by the page's style sheets, or null. `endStyle` and
 * `startStyle` say which declarations place a block at the end or the start (./structural-side.ts).
 */
export function sheetSide(element: Element, endStyle: RegExp, startStyle: RegExp): Side {
  if (!element.classList.length) return null;
  const sides = sheetSides(element.ownerDocument, endStyle, startStyle);
  if (sides.size === 0) return null;
  for (const name of Array.from(element.classList)) {
    const side = sides.get(name);
    if (side) return side;
  }
  return null;
}

function sheetSides(doc: Document, endStyle: RegExp, startStyle: RegExp): Map<string, Side> {
  // Where a page keeps its sheets: the head, and the body's own children (an app that injects them late). Not a
  // search of the whole tree, which recurses into any depth a hostile page nests (a stack overflow).
  const styles = [...Array.from(doc.head?.children ?? []), ...Array.from(doc.body?.children ?? [])]
    .filter((element) => element.localName === 'style')
    .slice(0, MAX_STYLES);
  const texts = styles.map((style) => style.textContent ?? '');
  // The content script reads the page again after each change: the sheets are parsed again only when they changed.
  const key = texts.map((text) => text.length).join(',');
  const known = READ.get(doc);
  if (known?.key === key) return known.sides;
  const sides = new Map<string, Side>();
  for (const [, selectors, declarations] of texts.join('\n').slice(0, MAX_CHARS).matchAll(RULE)) {
    const side: Side = endStyle.test(declarations!) ? 'end' : startStyle.test(declarations!) ? 'start' : null;
    if (!side) continue;
    for (const selector of selectors!.split(',')) {
      const name = ONE_CLASS.exec(selector.trim())?.[1];
      // A class given both sides by two rules says nothing sure.
      if (name) sides.set(name, sides.has(name) && sides.get(name) !== side ? null : side);
    }
  }
  READ.set(doc, { key, sides });
  return sides;
}
