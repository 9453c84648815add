/** Settings → Appearance: the interface language, or the browser's. Saved at once, zod-checked. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { uiLanguageQuery } from '@/lib/queries/settings';
import { UiLanguageSchema } from '@/lib/schemas/settings';
import { uiLanguageSetting } from '@/lib/settings';
import { LOCALE_NAMES, UI_LOCALES } from '@/lib/i18n/locales';
import { useT } from '@/lib/i18n/i18n-context';

export function LanguageSetting() {
  const t = useT();
  const queryClient = useQueryClient();
  const choice = useQuery(uiLanguageQuery());
  const [status, setStatus] = useState<string | null>(null);

  const choose = async (value: string) => {
    const parsed = UiLanguageSchema.safeParse(value);
    if (!parsed.success) return setStatus(t('language.notSaved', { value }));
    await uiLanguageSetting.set(parsed.data);
    await queryClient.invalidateQueries({ queryKey: queryKeys.uiLanguage });
    setStatus(null);
  };

  return (
    <div className="field">
      <label htmlFor="ui-language">{t('language.label')}</label>
      <select id="ui-language" data-testid="ui-language" value={choice.data ?? 'auto'} onChange={(e) => void choose(e.target.value)}>
        <option value="auto">{t('language.auto')}</option>
        {UI_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      {status && (
        <p role="alert" className="error">
          {status}
        </p>
      )}
    </div>
  );
}
