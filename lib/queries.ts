/**
 * TanStack Query options factories: every query key is built here, broad to narrow, so
 * invalidation by prefix works and no component writes a key array inline.
 */
import { queryOptions } from '@tanstack/react-query';
import { sendToExtension, sendToTab } from '@/lib/messaging';
import { injectPageExtras } from '@/lib/page-extras';
import { FindOrdersResponseSchema, OrderDetailsResponseSchema } from '@/lib/schemas/responses';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import { rateLimitRefetchDelay } from '@/lib/orders-refetch';
import { readTabTicket } from '@/lib/tab-ticket';
import { ensureStarterPack } from '@/lib/templates/seed';
import { getTemplates, listInstalledPacks, readLibrary } from '@/lib/templates/repository';
import { loadRankingLibrary, warmTemplateSearch } from '@/lib/suggest/index-store';
import { listSubscriptions } from '@/lib/packs/subscription';
import { pendingUpdates } from '@/lib/packs/updates';
import type { SourcedVoice } from '@/lib/schemas/voice';
import { agentSetting, shopFactsSetting, teamVoiceSetting, themeSetting, uiLanguageSetting } from '@/lib/settings';
import { listRules } from '@/lib/triage/rule-store';
import { loadThresholdInputs, loadTriageThresholds } from '@/lib/triage/threshold-store';
import { aiSettingsSetting } from '@/lib/suggest/ai/settings-store';
import { customerHistory } from '@/lib/history/history';
import { listUsageEvents } from '@/lib/reports/usage-store';
import { typingSpeedSetting } from '@/lib/reports/typing-speed';
import { listSiteProfiles } from '@/lib/profiles/repository';
import { GetListResponseSchema } from '@/lib/queue/schema';

export const queryKeys = {
  tickets: ['tickets'] as const,
  ticket: (tabId: number) => [...queryKeys.tickets, tabId] as const,
  orders: ['orders'] as const,
  ordersFor: (email: string | undefined, orderRefs: string[]) => [...queryKeys.orders, email ?? '', ...orderRefs] as const,
  /** Under `orders`: refreshing the orders refreshes what opening one read. */
  orderDetails: ['orders', 'details'] as const,
  orderDetailsFor: (sourceId: string, number: string) => [...queryKeys.orderDetails, sourceId, number] as const,
  templates: ['templates'] as const,
  /** Under `templates`: any template write refreshes what the panel ranks and shows. */
  rankingLibrary: ['templates', 'ranking'] as const,
  shownTemplates: (ids: readonly string[]) => ['templates', 'shown', ...ids] as const,
  pendingPackUpdates: ['templates', 'pending-updates'] as const,
  packs: ['packs'] as const,
  installedPacks: ['packs', 'installed'] as const,
  packSubscriptions: ['packs', 'subscriptions'] as const,
  /** Under `packs`: a pack import or deletion refreshes the site profiles it brought. */
  siteProfiles: ['packs', 'site-profiles'] as const,
  /** Under `packs` (a pack import brings its voice) and set on save in Settings → AI. */
  teamVoices: ['packs', 'team-voices'] as const,
  teamVoiceSetting: ['settings', 'team-voice'] as const,
  settings: ['settings'] as const,
  aiSettings: ['settings', 'ai'] as const,
  /** Under `aiSettings`: another endpoint or model asks again. */
  intentDecisions: ['settings', 'ai', 'intent-decision'] as const,
  intentDecisionFor: (baseUrl: string, model: string, text: string) => [...queryKeys.intentDecisions, baseUrl, model, text] as const,
  triageSettings: ['settings', 'triage'] as const,
  /** Under `triageSettings`: saving the thresholds refreshes where each comes from too. */
  triageThresholds: ['settings', 'triage', 'resolved'] as const,
  triageRules: ['triage-rules'] as const,
  triageRulesStored: ['triage-rules', 'stored'] as const,
  mostRecentTicket: ['tickets', 'most-recent'] as const,
  queue: ['queue'] as const,
  queueFor: (tabId: number) => [...queryKeys.queue, tabId] as const,
  theme: ['settings', 'theme'] as const,
  uiLanguage: ['settings', 'ui-language'] as const,
  history: ['history'] as const,
  historyFor: (customerKey: string) => [...queryKeys.history, customerKey] as const,
  usageEvents: ['usage-events'] as const,
  usageEventsFor: (fromDay: string, toDay: string) => [...queryKeys.usageEvents, fromDay, toDay] as const,
  typingSpeed: ['settings', 'typing-speed'] as const,
};

export function ticketQuery(tabId: number) {
  return queryOptions({
    queryKey: queryKeys.ticket(tabId),
    queryFn: () => readTabTicket(tabId),
    // The content script announces changes; polling would only re-read an unchanged page.
    staleTime: Infinity,
  });
}

