/** Settings → Appearance: light, dark, or follow the system's setting, and the language beside it. Saved at once, zod-checked. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { themeQuery } from '@/lib/queries/settings';
import { THEMES, ThemeSchema, type Theme } from '@/lib/schemas/settings';
import { themeSetting } from '@/lib/settings';
import { useT } from '@/lib/i18n/i18n-context';
import { LanguageSetting } from '@/components/language-setting';

export function ThemeSetting() {
  const t = useT();
  const queryClient = useQueryClient();
  const theme = useQuery(themeQuery());
  const [status, setStatus] = useState<string | null>(null);
  // The choice shows at once; the stored value follows (a controlled radio must not wait for it).
  const [chosen, setChosen] = useState<Theme | null>(null);
  const current = chosen ?? theme.data ?? 'system';

  const choose = async (value: string) => {
    const parsed = ThemeSchema.safeParse(value);
    if (!parsed.success) return setStatus(t('theme.notSaved', { value }));
    setChosen(parsed.data);
    await themeSetting.set(parsed.data);
    await queryClient.invalidateQueries({ queryKey: queryKeys.theme });
    setStatus(t('theme.saved', { theme: t(`theme.${parsed.data}`) }));
  };

  return (
    <section className="card form" aria-labelledby="appearance-title">
      <h2 id="appearance-title">{t('theme.appearance')}</h2>
      <LanguageSetting />
      <fieldset className="choice-group">
        <legend>{t('theme.legend')}</legend>
        {THEMES.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="theme" value={value} checked={current === value} onChange={(e) => void choose(e.target.value)} />
            {t(`theme.${value}`)}
          </label>
        ))}
      </fieldset>
      <p role="status" className="muted">
        {status ?? ''}
      </p>
    </section>
  );
}
