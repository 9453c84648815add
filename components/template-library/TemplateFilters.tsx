import { INTENTS, type Intent } from '@/lib/schemas/template';
import { SITE_IDS, type SiteId } from '@/lib/schemas/ticket';
import type { LibraryFilter } from './library-filter';

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
}: {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search words plus the four facets the issue names: intent, tag, language, inbox. */
export function TemplateFilters({ filter, tags, languages, onChange }: Props) {
  const set = (change: Partial<LibraryFilter>) => onChange({ ...filter, ...change });
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet in every supported browser; the role is its equivalent
    <div className="library-filters" role="search">
      <label className="field library-search">
        <span>Search</span>
        <input
          type="search"
          value={filter.query}
          placeholder="Words in the title, text or tags"
          onChange={(e) => set({ query: e.target.value })}
        />
      </label>
      <Choice label="Intent" value={filter.intent} options={INTENTS} onChange={(v) => set({ intent: v as Intent | '' })} />
      <Choice label="Tag" value={filter.tag} options={tags} onChange={(v) => set({ tag: v })} />
      <Choice label="Language" value={filter.language} options={languages} onChange={(v) => set({ language: v })} />
      <Choice label="Inbox" value={filter.site} options={SITE_IDS} onChange={(v) => set({ site: v as SiteId | '' })} />
    </div>
  );
}
