/**
 * The team's triage rules in IndexedDB (`triageRules`, Dexie version 4): the agent's own, edited in
 * Settings, and those that came with packs (replaced whole when the pack is imported again).
 * Reads parse every record and skip a bad one with a warning, like the other tables.
 */
import { getDatabase } from '@/lib/templates/db';
import { withStorage } from '@/lib/templates/storage-error';
import { TriageRulesSchema, type TriageRule } from '@/lib/triage/rule-schema';
import { ownRuleKey, packRuleKey, StoredTriageRuleSchema, type StoredTriageRule } from '@/lib/triage/rule-record';

function parseStored(values: unknown[]): StoredTriageRule[] {
  return values.flatMap((value) => {
    const parsed = StoredTriageRuleSchema.safeParse(value);
    if (parsed.success) return [parsed.data];
    console.warn(
      `Deskpilot: skipped a corrupt triage rule "${String((value as { key?: unknown } | null)?.key)}": ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
    return [];
  });
}

/** Every stored rule: own rules first, then packs', each by key. */
export function listStoredRules(): Promise<StoredTriageRule[]> {
  return withStorage(async () =>
    parseStored(await getDatabase().triageRules.toArray()).sort(
      (a, b) => Number(a.packId !== undefined) - Number(b.packId !== undefined) || a.key.localeCompare(b.key),
    ),
  );
}

export async function listRules(): Promise<TriageRule[]> {
  return (await listStoredRules()).map((stored) => stored.rule);
}

/** Replaces the agent's own rules with this list (validated whole: one bad rule saves nothing). */
export async function saveOwnRules(rules: TriageRule[], now = new Date()): Promise<void> {
  const valid = TriageRulesSchema.parse(rules);
  const db = getDatabase();
  await withStorage(() =>
    db.transaction('rw', db.triageRules, async () => {
      const own = (await db.triageRules.toArray()).filter((r) => !(r as { packId?: unknown }).packId).map((r) => r.key);
      await db.triageRules.bulkDelete(own);
      await db.triageRules.bulkPut(valid.map((rule) => ({ key: ownRuleKey(rule.id), rule, updatedAt: now.toISOString() })));
    }),
  );
}

/** A pack's rules as its newest import carries them; a pack without rules removes its old ones. */
export async function replacePackRules(packId: string, rules: TriageRule[], now = new Date()): Promise<void> {
  const valid = TriageRulesSchema.parse(rules);
  const db = getDatabase();
  await withStorage(() =>
    db.transaction('rw', db.triageRules, async () => {
      await db.triageRules.where('packId').equals(packId).delete();
      await db.triageRules.bulkPut(
        valid.map((rule) => ({ key: packRuleKey(packId, rule.id), packId, rule, updatedAt: now.toISOString() })),
      );
    }),
  );
}
