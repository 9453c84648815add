/**
 * The sender named in bold at the start of a message's header ("**Andrés Molina** replied 10
 * minutes ago", "**Paul** · 2 days ago"): the way helpdesks and forums write a sender line when
 * they give it no name of its own. Only a short bold run that opens the block's first line
 * counts; bold words inside the message say something else.
 */

/** Bold text in the block's header or first child. */
const LEAD = ':scope > header b, :scope > header strong, :scope > :first-child > b, :scope > :first-child > strong';
const MAX_NAME = 60;

/** The bold name that opens the block's header, or undefined. */
export function leadName(block: Element, leading: string): string | undefined {
  const bold = block.querySelector(LEAD);
  const name = (bold?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > MAX_NAME || !/\p{L}/u.test(name) || /[.!?:]$/.test(name)) return undefined;
  // It must open the header line: nothing but a few characters (an avatar's initials) before it.
  const at = leading.replace(/\s+/g, ' ').trimStart().indexOf(name);
  return at >= 0 && at <= 4 ? name : undefined;
}
