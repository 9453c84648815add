import { useQuery } from '@tanstack/react-query';
import { readTabTicket } from '@/lib/tab-ticket';
import { queryKeys } from '@/lib/queries/keys';
import type { Ticket } from '@/lib/schemas/ticket';

/** The ticket in the most recently used inbox tab (not this Settings page), for previews. */
async function openTicket(): Promise<Ticket | null> {
  const tabs = await browser.tabs.query({});
  const candidates = tabs
    .filter((tab) => tab.id !== undefined && /^https?:/.test(tab.url ?? '') && !tab.active)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of candidates.slice(0, 5)) {
    const read = await readTabTicket(tab.id!);
    if (read.kind === 'ticket') return read.ticket;
  }
  return null;
}

export function useOpenTicket() {
  return useQuery({ queryKey: queryKeys.mostRecentTicket, queryFn: openTicket, staleTime: 10_000 });
}
