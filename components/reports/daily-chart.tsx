import { useMemo } from 'react';
import { useI18n } from '@/lib/i18n/i18n-context';
import type { DayRow } from '@/lib/reports/figures';
import { BarChart } from '@/components/reports/bar-chart';

/** Tickets and inserts per day of the range; the daily numbers are also in the CSV. */
export function DailyChart({ days }: { days: DayRow[] }) {
  const { t, date } = useI18n();
  const categories = useMemo(() => days.map((d) => d.day.slice(5)), [days]);
  const series = useMemo(
    () => [
      { label: t('reports.column.tickets'), values: days.map((d) => d.tickets) },
      { label: t('reports.column.inserts'), values: days.map((d) => d.inserts) },
    ],
    [days, t],
  );
  const busiest = days.reduce<DayRow | undefined>((best, d) => (!best || d.inserts > best.inserts ? d : best), undefined);
  const heading = t('reports.perDay');
  const label =
    busiest && busiest.inserts > 0
      ? `${heading}; ${t('reports.perDayBusiest', { day: date(busiest.day), count: busiest.inserts })}`
      : heading;
  return (
    <section className="card" aria-labelledby="breakdown-day">
      <h2 id="breakdown-day">{heading}</h2>
      <BarChart label={label} categories={categories} series={series} testId="daily-chart" />
    </section>
  );
}
