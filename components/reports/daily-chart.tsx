import { useMemo } from 'react';
import type { DayRow } from '@/lib/reports/figures';
import { BarChart } from '@/components/reports/bar-chart';
import { TEXT } from '@/components/reports/report-text';

/** Tickets and inserts per day of the range; the daily numbers are also in the CSV. */
export function DailyChart({ days }: { days: DayRow[] }) {
  const categories = useMemo(() => days.map((d) => d.day.slice(5)), [days]);
  const series = useMemo(
    () => [
      { label: TEXT.columns.tickets, values: days.map((d) => d.tickets) },
      { label: TEXT.columns.inserts, values: days.map((d) => d.inserts) },
    ],
    [days],
  );
  const busiest = days.reduce<DayRow | undefined>((best, d) => (!best || d.inserts > best.inserts ? d : best), undefined);
  const label = `${TEXT.perDay}${busiest && busiest.inserts > 0 ? `; most inserts on ${busiest.day}: ${busiest.inserts}` : ''}`;
  return (
    <section className="card" aria-labelledby="breakdown-day">
      <h2 id="breakdown-day">{TEXT.perDay}</h2>
      <BarChart label={label} categories={categories} series={series} testId="daily-chart" />
    </section>
  );
}
