/**
 * The signed-in account's menu in the page's navigation bar: a menu toggle whose words are a person's
 * name ("Svenja Meyer ▾" at the right end of a Bootstrap navbar, a FreeScout-like helpdesk in a German
 * UI, blind set 17, 2026-12-07). No account word says so; the shape does: the bar's other menus are
 * named for places ("Postfach", "Mailboxes"), and the one named for a person opens that person's
 * profile and logout. Only in the chrome outside the main content, and only a menu toggle: a list of
 * conversations beside the thread names customers, but as links, never as the bar's menus.
 */
import { MAIN_CONTENT } from './generic-selectors';
import { firstElements } from './first-elements';
import { singleLine } from './single-line';

const BAR = 'nav, [role="navigation"], [role="banner"], header';
const MENU_TOGGLE =
  '[class*="dropdown-toggle" i], [data-toggle="dropdown"], [data-bs-toggle="dropdown"], [aria-haspopup="true"], [aria-haspopup="menu"]';
/** Elements of a bar looked at (bounded work). */
const BAR_ELEMENTS = 80;
/** A person's name: two or three capitalised words ("Svenja Meyer", "Ana María López"). */
const PERSON = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}$/u;

/** Whether an area of the page chrome is a navigation bar outside the main content. */
export function isNavigationBar(area: Element): boolean {
  return area.matches(BAR) && !area.parentElement?.closest(MAIN_CONTENT);
}

/** The names (lower case) on the menu toggles of a navigation bar that read as a person's name. */
export function accountMenuNames(bar: Element): string[] {
  return firstElements(bar, BAR_ELEMENTS)
    .filter((element) => element.matches(MENU_TOGGLE))
    .map((toggle) => singleLine(toggle.textContent, 80))
    .filter((name) => PERSON.test(name))
    .map((name) => name.toLowerCase());
}
