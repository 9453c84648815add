import type { Template } from '@/lib/schemas/template';

function intentLabel(intent: string): string {
  return intent.replace(/_/g, ' ');
}

/** One template in the library list: what it is for, where it came from, how often it was used. */
export function TemplateRow({ template, onEdit, onDelete }: { template: Template; onEdit: () => void; onDelete: () => void }) {
  return (
    <li className="template-row" data-testid="library-template" data-template={template.id}>
      <div className="template-row-main">
        <strong className="template-title">{template.title}</strong>
        <div className="chips">
          {template.intents.map((intent) => (
            <span key={intent} className="chip">
              {intentLabel(intent)}
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
          <span data-testid="usage-count">
            Used {template.usageCount} {template.usageCount === 1 ? 'time' : 'times'}
          </span>
          {' · '}
          {template.sites.length ? template.sites.join(', ') : 'every inbox'}
          {template.packId ? ` · from pack ${template.packId}` : ' · written here'}
          {template.locallyModified && (
            <span className="badge-edited" data-testid="locally-modified">
              {' '}
              · edited here
            </span>
          )}
        </p>
      </div>
      <div className="actions">
        <button type="button" onClick={onEdit} aria-label={`Edit ${template.title}`}>
          Edit
        </button>
        <button type="button" onClick={onDelete} aria-label={`Delete ${template.title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
