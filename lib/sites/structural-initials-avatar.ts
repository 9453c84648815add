/**
 * The signed-in account's avatar in the page's top bar, drawn as the person's initials and labelled
 * with the name and a presence ("TL", aria-label "Théo Larrieu, disponible": Help Scout's French UI,
 * blind set 16, 2026-12-07). No account word says so; the shape does: a label whose name the shown
 * initials abbreviate is a person's avatar, and in the top bar it is ours. Only the top bar (the
 * banner, or a `header` outside the main content): a ticket's own header shows the requester's, and
 * a tab bar shows the customers of open tickets.
 */
import { MAIN_CONTENT } from './generic-selectors';
import { firstElements } from './first-elements';
import { singleLine } from './single-line';

/** Elements of a top bar looked at (bounded work). */
const TOP_BAR_ELEMENTS = 60;
/** Initials as an avatar draws them: two or three capitals, maybe dotted or spaced ("TL", "T.L.", "A M L"). */
const INITIALS = /^(?:\p{Lu}[.\s]?){1,3}$/u;
/** What a label adds after the name: a presence or a role, after a comma, a dot or a dash ("…, disponible", "… · Admin"). */
const AFTER_NAME = /\s*(?:[,(·•|–—]|\s-\s).*$/u;
/** A name's words: two to four, each starting with a letter. */
const NAME = /^\p{L}[\p{L}\p{M}'’.-]*(?:\s\p{L}[\p{L}\p{M}'’.-]*){1,3}$/u;

/** Whether an area of the page chrome is its top bar. */
export function isTopBar(area: Element): boolean {
  return area.matches('[role="banner"]') || (area.localName === 'header' && !area.parentElement?.closest(MAIN_CONTENT));
}

/** The names (lower case) of the avatars in a top bar that show their labelled name's initials. */
export function initialsAvatarNames(topBar: Element): string[] {
  const names: string[] = [];
  for (const element of firstElements(topBar, TOP_BAR_ELEMENTS)) {
    if (element.closest('[role="tab"], [role="tablist"]')) continue;
    const shown = singleLine(element.textContent, 10);
    if (!INITIALS.test(shown)) continue;
    const label = singleLine(element.getAttribute('aria-label') || element.getAttribute('title'), 120).replace(AFTER_NAME, '');
    if (NAME.test(label) && abbreviates(shown, label)) names.push(label.toLowerCase());
  }
  return names;
}

/** "TL" for "Théo Larrieu"; the first and last initials of a longer name too ("AL" for "Ana María López"). */
function abbreviates(shown: string, name: string): boolean {
  const letters = shown.replace(/[.\s]/g, '');
  const initials = name.split(/\s+/).map((word) => word[0]!.toUpperCase());
  return letters === initials.join('') || letters === `${initials[0]}${initials.at(-1)}`;
}
