/**
 * Outlook's quirks, in code beside its built-in profile (lib/sites/profiles/outlook.ts): who
 * writes for the shop (the signed-in address and, as support teams answer from shared mailboxes
 * or their own addresses, anyone at its domain), and the conversation id (an attribute, else the
 * URL's encoded item id).
 */
import { emailAddress } from './people';
import type { ReadingHooks } from './profile/hooks';
import { singleLine } from './single-line';
import { ACCOUNT_EMAIL, CONVERSATION_ID_ATTR, READING_PANE } from './outlook-selectors';

/**
 * An open message: `/mail/<folder…>/id/<ItemId>` (personal accounts add `/0/` after /mail) and
 * `/mail/deeplink/read/<ItemId>`. Reconstructed from Outlook's address bar, 2026-11-24.
 */
/** A folder's list with no message open (`/mail/inbox`, `/mail/0/sentitems`) and the options pages (reconstructed from the address bar, 2026-12-05). */
export const FOLDER_PATH = /^\/mail\/(?:\d+\/)?(?:(?:inbox|sentitems|drafts|deleteditems|junkemail|archive)\/?)?$|^\/mail\/options(?:\/|$)/;
export const MESSAGE_PATH = /^\/mail\/(?:.+\/)?(?:id|read)\/([^/]+)\/?$/;

/**
 * The light version's opened message: `/owa/?ae=Item&t=IPM.Note&id=<ItemId>` ("ae" the action,
 * "Folder" for a list). Reconstructed from OWA light's address bar, 2026-12-05.
 */
export function isLightMessage(url: URL): boolean {
  return /^\/owa\/?$/i.test(url.pathname) && url.searchParams.get('ae') === 'Item';
}

export const OUTLOOK_HOOKS: ReadingHooks = {
  signedIn: (doc) => {
    const account = emailAddress(doc.querySelector(ACCOUNT_EMAIL)?.textContent);
    if (!account) return { names: [], emails: [], certainty: 0.5 };
    return { names: [], emails: [account], domains: [account.slice(account.indexOf('@'))], certainty: 1 };
  },
  threadId: (doc, url) => {
    const pane = doc.querySelector(READING_PANE) ?? doc;
    const encoded =
      pane.querySelector(`[${CONVERSATION_ID_ATTR}]`)?.getAttribute(CONVERSATION_ID_ATTR) ?? MESSAGE_PATH.exec(url.pathname)?.[1];
    return singleLine(safeDecode(encoded), 300) || undefined;
  },
};

function safeDecode(value: string | null | undefined): string {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return value ?? '';
  }
}
