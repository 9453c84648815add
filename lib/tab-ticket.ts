/**
 * Reads the ticket open in a tab: asks the tab's content script for the raw thread, parses it
 * (the page is untrusted) and turns it into a Ticket. Shared by the panel and the keyboard command.
 */
import { type NoThreadReason, sendToTab } from '@/lib/messaging';
import { GetThreadResponseSchema } from '@/lib/schemas/responses';
import type { Ticket } from '@/lib/schemas/ticket';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { profilesForPages } from '@/lib/profiles/repository';

export type TabTicket = { kind: 'ticket'; ticket: Ticket } | { kind: 'none'; reason: NoThreadReason | 'no-content-script' | 'unreadable' };

export async function readTabTicket(tabId: number): Promise<TabTicket> {
  let raw: unknown;
  try {
    // The team's site profiles travel with the request: a pack that fixes a layout applies at once.
    raw = await sendToTab(tabId, { type: 'getThread', profiles: await profilesForPages() });
  } catch {
    // No content script in this tab: a page Deskpilot does not read, or one opened before install.
    return { kind: 'none', reason: 'no-content-script' };
  }
  const parsed = GetThreadResponseSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'none', reason: 'unreadable' };
  const { thread, reason } = parsed.data;
  if (!thread) return { kind: 'none', reason: reason ?? 'nothing-found' };
  return { kind: 'ticket', ticket: buildTicket(thread) };
}
