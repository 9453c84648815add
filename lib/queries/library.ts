/** Query options for the template library, its packs, and what packs bring (site profiles, team voices). */
import { queryOptions } from '@tanstack/react-query';
import { ensureStarterPack } from '@/lib/templates/seed';
import { getTemplates, listInstalledPacks, readLibrary } from '@/lib/templates/repository';
import { loadRankingLibrary, warmTemplateSearch } from '@/lib/suggest/index-store';
import { listSubscriptions } from '@/lib/packs/subscription';
import { pendingUpdates } from '@/lib/packs/updates';
import type { SourcedVoice } from '@/lib/schemas/voice';
import { teamVoiceSetting } from '@/lib/settings';
import { listSiteProfiles } from '@/lib/profiles/repository';
import { queryKeys } from '@/lib/queries/keys';

export function templatesQuery() {
  return queryOptions({
    queryKey: queryKeys.templates,
    queryFn: async () => {
      await ensureStarterPack();
      const { templates, revision } = await readLibrary();
      // The library's search needs the index: read back from its snapshot, not rebuilt.
      await warmTemplateSearch(templates, undefined, revision);
      return templates;
    },
  });
}

/**
 * What the panel ranks: rank entries saved with the search index while no template changed
 * since, else every template (lib/suggest/index-store.ts). The replies shown are read whole with
 * `shownTemplatesQuery`.
 */
export function rankingLibraryQuery() {
  return queryOptions({
    queryKey: queryKeys.rankingLibrary,
    queryFn: async () => {
      await ensureStarterPack();
      return loadRankingLibrary();
    },
  });
}

/** The few templates the panel shows, read whole by id, in that order. */
export function shownTemplatesQuery(ids: readonly string[]) {
  return queryOptions({ queryKey: queryKeys.shownTemplates(ids), queryFn: () => getTemplates(ids) });
}

/** Templates the agent edited whose pack shipped a different body since (lib/packs/updates.ts). */
export function pendingPackUpdatesQuery() {
  return queryOptions({ queryKey: queryKeys.pendingPackUpdates, queryFn: () => pendingUpdates() });
}

export function installedPacksQuery() {
  return queryOptions({
    queryKey: queryKeys.installedPacks,
    queryFn: async () => {
      // Like templatesQuery: on a first run the starter pack is installed before it is listed.
      await ensureStarterPack();
      return listInstalledPacks();
    },
  });
}

export function packSubscriptionsQuery() {
  return queryOptions({ queryKey: queryKeys.packSubscriptions, queryFn: () => listSubscriptions() });
}

/** The team's site profiles, from packs and written in Settings. */
export function siteProfilesQuery() {
  return queryOptions({ queryKey: queryKeys.siteProfiles, queryFn: () => listSiteProfiles() });
}

/** Every voice that applies to AI: the team's own from Settings, then each installed pack's. */
export function teamVoicesQuery() {
  return queryOptions({
    queryKey: queryKeys.teamVoices,
    queryFn: async (): Promise<SourcedVoice[]> => {
      const packs = await listInstalledPacks();
      return [
        { source: 'Settings', voice: await teamVoiceSetting.get() },
        ...packs.flatMap((pack) => (pack.voice ? [{ source: `pack "${pack.name}"`, voice: pack.voice }] : [])),
      ];
    },
  });
}
