import { formatDuration, PRIORITY_LABELS, REASON_LABELS } from '@/lib/triage/describe';
import type { QueueEntry } from '@/lib/queue/schema';

interface Props {
  entries: QueueEntry[];
  onOpen: (entry: QueueEntry) => void;
}

/** The visible conversations, what to answer first on top. Read-only: a click opens one. */
export function QueueList({ entries, onOpen }: Props) {
  if (entries.length === 0) return <p className="empty">No customer conversations in this list.</p>;
  return (
    <ol className="queue" data-testid="queue" aria-label="Conversations, what to answer first on top">
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
              <strong className={`priority priority-${entry.priority}`}>{PRIORITY_LABELS[entry.priority]}</strong>
              <span className="queue-customer" data-testid="queue-customer">
                {entry.customer.name ?? entry.customer.email ?? 'Unknown customer'}
              </span>
              <span className="muted">{entry.waitingHours === null ? 'no date' : `waiting ${formatDuration(entry.waitingHours)}`}</span>
            </span>
            <span className="queue-subject">{entry.subject}</span>
            <span className="muted queue-snippet">{entry.snippet}</span>
            <span className="muted queue-meta">
              {entry.intent.replaceAll('_', ' ')}
              {entry.reasons[0] !== 'none' && ` · ${entry.reasons.map((r) => REASON_LABELS[r]).join(' · ')}`}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
