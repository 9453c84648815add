import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ThreadChangedSchema } from '@/lib/schemas/messages';
import { queryKeys } from '@/lib/queries/keys';

/**
 * Re-reads the ticket when the tab's content script says the thread changed (Gmail is a
 * single-page app) or when the tab loads another page.
 */
export function useThreadChanges(tabId: number | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (tabId === null) return;
    const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.ticket(tabId) });
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (sender.tab?.id === tabId && ThreadChangedSchema.safeParse(message).success) void refresh();
      return undefined;
    };
    const onUpdated = (updatedId: number, change: { status?: string }) => {
      if (updatedId === tabId && change.status === 'complete') void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, queryClient]);
}
