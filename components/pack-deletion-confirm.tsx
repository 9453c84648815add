import { useI18n } from '@/lib/i18n/i18n-context';
import type { PackDeletionPlan } from '@/lib/packs/delete-pack';

function titles(list: PackDeletionPlan['remove']) {
  return (
    <ul className="items">
      {list.map((t) => (
        <li key={t.id}>{t.title}</li>
      ))}
    </ul>
  );
}

/** What deleting a pack would do, shown before anything is deleted; the agent confirms or cancels. */
export function PackDeletionConfirm({
  plan,
  busy = false,
  onConfirm,
  onCancel,
}: {
  plan: PackDeletionPlan;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, list } = useI18n();
  const name = plan.packName ?? plan.packId;
  return (
    <section className="card" role="alertdialog" aria-labelledby="pack-delete-title" data-testid="pack-deletion">
      <h3 id="pack-delete-title">{t('packs.delete.title', { name })}</h3>
      <p>{t('packs.delete.removed', { count: plan.remove.length })}</p>
      {plan.remove.length > 0 && titles(plan.remove)}
      {plan.keep.length > 0 && (
        <>
          <p>{t('packs.delete.kept', { count: plan.keep.length })}</p>
          {titles(plan.keep)}
        </>
      )}
      {plan.subscriptions.length > 0 && (
        <p className="warning">{t('packs.delete.subscriptions', { count: plan.subscriptions.length, urls: list(plan.subscriptions) })}</p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {t('packs.delete.confirm')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
