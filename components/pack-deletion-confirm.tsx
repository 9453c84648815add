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
  const name = plan.packName ?? plan.packId;
  return (
    <section className="card" role="alertdialog" aria-labelledby="pack-delete-title" data-testid="pack-deletion">
      <h3 id="pack-delete-title">Delete the pack “{name}”?</h3>
      <p>
        {plan.remove.length} {plan.remove.length === 1 ? 'template' : 'templates'} you never changed will be deleted.
      </p>
      {plan.remove.length > 0 && titles(plan.remove)}
      {plan.keep.length > 0 && (
        <>
          <p>
            {plan.keep.length} {plan.keep.length === 1 ? 'template' : 'templates'} you edited will be kept:
          </p>
          {titles(plan.keep)}
        </>
      )}
      {plan.subscriptions.length > 0 && (
        <p className="warning">
          The subscription to {plan.subscriptions.join(', ')} will be removed too, so the pack is not installed again.
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          Delete pack
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
