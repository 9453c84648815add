/**
 * Who "we" are on a page no selector fits: the shop's names and addresses from settings (hints),
 * plus the signed-in account as the page chrome shows it — account menus and avatars' labels
 * ("Google Account: Name (email)", "Account manager for …", "Signed in as …"), the mailbox address
 * in the page title, a "Hi <name>!" greeting in the header. In the chrome, any element labelled with
 * an account prefix ("個人檔案：黃佳穎") or whose short text starts with a greeting ("مرحباً، فهد | ملفي")
 * counts, whatever its markup (./structural-account-text.ts). Never read inside the conversation,
 * so a customer cannot claim to be the agent by writing "Signed in as".
 */
import { readerWords } from './reader-words';
import { SIGNED_IN_TEXT } from './generic-selectors';
import { EVERY_EMAIL_IN_TEXT } from './people';
import { singleLine } from './single-line';
import { rememberedOutside } from './engine/outside-memo';
import { firstElements } from './first-elements';
import { initialsAvatarNames, isTopBar } from './structural-initials-avatar';
import { accountMenuNames, isNavigationBar } from './structural-account-menu';
import { accountLabelled } from '@/lib/sites/structural-labelled-account';
import { accountTexts, addAccount, clean, hasPrefix, namesAccount } from '@/lib/sites/structural-account-text';

export interface Identity {
  /** Lower-case names. */
  names: string[];
  /** Lower-case addresses. */
  emails: string[];
}

/** Account menus, avatars and profile links of the page chrome (common patterns, 2026-12-04). */
const MARKED =
  'meta[name="user-login"], meta[name="current-user"], [data-current-user], [class*="current-user" i], [class*="logged-in" i], [class*="account-name" i]';
/**
 * Looked for in the page chrome only (a few areas), where plain text may be trusted. An avatar
 * titled with a name in the page's top bar is the signed-in user's (seen 2026-12-05 on Etsy- and
 * Kayako-like bars: "Elsa Lindqvist – Available"); in a ticket's own header it is the requester's.
 */
const ACCOUNT_IN_CHROME =
  `${MARKED}, [id*="user-menu" i], [class*="user-menu" i], [class*="profile-dropdown" i], [class*="profile-link" i], [class*="identity" i], [id$="_Me"], [role="banner"] [class*="avatar" i][title], body > header [class*="avatar" i][title], ` +
  '[aria-label^="profile" i], [aria-label*="account" i], [aria-label*="signed in" i], [title*="signed in" i], [aria-label*="profile" i], [aria-label*="profil" i], ' +
  '[aria-label*="konto" i], [aria-label*="compte" i], [aria-label*="cuenta" i], [aria-label^="conta " i], [aria-label*="계정"], [aria-label*="アカウント"], ' +
  // A user chip carrying its address in the top bar (`<inbox-user-chip name=… email=…>`, HubSpot-like, seen 2026-12-06); not in a
  // `header`, which may be a ticket's own, holding the requester's chip.
  ':is(nav, [role="banner"], [role="navigation"], [id*="nav" i]) :is([email], [data-email])';
/** Looked for on the whole page: few, cheap patterns (a 1 MB page has 30,000 elements). */
const ACCOUNT_ANYWHERE = `${MARKED}, [aria-label*="account" i], [aria-label*="signed in" i], [title*="signed in" i]`;
const MAX_AREAS = 8;
/** Page chrome, where an account menu's plain text may be trusted. */
const CHROME_AREA =
  'header, nav, [role="banner"], [role="navigation"], [id*="header" i], [id*="navbar" i], [class~="navbar" i], [id*="nav" i]';
const MAX_ACCOUNT_ELEMENTS = 30;
/** Elements of each chrome area looked at for an account label or a greeting (bounded work). */
const CHROME_ELEMENTS = 60;

const IDENTITY = {};

/** Kept until the page outside the conversation changes (./engine/outside-memo.ts): callers must not change it. */
export function findPageIdentity(
  doc: Document,
  self: { names: string[]; emails: string[] } | undefined,
  conversation: Element | null,
): Identity {
  const given = self ? `${self.names.join('\n')}\t${self.emails.join('\n')}` : '';
  return rememberedOutside(doc, conversation, IDENTITY, [given], () => pageIdentity(doc, self, conversation));
}

function pageIdentity(doc: Document, self: { names: string[]; emails: string[] } | undefined, conversation: Element | null): Identity {
  const names = new Set((self?.names ?? []).map(clean).filter(Boolean));
  const emails = new Set((self?.emails ?? []).map((email) => email.trim().toLowerCase()).filter(Boolean));
  const areas = Array.from(doc.querySelectorAll(CHROME_AREA)).slice(0, MAX_AREAS);
  const found = [
    ...areas
      .flatMap((area) => [area, ...Array.from(area.querySelectorAll(ACCOUNT_IN_CHROME))])
      .filter((element) => element.matches(ACCOUNT_IN_CHROME)),
    ...areas.flatMap((area) => firstElements(area, CHROME_ELEMENTS).filter(namesAccount)),
    ...Array.from(doc.querySelectorAll(ACCOUNT_ANYWHERE)),
    ...accountLabelled(doc),
  ];
  for (let index = 0; index < found.length && index < MAX_ACCOUNT_ELEMENTS; index++) {
    const element = found[index]!;
    if (conversation?.contains(element)) continue;
    // Outside the chrome only a label that says "account" is believed (a contact card is not us).
    const trusted = element.matches(MARKED) || element.closest(CHROME_AREA) !== null;
    for (const said of accountTexts(element)) if (trusted || hasPrefix(said)) addAccount(said, names, emails);
  }
  // An avatar of initials labelled with the name they abbreviate, in the top bar (./structural-initials-avatar.ts).
  for (const area of areas)
    if (isTopBar(area) && !conversation?.contains(area)) for (const name of initialsAvatarNames(area)) names.add(name);
  // A menu of the navigation bar named for a person is the account's (./structural-account-menu.ts).
  for (const area of areas)
    if (isNavigationBar(area) && !conversation?.contains(area)) for (const name of accountMenuNames(area)) names.add(name);
  for (const email of singleLine(doc.title, 300).match(EVERY_EMAIL_IN_TEXT) ?? []) emails.add(email.toLowerCase());
  const header = doc.querySelector('header, [role="banner"]');
  const signedIn = header && !conversation?.contains(header) ? SIGNED_IN_TEXT.exec((header.textContent ?? '').slice(0, 3000)) : null;
  if (signedIn) addAccount(signedIn[1]!, names, emails);
  return { names: [...names].filter((name) => name.length >= 2), emails: [...emails] };
}

/** Whether an author is one of us: the same address, or the same name (or its first words). */
export function isSelf(author: { name?: string; email?: string }, identity: Identity): boolean {
  const email = author.email?.toLowerCase();
  if (email && identity.emails.includes(email)) return true;
  const name = author.name?.toLowerCase();
  if (!name) return false;
  if (readerWords().selfAuthorNames.includes(name)) return true;
  return identity.names.some((me) => name === me || (me.length >= 4 && (name.startsWith(`${me} `) || me.startsWith(`${name} `))));
}
