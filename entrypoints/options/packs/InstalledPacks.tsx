import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PackDeletionConfirm } from '@/components/pack-deletion-confirm';
import { deletePack, packDeletionPlan, type PackDeletionPlan } from '@/lib/packs/delete-pack';
import { installedPacksQuery, templatesQuery } from '@/lib/queries';
import { STARTER_PACK_SOURCE } from '@/lib/templates/seed';
import { errorText } from '@/components/template-library/error-text';
import { useRefreshLibrary } from '@/components/template-library/use-template-writes';

function sourceText(source: string): string {
  if (source === STARTER_PACK_SOURCE) return 'built into Deskpilot';
  if (source === 'file') return 'imported from a file';
  return `subscribed at ${source}`;
}

/** The packs installed, where each came from, and deleting one after showing what goes and what stays. */
export function InstalledPacks() {
  const packs = useQuery(installedPacksQuery());
  const templates = useQuery(templatesQuery());
  const refresh = useRefreshLibrary();
  const [plan, setPlan] = useState<PackDeletionPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const ask = async (packId: string) => {
    try {
      setPlan(await packDeletionPlan(packId));
      setStatus(null);
    } catch (error) {
      setStatus(errorText(error));
    }
  };
  const confirm = async (packId: string) => {
    setBusy(true);
    try {
      const done = await deletePack(packId);
      setStatus(
        `Deleted the pack “${done.packName ?? packId}”: ${done.remove.length} removed, ${done.keep.length} edited ${done.keep.length === 1 ? 'template' : 'templates'} kept.`,
      );
    } catch (error) {
      setStatus(errorText(error));
    } finally {
      setPlan(null);
      setBusy(false);
      await refresh();
    }
  };

  const counts = new Map<string, number>();
  for (const t of templates.data ?? []) if (t.packId) counts.set(t.packId, (counts.get(t.packId) ?? 0) + 1);
  return (
    <section className="subsection" data-testid="installed-packs">
      <h3>Installed packs</h3>
      <ul className="pack-list">
        {(packs.data ?? []).map((pack) => (
          <li key={pack.id} data-testid="installed-pack" data-pack={pack.id}>
            <strong>{pack.name}</strong>{' '}
            <span className="muted">
              {pack.id} · version {pack.version} · {counts.get(pack.id) ?? 0} templates · {sourceText(pack.source)}
            </span>{' '}
            {pack.source === STARTER_PACK_SOURCE ? (
              // Deskpilot reinstalls its starter pack whenever it is missing; its templates can be deleted one by one.
              <span className="muted">(comes with Deskpilot)</span>
            ) : (
              <button
                type="button"
                className="link"
                disabled={busy}
                onClick={() => void ask(pack.id)}
                aria-label={`Delete the pack ${pack.name}`}
              >
                Delete…
              </button>
            )}
          </li>
        ))}
      </ul>
      {plan && <PackDeletionConfirm plan={plan} busy={busy} onConfirm={() => void confirm(plan.packId)} onCancel={() => setPlan(null)} />}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
