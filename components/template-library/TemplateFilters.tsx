import { INTENTS, type Intent } from '@/lib/schemas/template';
import { SITE_IDS, type SiteId } from '@/lib/schemas/ticket';
import type { LibraryFilter } from './library-filter';
import { useT } from '@/lib/i18n/i18n-context';
import { siteName } from '@/components/site-labels';

interface Props {
  filter: LibraryFilter;
  tags: readonly string[];
  languages: readonly string[];
  onChange: (filter: LibraryFilter) => void;
}

function Choice({
  label,
  value,
  options,
  onChange,
  words = (option) => option,
}: {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  /** How an option reads: an intent or an inbox in words; a tag or a language code as it is. */
  words?: (option: string) => string;
}) {
  const t = useT();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('filters.any')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {words(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search words plus the four facets the issue names: intent, tag, language, inbox. */
export function TemplateFilters({ filter, tags, languages, onChange }: Props) {
  const t = useT();
  const set = (change: Partial<LibraryFilter>) => onChange({ ...filter, ...change });
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet in every supported browser; the role is its equivalent
    <div className="library-filters" role="search">
      <label className="field library-search">
        <span>{t('filters.search')}</span>
        <input
          type="search"
          value={filter.query}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => set({ query: e.target.value })}
        />
      </label>
      <Choice
        label={t('filters.intent')}
        value={filter.intent}
        options={INTENTS}
        words={(intent) => t(`intent.${intent as Intent}`)}
        onChange={(v) => set({ intent: v as Intent | '' })}
      />
      <Choice label={t('filters.tag')} value={filter.tag} options={tags} onChange={(v) => set({ tag: v })} />
      <Choice label={t('filters.language')} value={filter.language} options={languages} onChange={(v) => set({ language: v })} />
      <Choice
        label={t('filters.inbox')}
        value={filter.site}
        options={SITE_IDS}
        words={(site) => siteName(site as SiteId, t)}
        onChange={(v) => set({ site: v as SiteId | '' })}
      />
    </div>
  );
}