/** One request per ticket: the key is the customer's email and order refs, not the tab. */
export function ordersQuery(ticket: Ticket) {
  const email = ticket.customer.email;
  const orderRefs = ticket.entities.orderRefs;
  return queryOptions({
    queryKey: queryKeys.ordersFor(email, orderRefs),
    queryFn: async () => FindOrdersResponseSchema.parse(await sendToExtension({ type: 'findOrders', query: { email, orderRefs } })),
    staleTime: 60_000,
    // A rate-limited store is asked again after its Retry-After; the others' orders stay shown.
    refetchInterval: (query) => rateLimitRefetchDelay(query.state.data, query.state.dataUpdateCount),
  });
}

/**
 * The parts of an opened order its store's first answer left for later (`detailsOnOpen`): one
 * query per order, shared by its card and the replies; nothing to ask for an order without any.
 */
export function orderDetailsQuery(order: Order | null) {
  return queryOptions({
    queryKey: queryKeys.orderDetailsFor(order?.source.id ?? '', order?.number ?? ''),
    queryFn: async () => OrderDetailsResponseSchema.parse(await sendToExtension({ type: 'orderDetails', order })),
    enabled: Boolean(order?.detailsOnOpen?.length),
    staleTime: 60_000,
  });
}

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

export function settingsQuery() {
  return queryOptions({
    queryKey: queryKeys.settings,
    queryFn: async () => ({ shop: await shopFactsSetting.get(), agent: await agentSetting.get() }),
  });
}

/** Light, dark or follow the system: read by the panel and the settings page, watched for changes. */
export function themeQuery() {
  return queryOptions({ queryKey: queryKeys.theme, queryFn: () => themeSetting.get(), staleTime: Infinity });
}

/** The interface language chosen in Settings ("auto" follows the browser); watched for changes. */
export function uiLanguageQuery() {
  return queryOptions({ queryKey: queryKeys.uiLanguage, queryFn: () => uiLanguageSetting.get(), staleTime: Infinity });
}

/** AI endpoint settings live in their own database (they hold the key); the panel watches them. */
export function aiSettingsQuery() {
  return queryOptions({
    queryKey: queryKeys.aiSettings,
    queryFn: () => aiSettingsSetting.get(),
  });
}

/** The voice the team wrote in Settings → AI (for its form). */
export function teamVoiceSettingQuery() {
  return queryOptions({ queryKey: queryKeys.teamVoiceSetting, queryFn: () => teamVoiceSetting.get() });
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

/** The customer's tickets on this browser (lib/history/); invalidate after recording a seen ticket or an insert. */
export function historyQuery(customerKey: string) {
  return queryOptions({ queryKey: queryKeys.historyFor(customerKey), queryFn: () => customerHistory(customerKey) });
}

/** The team's site profiles, from packs and written in Settings. */
export function siteProfilesQuery() {
  return queryOptions({ queryKey: queryKeys.siteProfiles, queryFn: () => listSiteProfiles() });
}

/** The triage thresholds in force: Settings over packs over the defaults. */
export function triageSettingsQuery() {
  return queryOptions({ queryKey: queryKeys.triageSettings, queryFn: async () => (await loadTriageThresholds()).settings });
}

/** What Settings → Triage edits: the agent's own thresholds and the installed packs' (to say where each value comes from). */
export function triageThresholdsQuery() {
  return queryOptions({ queryKey: queryKeys.triageThresholds, queryFn: () => loadThresholdInputs() });
}

/** The team's triage rules (own and from packs); invalidate after editing or importing a pack. */
export function triageRulesQuery() {
  return queryOptions({ queryKey: queryKeys.triageRules, queryFn: () => listRules() });
}

/** The inbox list open in a tab: its site and rows (rows null: no list); triaged by the Queue view. */
export function listRowsQuery(tabId: number) {
  return queryOptions({
    queryKey: queryKeys.queueFor(tabId),
    queryFn: async () => {
      const ask = async () => GetListResponseSchema.parse(await sendToTab(tabId, { type: 'getList' }));
      const answer = await ask();
      if (answer.rows) return answer;
      // The list readers arrive with the page-extras script: injected on the first read and after
      // a page load, not on every refetch. A page Deskpilot may not script still answers "no list".
      await injectPageExtras(tabId).catch(() => undefined);
      return ask();
    },
    staleTime: 0,
  });
}

/** Usage events of a range of the agent's local days (lib/reports/), for the Reports page. */
export function usageEventsQuery(fromDay: string, toDay: string) {
  return queryOptions({ queryKey: queryKeys.usageEventsFor(fromDay, toDay), queryFn: () => listUsageEvents(fromDay, toDay) });
}

/** The team's typing speed for "time saved" (words per minute). */
export function typingSpeedQuery() {
  return queryOptions({ queryKey: queryKeys.typingSpeed, queryFn: () => typingSpeedSetting.get() });
}
