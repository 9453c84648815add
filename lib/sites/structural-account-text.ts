/**
 * What an account element of the page chrome says (./structural-identity.ts): its label, title, alt
 * or small text, read as "<account prefix> <name>", a greeting ("Hi Name!") or a name with its
 * addresses and presence ("Name (a@x) · Online"). The prefixes and greetings are data, in many languages.
 */
import { fromWords } from './reader-words';
import { EVERY_EMAIL_IN_TEXT } from './people';
import { singleLine } from './single-line';
import { firstElements } from './first-elements';

/** Elements an account element may hold for its whole text to be read as a name. */
const MAX_NAME_ELEMENTS = 10;
const PREFIXES = fromWords((words) => [...words.accountPrefixes].sort((a, b) => b.length - a.length));
const GREETING = fromWords((words) => new RegExp(`^(?:${words.greetings.join('|')})[,،，!\\s]+`, 'iu'));
/** What an account label adds after the name: presence, role, "(you)". */
const STATUS = /\s*[·•|–-]\s*(?:online|offline|away|busy|available|admin|agent)\b.*$/i;

/** The label, title, alt or (small) text an account element shows. */
export function accountTexts(element: Element): string[] {
  const texts = ['content', 'data-current-user', 'aria-label', 'title', 'alt', 'name', 'email', 'data-email'].map(
    (name) => element.getAttribute(name) ?? '',
  );
  if (firstElements(element, MAX_NAME_ELEMENTS + 1).length <= MAX_NAME_ELEMENTS) {
    texts.push(element.textContent ?? '');
    for (const image of Array.from(element.getElementsByTagName('img')).slice(0, 3)) texts.push(image.getAttribute('alt') ?? '');
  }
  return texts.map((text) => singleLine(text, 200)).filter((text) => text.length >= 2);
}

/** A chrome element labelled "<account prefix> <name>", or a few words starting with a greeting. */
export function namesAccount(element: Element): boolean {
  if (hasPrefix(element.getAttribute('aria-label') ?? '') || hasPrefix(element.getAttribute('title') ?? '')) return true;
  return element.childElementCount <= 3 && GREETING().test(singleLine(element.textContent, 200));
}

export function hasPrefix(said: string): boolean {
  const lower = said.toLowerCase();
  return PREFIXES().some((prefix) => lower.startsWith(prefix));
}

export function addAccount(said: string, names: Set<string>, emails: Set<string>): void {
  const lower = said.toLowerCase();
  const prefix = PREFIXES().find((candidate) => lower.startsWith(candidate));
  // A bare label ("Profile", "Account") names nobody.
  if (!prefix && /^(?:profile|account|my account|your account|konto|compte|cuenta|conta)$/i.test(said)) return;
  let rest = prefix ? said.slice(prefix.length) : said;
  for (const email of rest.match(EVERY_EMAIL_IN_TEXT) ?? []) emails.add(email.toLowerCase());
  rest = rest
    .replace(EVERY_EMAIL_IN_TEXT, ' ')
    .replace(/[()<>]/g, ' ')
    .replace(GREETING(), '');
  // What ends the name: "!" after a greeting's, the commas or semicolons that listed addresses after it ("Name (a@x; b@y)").
  // A greeting's line goes on with links after a bar ("Name | My profile | Sign out").
  const name = clean(
    rest
      .split(/\s[|•]\s/)[0]!
      .replace(STATUS, '')
      .replace(/[\s!,;]+$/, ''),
  );
  if (name.length >= 2 && name.length <= 80) names.add(name);
}

export function clean(name: string): string {
  return singleLine(name, 120).toLowerCase();
}
