import { z } from 'zod';
import { UI_LANGUAGE_CHOICES, type UiLanguageChoice } from '@/lib/i18n/locales';

export const ShopFactsSchema = z.object({
  name: z.string().max(200),
  returnWindowDays: z.number().int().nonnegative().max(3650),
  supportHours: z.string().max(300),
  brandVoice: z.string().max(2000),
  signature: z.string().max(2000),
});
export type ShopFacts = z.infer<typeof ShopFactsSchema>;

export const DEFAULT_SHOP_FACTS: ShopFacts = {
  name: 'Northwind Goods',
  returnWindowDays: 30,
  supportHours: 'Monday to Friday, 9:00 to 17:00 (CET)',
  brandVoice: 'Warm, clear and brief. No jargon.',
  signature: 'The Northwind Goods team',
};

export const AgentSchema = z.object({ name: z.string().max(200) });
export type Agent = z.infer<typeof AgentSchema>;
export const DEFAULT_AGENT: Agent = { name: '' };

/** Colour theme of the panel and settings: follow the system (prefers-color-scheme), or force one. */
export const THEMES = ['system', 'light', 'dark'] as const;
export const ThemeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof ThemeSchema>;
export const DEFAULT_THEME: Theme = 'system';

/** Language of the interface: a language Deskpilot speaks, or follow the browser ("auto"). */
export const UiLanguageSchema = z.enum(UI_LANGUAGE_CHOICES);
export const DEFAULT_UI_LANGUAGE: UiLanguageChoice = 'auto';
