import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { templatesQuery } from '@/lib/queries/library';
import { typingSpeedQuery, usageEventsQuery } from '@/lib/queries/settings';
import { localDay } from '@/lib/reports/days';
import type { UsageExport } from '@/lib/reports/export-format';
import type { CountRow } from '@/lib/reports/count-groups';
import { computeReport } from '@/lib/reports/figures';
import { CHARS_PER_WORD, DEFAULT_WORDS_PER_MINUTE } from '@/lib/reports/typing-speed-schema';
import { useTheme } from '@/components/use-theme';
import { siteName } from '@/components/site-labels';
import { useT } from '@/lib/i18n/i18n-context';
import type { SiteId } from '@/lib/schemas/ticket';
import type { Intent } from '@/lib/schemas/template';
import { CountBreakdown } from '@/components/reports/count-breakdown';
import { DailyChart } from '@/components/reports/daily-chart';
import { ExportActions } from '@/components/reports/export-actions';
import { NeverUsedList } from '@/components/reports/never-used-list';
import { presetRanges, RangePicker, type DayRange } from '@/components/reports/range-picker';
import { SourceBreakdown } from '@/components/reports/source-breakdown';
import { SummaryTiles } from '@/components/reports/summary-tiles';
import { TypingSpeedField } from '@/components/reports/typing-speed-field';

/**
 * The Reports page (its own extension page, reports.html, opened from Settings): what was used and
 * how much time it saved, for a date range, from this browser's usage events or from a team's
 * merged export. Everything is computed here; nothing is sent.
 */
export function ReportsApp() {
  useTheme();
  const t = useT();
  // Keys are a site id or an intent (figures.ts groups by them); 'unknown' is an unclassified ticket.
  const siteLabel = useCallback((row: CountRow) => siteName(row.key as SiteId, t), [t]);
  const intentLabel = useCallback(
    (row: CountRow) => (row.key === 'unknown' ? t('reports.unclassified') : t(`intent.${row.key as Intent}`)),
    [t],
  );
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
        <h1>{t('reports.title')}</h1>
        <a className="panel-settings" href="/options.html">
          {t('panel.settings')}
        </a>
      </header>
      <p className="muted">{t('reports.intro')}</p>
      <div className="report-controls">
        <RangePicker range={range} today={today} onChange={setRange} />
        <TypingSpeedField />
      </div>
      {opened && (
        <p className="report-file" role="status" data-testid="showing-file">
          {t('reports.showingFile', { name: opened.name, count: opened.file.events.length })}{' '}
          <button type="button" className="link" onClick={() => setOpened(null)}>
            {t('reports.backToLocal')}
          </button>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {t('reports.failed', { message: error.message })}
        </p>
      )}
      {!report && !error && (
        <p className="muted" role="status">
          {t('reports.loading')}
        </p>
      )}
      {report && (
        <>
          {report.tickets === 0 && report.inserts === 0 && (
            <p className="empty" data-testid="report-empty">
              {t('reports.empty')}
            </p>
          )}
          <SummaryTiles report={report} />
          <SourceBreakdown report={report} />
          <DailyChart days={report.perDay} />
          <CountBreakdown id="template" heading={t('reports.dimension.template')} rows={report.perTemplate} />
          <CountBreakdown id="intent" heading={t('reports.dimension.intent')} rows={report.perIntent} labelOf={intentLabel} />
          <CountBreakdown id="site" heading={t('reports.dimension.site')} rows={report.perSite} labelOf={siteLabel} />
          <CountBreakdown id="agent" heading={t('reports.dimension.agent')} rows={report.perAgent} />
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
