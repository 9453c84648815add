import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PackUpdateDiff } from '@/components/pack-update-diff';
import { acceptUpdate, keepMine } from '@/lib/packs/updates';
import { pendingPackUpdatesQuery } from '@/lib/queries';
import { errorText } from '@/components/template-library/error-text';
import { useRefreshLibrary } from '@/components/template-library/use-template-writes';

/** Pack updates to templates the agent edited: the diff, then take the pack's version or keep theirs. */
export function PendingUpdates() {
  const updates = useQuery(pendingPackUpdatesQuery());
  const refresh = useRefreshLibrary();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const decide = async (title: string, action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      setStatus(`${done} “${title}”.`);
    } catch (error) {
      setStatus(errorText(error));
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const list = updates.data ?? [];
  if (list.length === 0 && !status) return null;
  return (
    <section className="subsection" data-testid="pack-updates">
      <h3>Updates to templates you edited ({list.length})</h3>
      {status && <p role="status">{status}</p>}
      {list.map((update) => (
        <PackUpdateDiff
          key={update.templateId}
          update={update}
          busy={busy}
          onAccept={() => void decide(update.title, () => acceptUpdate(update.templateId), 'Took the pack’s version of')}
          onKeep={() => void decide(update.title, () => keepMine(update.templateId), 'Kept your version of')}
        />
      ))}
    </section>
  );
}
