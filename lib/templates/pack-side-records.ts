/**
 * What a pack brings beside its templates — site profiles and triage rules — written inside the
 * import's transaction: each replaces what the pack's previous version brought.
 */
import type { Pack } from '@/lib/schemas/pack';
import { packRuleKey } from '@/lib/triage/rule-record';
import { getDatabase, parseStoredSiteProfiles } from '@/lib/templates/db';
import { PackImportError } from '@/lib/templates/pack-import-error';
import { localMessage } from '@/lib/i18n/local-message';

export /** The pack's site profiles replace the ones its previous version brought; a profile id owned elsewhere is refused. */
async function replacePackProfiles(pack: Pack, now: string): Promise<void> {
  const db = getDatabase();
  const profiles = pack.siteProfiles ?? [];
  const existing = parseStoredSiteProfiles(await db.siteProfiles.bulkGet(profiles.map((p) => p.id)).then((found) => found.filter(Boolean)));
  const foreign = existing.find((profile) => profile.packId !== pack.id);
  if (foreign) {
    throw new PackImportError(
      foreign.packId
        ? localMessage('packs.importError.profileTakenByPack', { profile: foreign.id, owner: foreign.packId })
        : localMessage('packs.importError.profileTakenLocal', { profile: foreign.id }),
    );
  }
  await db.siteProfiles.where('packId').equals(pack.id).delete();
  await db.siteProfiles.bulkPut(profiles.map((profile) => ({ ...profile, packId: pack.id, updatedAt: now })));
}

/** The pack's rules as this version carries them (none: its old rules go). */
export async function replacePackRules(pack: Pack, now: string): Promise<void> {
  const db = getDatabase();
  await db.triageRules.where('packId').equals(pack.id).delete();
  await db.triageRules.bulkPut(
    (pack.rules ?? []).map((rule) => ({ key: packRuleKey(pack.id, rule.id), packId: pack.id, rule, updatedAt: now })),
  );
}
