import type { Template } from '@/lib/schemas/template';
import { useT } from '@/lib/i18n/i18n-context';

/** One template in the library list: what it is for, where it came from, how often it was used. */
export function TemplateRow({ template, onEdit, onDelete }: { template: Template; onEdit: () => void; onDelete: () => void }) {
  const t = useT();
  return (
    <li className="template-row" data-testid="library-template" data-template={template.id}>
      <div className="template-row-main">
        <strong className="template-title">{template.title}</strong>
        <div className="chips">
          {template.intents.map((intent) => (
            <span key={intent} className="chip">
              {t(`intent.${intent}`)}
            </span>
          ))}
          <span className="chip chip-language">{template.language}</span>
          {template.tags.map((tag) => (
            <span key={tag} className="chip chip-tag">
              #{tag}
            </span>
          ))}
        </div>
        <p className="muted template-meta">
          <span data-testid="usage-count">{t('library.usage', { count: template.usageCount })}</span>
          {' · '}
          {template.sites.length ? template.sites.join(', ') : t('library.everyInbox')}
          {template.packId ? t('library.fromPack', { pack: template.packId }) : t('library.writtenHere')}
          {template.locallyModified && (
            <span className="badge-edited" data-testid="locally-modified">
              {t('library.editedHere')}
            </span>
          )}
        </p>
      </div>
      <div className="actions">
        <button type="button" onClick={onEdit} aria-label={t('library.editLabel', { title: template.title })}>
          {t('common.edit')}
        </button>
        <button type="button" onClick={onDelete} aria-label={t('library.deleteLabel', { title: template.title })}>
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
}
