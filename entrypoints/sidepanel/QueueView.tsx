import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { sendToTab } from '@/lib/messaging';
import { listRowsQuery, queryKeys, triageSettingsQuery } from '@/lib/queries';
import { buildQueue } from '@/lib/queue/build-queue';
import type { QueueEntry } from '@/lib/queue/schema';
import { QueueList } from '@/components/queue-list';
import { useNow } from './use-now';

/**
 * The Queue: the inbox list open in the tab, triaged by the same code as a ticket and sorted by
 * what to answer first. A click opens that conversation in the page, then the panel shows it.
 */
export function QueueView({ tabId, onOpened }: { tabId: number; onOpened: () => void }) {
  const queryClient = useQueryClient();
  const rows = useQuery(listRowsQuery(tabId));
  const settings = useQuery(triageSettingsQuery());
  const now = useNow();
  const list = rows.data;
  const entries = useMemo(
    () => (list?.rows && list.site && settings.data ? buildQueue(list.rows, list.site, now, settings.data) : null),
    [list, settings.data, now],
  );
  const open = async (entry: QueueEntry) => {
    await sendToTab(tabId, { type: 'openListRow', key: entry.key }).catch(() => undefined);
    await queryClient.invalidateQueries({ queryKey: queryKeys.ticket(tabId) });
    onOpened();
  };
  if (rows.isPending || settings.isPending)
    return (
      <p className="muted" role="status">
        Reading the list…
      </p>
    );
  if (rows.isError) return <p className="empty">This page did not answer. Reload the inbox tab and try again.</p>;
  if (!entries) {
    return (
      <p className="empty" data-testid="queue-none">
        This page shows no inbox list Deskpilot can read. Open your inbox, a label or a view.
      </p>
    );
  }
  return (
    <>
      <p className="muted">
        {entries.length} conversations, what to answer first on top. Read from the list itself; open one for its full triage.
      </p>
      <QueueList entries={entries} onOpen={(entry) => void open(entry)} />
    </>
  );
}
