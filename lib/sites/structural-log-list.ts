/**
 * A conversation the page announces as one: alike items in a `role="log"` list (WAI-ARIA's role for
 * a chat's messages), or a list that is itself `aria-live` (new messages are read out as they
 * arrive). Chat bubbles often carry no sender line, address or `time` element — only the text and a
 * "14:12" — so the usual cues miss them and the page seemed empty (eBay's mobile member messages,
 * Etsy's Messages app). Items of such a list are messages by the page's own word — asked only when
 * no group on the page shows its senders (generic-blocks.ts), so a log's status lines never outrank
 * its signed messages.
 */

/** Ancestors of the items looked at for the log: its day sections may wrap them. */
const LOG_DEPTH = 3;
const LIVE = /^(?:polite|assertive)$/;

/** Whether the page says these alike siblings are the messages of a live conversation. */
export function isLogList(members: Element[]): boolean {
  let list = members[0]?.parentElement ?? null;
  if (!list) return false;
  // `aria-live` counts on the list itself only: a live region wrapping a page section is a status area.
  if (LIVE.test(list.getAttribute('aria-live') ?? '')) return true;
  for (let depth = 0; list && depth < LOG_DEPTH; depth++, list = list.parentElement) {
    if (list.getAttribute('role') === 'log') return true;
  }
  return false;
}
