import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { TemplateRow } from '@/components/template-row';
import { settingsQuery } from '@/lib/queries/settings';
import { templatesQuery } from '@/lib/queries/library';
import type { Template } from '@/lib/schemas/template';
import { errorText } from './error-text';
import { filterTemplates, libraryFacets, NO_FILTER, type LibraryFilter } from './library-filter';
import { TemplateEditor } from './TemplateEditor';
import type { PreviewContext } from './sample-context';
import { TemplateFilters } from './TemplateFilters';
import { useTemplateWrites } from './use-template-writes';
import { useT } from '@/lib/i18n/i18n-context';

/** Rendering thousands of rows makes typing in the search lag; the rest are one click away. */
const PAGE_SIZE = 100;

type Editing = { template: Template | undefined } | null;
const NO_TEMPLATES: Template[] = [];

/**
 * The template library (settings page and panel): browse and search, create, edit (live preview
 * against the open ticket, or a sample) and delete with Undo. Usage counts come from inserts in the panel.
 */
export function TemplateLibrary({ preview }: { preview?: PreviewContext } = {}) {
  const t = useT();
  const templates = useQuery(templatesQuery());
  const settings = useQuery(settingsQuery());
  const writes = useTemplateWrites();
  const [filter, setFilter] = useState(NO_FILTER);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleted, setDeleted] = useState<Template | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const all = templates.data ?? NO_TEMPLATES;
  const facets = useMemo(() => libraryFacets(all), [all]);
  const visible = useMemo(() => filterTemplates(all, filter), [all, filter]);

  const changeFilter = (next: LibraryFilter) => {
    setFilter(next);
    setShown(PAGE_SIZE);
  };
  const remove = async (template: Template) => {
    try {
      await writes.remove(template);
      setDeleted(template);
      setStatus(`Deleted “${template.title}”.`);
    } catch (error) {
      setStatus(errorText(error, t));
    }
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      await writes.restore(deleted);
      setStatus(`Restored “${deleted.title}”.`);
      setDeleted(null);
    } catch (error) {
      setStatus(errorText(error, t));
    }
  };

  return (
    <section className="card form library" data-testid="template-library" aria-labelledby="library-title">
      <h2 id="library-title">{t('library.title')}</h2>
      {templates.isError && (
        <p className="error" role="alert">
          {errorText(templates.error, t)}
        </p>
      )}
      <TemplateFilters filter={filter} tags={facets.tags} languages={facets.languages} onChange={changeFilter} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => setEditing({ template: undefined })}>
          {t('library.new')}
        </button>
        <span className="muted" data-testid="library-count">
          {templates.isPending ? t('common.loading') : t('library.count', { shown: visible.length, count: all.length })}
        </span>
      </div>
      {status && (
        <p role="status" data-testid="library-status">
          {status}{' '}
          {deleted && (
            <button type="button" className="link" onClick={() => void undo()}>
              {t('library.undo')}
            </button>
          )}
        </p>
      )}
      {editing && (
        <TemplateEditor
          key={editing.template?.id ?? 'new'}
          template={editing.template}
          shop={settings.data?.shop}
          agent={settings.data?.agent}
          preview={preview}
          onSave={writes.save}
          onClose={(message) => {
            setEditing(null);
            if (!message) return;
            setStatus(message);
            setDeleted(null);
          }}
        />
      )}
      <ul className="template-list">
        {visible.slice(0, shown).map((template) => (
          <TemplateRow
            key={template.id}
            template={template}
            onEdit={() => setEditing({ template })}
            onDelete={() => void remove(template)}
          />
        ))}
      </ul>
      {visible.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t('library.showMore', { count: Math.min(PAGE_SIZE, visible.length - shown) })}
        </button>
      )}
    </section>
  );
}
