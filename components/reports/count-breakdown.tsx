import { useMemo } from 'react';
import { useT } from '@/lib/i18n/i18n-context';
import type { CountRow } from '@/lib/reports/count-groups';
import { BarChart } from '@/components/reports/bar-chart';

/** The chart shows the top rows; the table below it lists them all. */
const CHART_ROWS = 10;

interface Props {
  id: string;
  heading: string;
  rows: CountRow[];
  /** How a row's key reads (site and intent names); defaults to the row's label. */
  labelOf?: (row: CountRow) => string;
}

/** One dimension of the report (template, request type, inbox, agent): a bar chart and its table. */
export function CountBreakdown({ id, heading, rows, labelOf = (row) => row.label }: Props) {
  const t = useT();
  const top = rows.slice(0, CHART_ROWS);
  const categories = useMemo(() => top.map(labelOf), [rows, labelOf]);
  const series = useMemo(() => [{ label: t('reports.column.inserts'), values: top.map((row) => row.inserts) }], [rows, t]);
  const headingId = `breakdown-${id}`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid={`breakdown-${id}`}>
      <h2 id={headingId}>{heading}</h2>
      {rows.length === 0 ? (
        <p className="empty">—</p>
      ) : (
        <>
          <BarChart
            label={`${heading}: ${top.map((row) => `${labelOf(row)} ${row.inserts}`).join(', ')}`}
            categories={categories}
            series={series}
            horizontal
          />
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.column.name')}</th>
                <th scope="col">{t('reports.column.tickets')}</th>
                <th scope="col">{t('reports.column.inserts')}</th>
                <th scope="col">{t('reports.column.edited')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-key={row.key}>
                  <th scope="row">{labelOf(row)}</th>
                  <td>{row.tickets}</td>
                  <td data-testid="inserts">{row.inserts}</td>
                  <td>{row.edited}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
