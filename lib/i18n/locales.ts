/**
 * The languages Deskpilot's interface speaks, and which one an agent gets: their choice in
 * Settings, else the browser's language list, else English. No imports: the settings schema and
 * the catalogs both read this file.
 */
export const UI_LOCALES = ['en', 'ko', 'de', 'fr', 'es', 'ja'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const FALLBACK_UI_LOCALE: UiLocale = 'en';

/** The Settings value: a language, or "auto" (follow the browser). */
export const UI_LANGUAGE_CHOICES = ['auto', ...UI_LOCALES] as const;
export type UiLanguageChoice = (typeof UI_LANGUAGE_CHOICES)[number];

const isUiLocale = (value: string): value is UiLocale => (UI_LOCALES as readonly string[]).includes(value);

/** "ko-KR" → "ko", "pt-BR" → undefined: the first of the browser's languages the interface speaks. */
export function matchUiLocale(languages: readonly string[]): UiLocale | undefined {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isUiLocale(base)) return base;
  }
  return undefined;
}

export function resolveUiLocale(choice: UiLanguageChoice | undefined, browserLanguages: readonly string[]): UiLocale {
  if (choice && choice !== 'auto') return choice;
  return matchUiLocale(browserLanguages) ?? FALLBACK_UI_LOCALE;
}

/** Each language's own name, as its speakers write it: the language select shows these. */
export const LOCALE_NAMES: Record<UiLocale, string> = {
  en: 'English',
  ko: '한국어',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
};
