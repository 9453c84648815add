/**
 * Removing a pack: its untouched templates go, templates the agent edited stay. The caller shows
 * `packDeletionPlan` and asks for confirmation before `deletePack`. Kept templates stay linked to
 * the pack id, so installing the pack again later offers its updates instead of clashing.
 */
import { getDatabase, parseStoredPack, parseStoredSubscription, parseStoredTemplates } from '@/lib/templates/db';
import { withStorage } from '@/lib/templates/storage-error';
import { deleteTemplateRecords, packTemplateRecords } from '@/lib/templates/template-shelves';

export interface PackDeletionPlan {
  packId: string;
  packName: string | undefined;
  /** Templates exactly as the pack shipped them: deleted. */
  remove: Array<{ id: string; title: string }>;
  /** Templates the agent changed: kept. */
  keep: Array<{ id: string; title: string }>;
  /** Subscription URLs that would reinstall the pack: removed too. */
  subscriptions: string[];
}

async function plan(packId: string): Promise<PackDeletionPlan> {
  const db = getDatabase();
  const [pack, templates, subscriptions] = await Promise.all([
    db.packs.get(packId),
    packTemplateRecords(db, packId),
    db.subscriptions.where('packId').equals(packId).toArray(),
  ]);
  const parsed = parseStoredTemplates(templates).sort((a, b) => (a.id < b.id ? -1 : 1));
  const entry = (t: { id: string; title: string }) => ({ id: t.id, title: t.title });
  return {
    packId,
    packName: parseStoredPack(pack)?.name,
    remove: parsed.filter((t) => !t.locallyModified).map(entry),
    keep: parsed.filter((t) => t.locallyModified).map(entry),
    subscriptions: subscriptions.flatMap((s) => parseStoredSubscription(s)?.url ?? []),
  };
}

export function packDeletionPlan(packId: string): Promise<PackDeletionPlan> {
  return withStorage(() => plan(packId));
}

/** Applies the plan in one transaction (recomputed inside it, so nothing edited meanwhile is lost). */
export function deletePack(packId: string): Promise<PackDeletionPlan> {
  const db = getDatabase();
  return withStorage(() =>
    db.transaction('rw', [db.templateShelves, db.packs, db.subscriptions, db.siteProfiles, db.triageRules], async () => {
      const current = await plan(packId);
      await deleteTemplateRecords(
        db,
        current.remove.map((t) => t.id),
      );
      await db.subscriptions.where('packId').equals(packId).delete();
      // A pack's site profiles go with it: they are its data, not the agent's edits.
      await db.siteProfiles.where('packId').equals(packId).delete();
      await db.triageRules.where('packId').equals(packId).delete();
      await db.packs.delete(packId);
      return current;
    }),
  );
}
