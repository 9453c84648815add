/**
 * A message block titled by a heading of its own before its sender line (a request's "Description"
 * panel: "Description" / "Uxía Fernández Pazos raised this request via portal · 01/Dec/26", Jira
 * Service Management-like, seen 2026-12-06): the sender line opens the block once that title is
 * set aside, as it opens every other block, and the heading is no part of the message's text.
 */
const OWN_HEADING = ':scope > :is(h1, h2, h3, h4, h5, h6, [role="heading"]):first-child';

/** The heading the block opens with ('' when none): a header line of the block, not the message's words. */
export function ownHeading(block: Element): string {
  return (block.querySelector(OWN_HEADING)?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** The block's first words without the heading it opens with, if any. */
export function withoutOwnHeading(block: Element, leading: string): string {
  const title = ownHeading(block);
  const words = leading.replace(/\s+/g, ' ').trimStart();
  return title && words.startsWith(title) ? words.slice(title.length) : leading;
}
