/**
 * A profile's heading tag (`h2`) also finds the same heading drawn as a div: a div-only build of a
 * page writes `<div role="heading" aria-level="2">` where the old one had `<h2>`, and the agent sees
 * the same heading (the swap-tags layout mutation; Etsy-like and eBay-like pages read their member's
 * name and subject from headings). Only a heading tag as an element's type is widened: not one
 * inside a class name, an attribute or a quoted value.
 */

/** `h1`–`h6` as a type selector: after the start, a space, a combinator, a comma or "(", before the end of a compound. */
const HEADING_TAG = /(^|[\s>+~,(])h([1-6])(?=$|[\s>+~,).[:#])/gi;
/** Quoted values and attribute brackets, left as written. */
const LITERAL = /("[^"]*"|'[^']*'|\[[^\]]*\])/;

export function withHeadingRoles(css: string): string {
  if (!/h[1-6]/i.test(css)) return css;
  return css
    .split(LITERAL)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            HEADING_TAG,
            (_, before: string, level: string) => `${before}:is(h${level}, [role="heading"][aria-level="${level}"])`,
          ),
    )
    .join('');
}
