import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { sendToTab } from '@/lib/messaging';
import { injectPageExtras } from '@/lib/page-extras';
import { listRowsQuery } from '@/lib/queries/ticket';
import { queryKeys } from '@/lib/queries/keys';
import { triageSettingsQuery } from '@/lib/queries/settings';
import { buildQueue } from '@/lib/queue/build-queue';
import type { QueueEntry } from '@/lib/queue/schema';
import { QueueList } from '@/components/queue-list';
import { useT } from '@/lib/i18n/i18n-context';
import { useNow } from './use-now';

/**
 * The Queue: the inbox list open in the tab, triaged by the same code as a ticket and sorted by
 * what to answer first. A click opens that conversation in the page, then the panel shows it.
 */
export function QueueView({ tabId, onOpened }: { tabId: number; onOpened: () => void }) {
  const t = useT();
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
    await injectPageExtras(tabId).catch(() => undefined);
    await sendToTab(tabId, { type: 'openListRow', key: entry.key }).catch(() => undefined);
    await queryClient.invalidateQueries({ queryKey: queryKeys.ticket(tabId) });
    onOpened();
  };
  if (rows.isPending || settings.isPending)
    return (
      <p className="muted" role="status">
        {t('queue.reading')}
      </p>
    );
  if (rows.isError) return <p className="empty">{t('queue.noAnswer')}</p>;
  if (!entries) {
    return (
      <p className="empty" data-testid="queue-none">
        {t('queue.noList')}
      </p>
    );
  }
  return (
    <>
      <p className="muted">{t('queue.summary', { count: entries.length })}</p>
      <QueueList entries={entries} onOpen={(entry) => void open(entry)} />
    </>
  );
}
