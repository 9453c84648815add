/**
 * Settings kept in extension storage. Every read is parsed with zod: a value written by an older
 * version or damaged by hand falls back to the default instead of breaking the panel.
 * Secrets (store tokens, API keys) never go here: storage.local is readable by content scripts.
 * Store connections, which hold tokens, live in lib/connectors/secret-store.ts.
 */
import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';
import { TriageSettingsPatchSchema, type TriageSettingsPatch } from '@/lib/triage/schema';
import {
  AgentSchema,
  DEFAULT_AGENT,
  DEFAULT_SHOP_FACTS,
  DEFAULT_THEME,
  DEFAULT_UI_LANGUAGE,
  ShopFactsSchema,
  ThemeSchema,
  UiLanguageSchema,
  type Agent,
  type ShopFacts,
  type Theme,
} from '@/lib/schemas/settings';
import { EMPTY_TEAM_VOICE, TeamVoiceSchema, type TeamVoice } from '@/lib/schemas/voice';
import type { UiLanguageChoice } from '@/lib/i18n/locales';

function parsedItem<T>(key: `local:${string}`, schema: z.ZodType<T>, fallback: T) {
  const item = storage.defineItem<unknown>(key);
  return {
    async get(): Promise<T> {
      const parsed = schema.safeParse(await item.getValue());
      return parsed.success ? parsed.data : fallback;
    },
    async set(value: T): Promise<void> {
      await item.setValue(schema.parse(value));
    },
    watch(callback: () => void): () => void {
      return item.watch(callback);
    },
  };
}

export const shopFactsSetting = parsedItem<ShopFacts>('local:shopFacts', ShopFactsSchema, DEFAULT_SHOP_FACTS);
export const agentSetting = parsedItem<Agent>('local:agent', AgentSchema, DEFAULT_AGENT);
/** The shop's triage thresholds over the defaults (lib/triage/defaults.ts); empty means the defaults. */
export const triageSetting = parsedItem<TriageSettingsPatch>('local:triage', TriageSettingsPatchSchema, {});
export const themeSetting = parsedItem<Theme>('local:theme', ThemeSchema, DEFAULT_THEME);
/** The team's instructions and brand voice for AI (Settings → AI); not a secret, so storage.local. */
export const teamVoiceSetting = parsedItem<TeamVoice>('local:teamVoice', TeamVoiceSchema, EMPTY_TEAM_VOICE);
/** The interface language chosen in Settings; "auto" follows the browser's. */
export const uiLanguageSetting = parsedItem<UiLanguageChoice>('local:uiLanguage', UiLanguageSchema, DEFAULT_UI_LANGUAGE);
