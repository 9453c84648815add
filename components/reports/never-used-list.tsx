import type { TemplateRef } from '@/lib/reports/figures';
import { TEXT } from '@/components/reports/report-text';

/** Templates nobody inserted in the range: candidates to rewrite, retire or teach. */
export function NeverUsedList({ templates }: { templates: TemplateRef[] }) {
  return (
    <section className="card" aria-labelledby="never-used" data-testid="never-used">
      <h2 id="never-used">
        {TEXT.neverUsed} ({templates.length})
      </h2>
      {templates.length === 0 ? (
        <p className="empty">{TEXT.allUsed}</p>
      ) : (
        <ul className="report-never-used">
          {templates.map((t) => (
            <li key={t.id} data-template={t.id}>
              {t.title} <span className="muted">{t.id}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
