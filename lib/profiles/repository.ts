/**
 * The team's site profiles in Dexie: those packs brought and those written in Settings. Read by
 * the panel (sent with each getThread request) and by Settings' editor. Every read is parsed.
 */
import { SiteProfileSchema } from '@/lib/schemas/site-profile';
import type { SiteId } from '@/lib/schemas/ticket';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { getDatabase, parseStoredSiteProfiles, type StoredSiteProfile } from '@/lib/templates/db';
import { withStorage } from '@/lib/templates/storage-error';

export function listSiteProfiles(): Promise<StoredSiteProfile[]> {
  return withStorage(async () => parseStoredSiteProfiles(await getDatabase().siteProfiles.toArray()));
}

/** Every profile as the content script receives them (at most the wire's 50); none when storage fails. */
export async function profilesForPages(): Promise<SiteProfile[]> {
  try {
    return (await listSiteProfiles()).slice(0, 50).map(({ packId: _packId, updatedAt: _updatedAt, ...profile }) => profile);
  } catch {
    // Reading must never wait on storage: without profiles, the site and structural readers still read.
    return [];
  }
}

/** The profiles for one site, as the content script receives them (no storage fields). */
export async function siteProfilesFor(site: SiteId): Promise<SiteProfile[]> {
  const stored = parseStoredSiteProfiles(await getDatabase().siteProfiles.where('site').equals(site).toArray());
  return stored.map(({ packId: _packId, updatedAt: _updatedAt, ...profile }) => profile);
}

export class ProfileOwnershipError extends Error {
  override readonly name = 'ProfileOwnershipError';
}

/** Saves a profile written in Settings; a pack's profile is changed by its pack, not here. */
export function saveLocalSiteProfile(input: unknown): Promise<StoredSiteProfile> {
  const profile = SiteProfileSchema.parse(input);
  const db = getDatabase();
  return withStorage(() =>
    db.transaction('rw', db.siteProfiles, async () => {
      const [existing] = parseStoredSiteProfiles([await db.siteProfiles.get(profile.id)].filter(Boolean));
      if (existing?.packId)
        throw new ProfileOwnershipError(`Site profile "${profile.id}" belongs to pack "${existing.packId}"; save it under another id.`);
      const record: StoredSiteProfile = { ...profile, updatedAt: new Date().toISOString() };
      await db.siteProfiles.put(record);
      return record;
    }),
  );
}

export function deleteLocalSiteProfile(id: string): Promise<void> {
  const db = getDatabase();
  return withStorage(() =>
    db.transaction('rw', db.siteProfiles, async () => {
      const [existing] = parseStoredSiteProfiles([await db.siteProfiles.get(id)].filter(Boolean));
      if (existing && !existing.packId) await db.siteProfiles.delete(id);
    }),
  );
}
