/**
 * A conversation the page announces as one: items inside a `role="log"` element (WAI-ARIA's role
 * for a chat's messages), or in a list that is itself `aria-live` (new messages are read out as
 * they arrive). Chat bubbles often carry no sender line, address or `time` element — only the
 * text and a "14:12" — so the usual cues miss them and the page seemed empty (eBay's mobile member
 * messages, Etsy's Messages app). Items of such a list are messages by the page's own word — asked
 * only when no group on the page shows its senders (generic-blocks.ts), so a log's status lines
 * never outrank its signed messages. `aria-live` counts on the list itself only: a live region
 * around a page section is a status area.
 */
export function inLog(item: Element): boolean {
  const list = item.parentElement;
  return !!list && (list.closest('[role="log"]') !== null || /^(?:polite|assertive)$/.test(list.getAttribute('aria-live') ?? ''));
}
