/**
 * The interface language for React: `<I18nProvider>` resolves the Settings choice and the
 * browser's languages to one locale, sets <html lang>, and follows a change made in Settings;
 * `useT()` gives `t(key, params)`, `useI18n()` the whole translator (dates, money, durations).
 * Without a provider (unit tests rendering one component) everything is English.
 */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { uiLanguageQuery } from '@/lib/queries/settings';
import { uiLanguageSetting } from '@/lib/settings';
import { FALLBACK_UI_LOCALE, resolveUiLocale } from './locales';
import { translator, type Translator } from './translator';

const I18nContext = createContext<Translator>(translator(FALLBACK_UI_LOCALE));

export function I18nProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const choice = useQuery(uiLanguageQuery());
  useEffect(() => uiLanguageSetting.watch(() => void queryClient.invalidateQueries({ queryKey: queryKeys.uiLanguage })), [queryClient]);
  const locale = resolveUiLocale(choice.data, navigator.languages.length ? navigator.languages : [navigator.language]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // Until the stored choice is read the page renders nothing rather than flash another language.
  if (choice.isPending) return null;
  return <I18nContext.Provider value={translator(locale)}>{children}</I18nContext.Provider>;
}

export const useI18n = (): Translator => useContext(I18nContext);
export const useT = (): Translator['t'] => useContext(I18nContext).t;
