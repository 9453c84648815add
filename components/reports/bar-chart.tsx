/**
 * A bar chart (Chart.js, registered with only what bars need, so the page bundle stays small and
 * no chart code reaches a content script). The canvas is a picture for sighted readers: its label
 * names what it shows, and the same numbers are in the table beside it.
 */
import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useChartPalette } from '@/components/reports/use-chart-palette';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface BarSeries {
  label: string;
  values: number[];
}

interface Props {
  /** Read by screen readers; the table beside the chart has the numbers. */
  label: string;
  categories: string[];
  series: BarSeries[];
  horizontal?: boolean;
  testId?: string;
}

export function BarChart({ label, categories, series, horizontal = false, testId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const palette = useChartPalette();
  useEffect(() => {
    if (!canvas.current) return;
    const axis = { ticks: { color: palette.ink, precision: 0 }, grid: { color: palette.grid }, border: { color: palette.grid } };
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: categories,
        datasets: series.map((s, index) => ({
          label: s.label,
          data: s.values,
          backgroundColor: palette.series[index % palette.series.length],
          maxBarThickness: 28,
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { ...axis, beginAtZero: true }, y: { ...axis, beginAtZero: true } },
        plugins: { legend: { display: series.length > 1, labels: { color: palette.ink } } },
      },
    });
    return () => chart.destroy();
  }, [categories, series, horizontal, palette]);
  const height = horizontal ? Math.max(120, categories.length * 28 + 40) : 220;
  return (
    <div className="report-chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
