import { useI18n } from '@/lib/i18n/i18n-context';
import type { Report } from '@/lib/reports/figures';
import { formatDuration, formatMinutes, formatRate } from '@/components/reports/report-text';

function Tile({ id, label, value, note }: { id: string; label: string; value: string; note?: string }) {
  return (
    <div className="report-tile" data-testid={`tile-${id}`}>
      <dt>{label}</dt>
      <dd>
        <strong data-testid={`tile-${id}-value`}>{value}</strong>
        {note && <span className="muted">{note}</span>}
      </dd>
    </div>
  );
}

/** The headline figures, each with what it counts. */
export function SummaryTiles({ report }: { report: Report }) {
  const { t, number, locale } = useI18n();
  const { timeToReply } = report;
  return (
    <section className="card" aria-labelledby="report-summary">
      <h2 id="report-summary" className="sr-only">
        {t('reports.summaryTitle')}
      </h2>
      <dl className="report-tiles">
        <Tile id="tickets" label={t('reports.tile.tickets')} value={number(report.tickets)} />
        <Tile id="inserts" label={t('reports.tile.inserts')} value={number(report.inserts)} />
        <Tile
          id="edited"
          label={t('reports.tile.edited')}
          value={formatRate(report.editedRate, locale)}
          note={t('reports.tile.editedOf', { edited: number(report.edited), inserts: number(report.inserts) })}
        />
        <Tile id="median" label={t('reports.tile.median')} value={formatDuration(timeToReply.medianMs, locale)} />
        <Tile id="p90" label={t('reports.tile.p90')} value={formatDuration(timeToReply.p90Ms, locale)} />
        <Tile id="saved" label={t('reports.tile.saved')} value={formatMinutes(report.minutesSaved, locale)} />
      </dl>
      <p className="muted">{t('reports.replyNote', { count: timeToReply.measured })}</p>
      <p className="muted" data-testid="saved-note">
        {t('reports.savedNote', { chars: number(report.characters), perMinute: number(report.charsPerMinute) })}
      </p>
    </section>
  );
}
