/**
 * Every TanStack Query key is built here, broad to narrow, so invalidation by prefix works and no
 * component writes a key array inline. The options factories are beside it, one file per area.
 */
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
