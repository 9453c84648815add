/** Query options for Settings: the shop and agent, appearance, AI, triage, reports. */
import { queryOptions } from '@tanstack/react-query';
import { agentSetting, shopFactsSetting, teamVoiceSetting, themeSetting, uiLanguageSetting } from '@/lib/settings';
import { listRules } from '@/lib/triage/rule-store';
import { loadThresholdInputs, loadTriageThresholds } from '@/lib/triage/threshold-store';
import { aiSettingsSetting } from '@/lib/suggest/ai/settings-store';
import { listUsageEvents } from '@/lib/reports/usage-store';
import { typingSpeedSetting } from '@/lib/reports/typing-speed';
import { queryKeys } from '@/lib/queries/keys';

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

/** Usage events of a range of the agent's local days (lib/reports/), for the Reports page. */
export function usageEventsQuery(fromDay: string, toDay: string) {
  return queryOptions({ queryKey: queryKeys.usageEventsFor(fromDay, toDay), queryFn: () => listUsageEvents(fromDay, toDay) });
}

/** The team's typing speed for "time saved" (words per minute). */
export function typingSpeedQuery() {
  return queryOptions({ queryKey: queryKeys.typingSpeed, queryFn: () => typingSpeedSetting.get() });
}
