import { useMemo } from 'react';
import { useT } from '@/lib/i18n/i18n-context';
import type { Report } from '@/lib/reports/figures';
import { BarChart } from '@/components/reports/bar-chart';

const SOURCES = ['template', 'ai', 'fromScratch'] as const;

/** Template vs AI draft vs written from scratch, in tickets, with the definition beside it. */
export function SourceBreakdown({ report }: { report: Report }) {
  const t = useT();
  const counts = report.ticketsBySource;
  const name = (source: (typeof SOURCES)[number]) => t(`reports.source.${source}`);
  const categories = useMemo(() => SOURCES.map(name), [t]);
  const series = useMemo(() => [{ label: t('reports.column.tickets'), values: SOURCES.map((source) => counts[source]) }], [counts, t]);
  const heading = t('reports.source.heading');
  return (
    <section className="card" aria-labelledby="breakdown-source" data-testid="breakdown-source">
      <h2 id="breakdown-source">{heading}</h2>
      <BarChart
        label={`${heading}: ${SOURCES.map((source) => `${name(source)} ${counts[source]}`).join(', ')}`}
        categories={categories}
        series={series}
        horizontal
      />
      <dl className="report-pairs">
        {SOURCES.map((source) => (
          <div key={source} data-source={source}>
            <dt>{name(source)}</dt>
            <dd>{counts[source]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('reports.source.note')}</p>
    </section>
  );
}
