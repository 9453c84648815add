import { useMemo } from 'react';
import type { Report } from '@/lib/reports/figures';
import { BarChart } from '@/components/reports/bar-chart';
import { TEXT } from '@/components/reports/report-text';

const SOURCES = ['template', 'ai', 'fromScratch'] as const;

/** Template vs AI draft vs written from scratch, in tickets, with the definition beside it. */
export function SourceBreakdown({ report }: { report: Report }) {
  const counts = report.ticketsBySource;
  const categories = useMemo(() => SOURCES.map((source) => TEXT.sources[source]), []);
  const series = useMemo(() => [{ label: TEXT.columns.tickets, values: SOURCES.map((source) => counts[source]) }], [counts]);
  return (
    <section className="card" aria-labelledby="breakdown-source" data-testid="breakdown-source">
      <h2 id="breakdown-source">{TEXT.sources.heading}</h2>
      <BarChart
        label={`${TEXT.sources.heading}: ${SOURCES.map((source) => `${TEXT.sources[source]} ${counts[source]}`).join(', ')}`}
        categories={categories}
        series={series}
        horizontal
      />
      <dl className="report-pairs">
        {SOURCES.map((source) => (
          <div key={source} data-source={source}>
            <dt>{TEXT.sources[source]}</dt>
            <dd>{counts[source]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{TEXT.sourcesNote}</p>
    </section>
  );
}
