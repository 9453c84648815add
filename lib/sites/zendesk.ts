import { ZENDESK_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readBuiltIn } from './profile/built-in';
import type { OpenConversation } from './profile/hooks';
import { ZENDESK_PROFILE } from './profiles/zendesk';
import { singleLine } from './single-line';
import { isShownByMarkup } from './visibility';
import { SELECTED_TICKET_TAB, TAB_ENTITY_ATTR, TAB_TITLE, NO_TICKET_PATH, TICKET_PANE_ATTR, TICKET_PATH } from './zendesk-selectors';

export const zendesk = {
  id: 'zendesk',
  matches: ZENDESK_MATCHES,
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  holdsNoConversation: (url) => NO_TICKET_PATH.test(url.pathname),
  // Reading is data (the built-in profile); the open ticket among the tabs' panes is the one quirk in code.
  profile: ZENDESK_PROFILE,
  readThread: readBuiltIn(ZENDESK_PROFILE, { openConversation: openTicket }),
  // When the selectors stop matching, the structural reader still looks where the log was.
  structuralHints: () => ({
    containerSelectors: [
      ZENDESK_PROFILE.selectors.thread,
      ...(ZENDESK_PROFILE.fallbacks?.thread ?? []).map((f) => f.css),
      `[${TICKET_PANE_ATTR}]`,
    ],
  }),
} satisfies SiteAdapter;

/**
 * Zendesk keeps every open ticket tab in the DOM. The open one is named by the URL, else by the
 * selected header tab; failing both, the first visible pane (or the document) is read. The
 * selected tab's title stands in for a subject the pane does not show.
 */
export function openTicket(doc: Document, url: URL): OpenConversation {
  const selectedTab = doc.querySelector(SELECTED_TICKET_TAB);
  const fromTab = selectedTab?.getAttribute(TAB_ENTITY_ATTR) ?? undefined;
  const tabTitle = singleLine(selectedTab?.querySelector(TAB_TITLE)?.textContent);
  const subject = tabTitle ? { subject: tabTitle } : {};
  const id = [TICKET_PATH.exec(url.pathname)?.[1], fromTab].find((candidate) => candidate && /^\d{1,20}$/.test(candidate));
  const byId = id ? doc.querySelector(`[${TICKET_PANE_ATTR}="${id}"]`) : null;
  if (byId) return { root: byId, threadId: id, certainty: 1, ...subject };
  const visible = Array.from(doc.querySelectorAll(`[${TICKET_PANE_ATTR}]`)).find(isShownByMarkup);
  const paneId = visible?.getAttribute(TICKET_PANE_ATTR) ?? undefined;
  const threadId = id ?? (paneId && /^\d{1,20}$/.test(paneId) ? paneId : undefined);
  return { root: visible ?? doc, ...(threadId ? { threadId } : {}), certainty: 0.6, ...subject };
}
