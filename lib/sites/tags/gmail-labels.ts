/**
 * Gmail labels as tags, through the thread toolbar's Labels menu as a person uses it: open the menu,
 * tick each label whose name is a suggested tag, click Apply. Only labels the account already has
 * are ticked; Deskpilot creates none (that is a settings change the agent makes in Gmail), and says
 * which tags have no label. Gmail applies labels on Apply: the agent's click on Apply tags is the consent.
 *
 * The toolbar button's aria-label is from the saved-page fixtures (gmail.js/InboxSDK era markup);
 * the menu's roles are Gmail's ARIA menu (RECONSTRUCTED 2026-12-04 from screenshots: "Label as:",
 * one checkbox item per label with its full name in `title`, then "Apply").
 */
import type { TagApplier } from './types';
import { clickLikeUser } from '@/lib/sites/insert';
import { isShownByMarkup } from '@/lib/sites/visibility';
import { waitFor } from '@/lib/sites/wait-for';

const MENU_TIMEOUT_MS = 1500;

/** Seen 2026-12-04 (fixtures after gmail.js/InboxSDK): the thread toolbar's Labels button. */
export const GMAIL_LABELS_BUTTON = 'div[role="button"][aria-label="Labels"], div[role="button"][data-tooltip="Labels"]';
/** RECONSTRUCTED 2026-12-04: one label in the open menu (full name in `title`, ticked state in `aria-checked`). */
export const GMAIL_LABEL_OPTION = 'div[role="menu"] [role="menuitemcheckbox"][title]';
/** RECONSTRUCTED 2026-12-04: the menu's plain items; "Apply" is the one whose text is Apply in the UI's language. */
export const GMAIL_MENU_ITEM = 'div[role="menu"] [role="menuitem"]';
/** Seen 2026-12-04 (fixtures): the open thread's label chips beside its subject (`.ha .at[title]`). */
export const GMAIL_THREAD_LABEL = '.ha .at[title]';

/** Gmail's "Apply" in the languages Deskpilot reads (dated 2026-12-04). */
const APPLY_WORDS = /^(?:apply|anwenden|übernehmen|appliquer|aplicar|適用|적용)$/iu;

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
/** "Support/priority-high" is the label "priority-high" nested under "Support". */
const labelMatches = (label: string, tag: string) => same(label, tag) || same(label.split('/').pop() ?? '', tag);

function options(document: Document): Element[] {
  return [...document.querySelectorAll(GMAIL_LABEL_OPTION)].filter(isShownByMarkup);
}

export const gmailLabels: TagApplier = {
  readTags(document) {
    const chips = [...document.querySelectorAll(GMAIL_THREAD_LABEL)].filter(isShownByMarkup);
    return document.querySelector(GMAIL_LABELS_BUTTON) ? chips.map((chip) => chip.getAttribute('title') ?? '').filter(Boolean) : null;
  },
  async applyTags(document, tags) {
    const button = [...document.querySelectorAll(GMAIL_LABELS_BUTTON)].find(isShownByMarkup);
    if (!button) return { applied: [], failure: 'gmail-no-toolbar' };
    clickLikeUser(button);
    const menu = await waitFor(document, () => (options(document).length > 0 ? options(document) : null), MENU_TIMEOUT_MS);
    if (!menu) return { applied: [], failure: 'gmail-menu-closed' };
    const missing: string[] = [];
    const applied: string[] = [];
    let changed = false;
    for (const tag of tags) {
      const option = options(document).find((o) => labelMatches(o.getAttribute('title') ?? '', tag));
      if (!option) {
        missing.push(tag);
        continue;
      }
      if (option.getAttribute('aria-checked') !== 'true') {
        clickLikeUser(option);
        changed = true;
      }
      applied.push(option.getAttribute('title') ?? tag);
    }
    const menuItems = [...document.querySelectorAll(GMAIL_MENU_ITEM)].filter(isShownByMarkup);
    const apply = menuItems.find((item) => APPLY_WORDS.test((item.textContent ?? '').trim()));
    if (changed && !apply) return { applied: [], failure: 'gmail-no-apply' };
    // Apply when something was ticked; otherwise close the menu as a person would (Escape).
    if (changed && apply) clickLikeUser(apply);
    else
      button.ownerDocument.dispatchEvent(new (document.defaultView ?? window).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    if (missing.length === 0) return { applied };
    return { applied, failure: 'gmail-no-label', missing };
  },
};
