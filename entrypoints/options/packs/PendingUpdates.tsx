import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PackUpdateDiff } from '@/components/pack-update-diff';
import { acceptUpdate, keepMine } from '@/lib/packs/updates';
import { pendingPackUpdatesQuery } from '@/lib/queries/library';
import { useT } from '@/lib/i18n/i18n-context';
import type { MessageKey } from '@/lib/i18n/translator';
import { packErrorText } from '@/lib/packs/pack-text';
import { useRefreshLibrary } from '@/components/template-library/use-template-writes';

/** Pack updates to templates the agent edited: the diff, then take the pack's version or keep theirs. */
export function PendingUpdates() {
  const t = useT();
  const updates = useQuery(pendingPackUpdatesQuery());
  const refresh = useRefreshLibrary();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const decide = async (title: string, action: () => Promise<unknown>, done: MessageKey) => {
    setBusy(true);
    try {
      await action();
      setStatus(t(done, { title }));
    } catch (error) {
      setStatus(packErrorText(error, t));
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const list = updates.data ?? [];
  if (list.length === 0 && !status) return null;
  return (
    <section className="subsection" data-testid="pack-updates">
      <h3>{t('packs.updates.title', { count: list.length })}</h3>
      {status && <p role="status">{status}</p>}
      {list.map((update) => (
        <PackUpdateDiff
          key={update.templateId}
          update={update}
          busy={busy}
          onAccept={() => void decide(update.title, () => acceptUpdate(update.templateId), 'packs.updates.accepted')}
          onKeep={() => void decide(update.title, () => keepMine(update.templateId), 'packs.updates.kept')}
        />
      ))}
    </section>
  );
}
