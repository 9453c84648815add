import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PackDeletionConfirm } from '@/components/pack-deletion-confirm';
import { deletePack, packDeletionPlan, type PackDeletionPlan } from '@/lib/packs/delete-pack';
import { installedPacksQuery, templatesQuery } from '@/lib/queries/library';
import { STARTER_PACK_SOURCE } from '@/lib/templates/seed';
import { useRefreshLibrary } from '@/components/template-library/use-template-writes';
import { useT } from '@/lib/i18n/i18n-context';
import type { Translator } from '@/lib/i18n/translator';
import { FILE_SOURCE } from '@/lib/packs/import-file';
import { packErrorText } from '@/lib/packs/pack-text';

function sourceText(source: string, t: Translator['t']): string {
  if (source === STARTER_PACK_SOURCE) return t('packs.installed.builtIn');
  if (source === FILE_SOURCE) return t('packs.installed.fromFile');
  return t('packs.installed.subscribed', { url: source });
}

/** The packs installed, where each came from, and deleting one after showing what goes and what stays. */
export function InstalledPacks() {
  const t = useT();
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
      setStatus(packErrorText(error, t));
    }
  };
  const confirm = async (packId: string) => {
    setBusy(true);
    try {
      const done = await deletePack(packId);
      setStatus(t('packs.installed.deleted', { name: done.packName ?? packId, removed: done.remove.length, kept: done.keep.length }));
    } catch (error) {
      setStatus(packErrorText(error, t));
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
      <h3>{t('packs.installed.title')}</h3>
      <ul className="pack-list">
        {(packs.data ?? []).map((pack) => (
          <li key={pack.id} data-testid="installed-pack" data-pack={pack.id}>
            <strong className="pack-name">{pack.name}</strong>{' '}
            <span className="muted">
              <code>{pack.id}</code> ·{' '}
              {t('packs.installed.meta', {
                version: pack.version,
                count: counts.get(pack.id) ?? 0,
                source: sourceText(pack.source, t),
              })}
            </span>{' '}
            {pack.source === STARTER_PACK_SOURCE ? (
              // Deskpilot reinstalls its starter pack whenever it is missing; its templates can be deleted one by one.
              <span className="muted">{t('packs.installed.comesWith')}</span>
            ) : (
              <button
                type="button"
                className="link"
                disabled={busy}
                onClick={() => void ask(pack.id)}
                aria-label={t('packs.installed.deleteLabel', { name: pack.name })}
              >
                {t('packs.installed.delete')}
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
