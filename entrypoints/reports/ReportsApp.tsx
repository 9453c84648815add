import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { templatesQuery, typingSpeedQuery, usageEventsQuery } from '@/lib/queries';
import { localDay } from '@/lib/reports/days';
import type { UsageExport } from '@/lib/reports/export-format';
import { computeReport, type CountRow } from '@/lib/reports/figures';
import { CHARS_PER_WORD, DEFAULT_WORDS_PER_MINUTE } from '@/lib/reports/typing-speed-schema';
import { useTheme } from '@/components/use-theme';
import { SITE_LABELS } from '@/components/site-labels';
import { CountBreakdown } from '@/components/reports/count-breakdown';
import { DailyChart } from '@/components/reports/daily-chart';
import { ExportActions } from '@/components/reports/export-actions';
import { NeverUsedList } from '@/components/reports/never-used-list';
import { presetRanges, RangePicker, type DayRange } from '@/components/reports/range-picker';
import { TEXT } from '@/components/reports/report-text';
import { SourceBreakdown } from '@/components/reports/source-breakdown';
import { SummaryTiles } from '@/components/reports/summary-tiles';
import { TypingSpeedField } from '@/components/reports/typing-speed-field';

const siteLabel = (row: CountRow) => SITE_LABELS[row.key as keyof typeof SITE_LABELS] ?? row.key;
const intentLabel = (row: CountRow) => (row.key === 'unknown' ? TEXT.unclassified : row.key.replaceAll('_', ' '));

/**
 * The Reports page (its own extension page, reports.html, opened from Settings): what was used and
 * how much time it saved, for a date range, from this browser's usage events or from a team's
 * merged export. Everything is computed here; nothing is sent.
 */
export function ReportsApp() {
  useTheme();
  const today = localDay(new Date());
  const [range, setRange] = useState<DayRange>(() => presetRanges(today).last7);
  const [opened, setOpened] = useState<{ name: string; file: UsageExport } | null>(null);
  const local = useQuery({ ...usageEventsQuery(range.fromDay, range.toDay), enabled: opened === null });
  const templates = useQuery({ ...templatesQuery(), enabled: opened === null });
  const wordsPerMinute = useQuery(typingSpeedQuery()).data ?? DEFAULT_WORDS_PER_MINUTE;

  const source = opened
    ? { events: opened.file.events, templates: opened.file.templates }
    : local.data && templates.data
      ? { events: local.data, templates: templates.data }
      : null;
  const events = useMemo(() => source?.events.filter((e) => e.day >= range.fromDay && e.day <= range.toDay) ?? [], [source?.events, range]);
  const report = useMemo(
    () =>
      source
        ? computeReport({
            events,
            fromDay: range.fromDay,
            toDay: range.toDay,
            templates: source.templates,
            charsPerMinute: wordsPerMinute * CHARS_PER_WORD,
          })
        : null,
    [events, source?.templates, range, wordsPerMinute],
  );
  const error = local.error ?? templates.error;

  return (
    <main className="panel reports">
      <header className="panel-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{TEXT.title}</h1>
        <a className="panel-settings" href="/options.html">
          {TEXT.settingsLink}
        </a>
      </header>
      <p className="muted">{TEXT.intro}</p>
      <div className="report-controls">
        <RangePicker range={range} today={today} onChange={setRange} />
        <TypingSpeedField />
      </div>
      {opened && (
        <p className="report-file" role="status" data-testid="showing-file">
          {TEXT.showingFile(opened.name, opened.file.events.length)}{' '}
          <button type="button" className="link" onClick={() => setOpened(null)}>
            {TEXT.backToLocal}
          </button>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {TEXT.failed} {error.message}
        </p>
      )}
      {!report && !error && (
        <p className="muted" role="status">
          {TEXT.loading}
        </p>
      )}
      {report && (
        <>
          {report.tickets === 0 && report.inserts === 0 && (
            <p className="empty" data-testid="report-empty">
              {TEXT.empty}
            </p>
          )}
          <SummaryTiles report={report} />
          <SourceBreakdown report={report} />
          <DailyChart days={report.perDay} />
          <CountBreakdown id="template" heading={TEXT.dimensions.template} rows={report.perTemplate} />
          <CountBreakdown id="intent" heading={TEXT.dimensions.intent} rows={report.perIntent} labelOf={intentLabel} />
          <CountBreakdown id="site" heading={TEXT.dimensions.site} rows={report.perSite} labelOf={siteLabel} />
          <CountBreakdown id="agent" heading={TEXT.dimensions.agent} rows={report.perAgent} />
          <NeverUsedList templates={report.neverUsed} />
          <ExportActions
            events={events}
            templates={source?.templates ?? []}
            fromDay={range.fromDay}
            toDay={range.toDay}
            onOpen={(name, file) => {
              setOpened({ name, file });
              setRange({ fromDay: file.fromDay, toDay: file.toDay });
            }}
          />
        </>
      )}
    </main>
  );
}
