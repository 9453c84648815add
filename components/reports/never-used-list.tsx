import { useT } from '@/lib/i18n/i18n-context';
import type { TemplateRef } from '@/lib/reports/figures';

/** Templates nobody inserted in the range: candidates to rewrite, retire or teach. */
export function NeverUsedList({ templates }: { templates: TemplateRef[] }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="never-used" data-testid="never-used">
      <h2 id="never-used">{t('reports.neverUsed', { count: templates.length })}</h2>
      {templates.length === 0 ? (
        <p className="empty">{t('reports.allUsed')}</p>
      ) : (
        <ul className="report-never-used">
          {templates.map((template) => (
            <li key={template.id} data-template={template.id}>
              {template.title} <span className="muted">{template.id}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
