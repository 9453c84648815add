import { useI18n } from '@/lib/i18n/i18n-context';
import type { QueueEntry } from '@/lib/queue/schema';

interface Props {
  entries: QueueEntry[];
  onOpen: (entry: QueueEntry) => void;
}

/** The visible conversations, what to answer first on top. Read-only: a click opens one. */
export function QueueList({ entries, onOpen }: Props) {
  const { t, duration } = useI18n();
  if (entries.length === 0) return <p className="empty">{t('queue.empty')}</p>;
  return (
    <ol className="queue" data-testid="queue" aria-label={t('queue.listLabel')}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <button
            type="button"
            className="card queue-row"
            data-testid="queue-row"
            data-priority={entry.priority}
            onClick={() => onOpen(entry)}
          >
            <span className="queue-top">
              <strong className={`priority priority-${entry.priority}`}>{t(`triage.priority.${entry.priority}`)}</strong>
              <span className="queue-customer" data-testid="queue-customer">
                {entry.customer.name ?? entry.customer.email ?? t('common.unknownCustomer')}
              </span>
              <span className="muted">
                {entry.waitingHours === null ? t('queue.noDate') : t('queue.waiting', { duration: duration(entry.waitingHours) })}
              </span>
            </span>
            <span className="queue-subject">{entry.subject}</span>
            <span className="muted queue-snippet">{entry.snippet}</span>
            <span className="muted queue-meta">
              {t(`intent.${entry.intent}`)}
              {entry.reasons[0] !== 'none' && ` · ${entry.reasons.map((r) => t(`triage.reason.${r}`)).join(' · ')}`}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
