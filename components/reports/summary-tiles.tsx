import type { Report } from '@/lib/reports/figures';
import { formatDuration, formatMinutes, formatRate, TEXT } from '@/components/reports/report-text';

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
  const { timeToReply } = report;
  return (
    <section className="card" aria-labelledby="report-summary">
      <h2 id="report-summary" className="sr-only">
        {TEXT.title}
      </h2>
      <dl className="report-tiles">
        <Tile id="tickets" label={TEXT.tiles.tickets} value={report.tickets.toLocaleString('en')} />
        <Tile id="inserts" label={TEXT.tiles.inserts} value={report.inserts.toLocaleString('en')} />
        <Tile id="edited" label={TEXT.tiles.edited} value={formatRate(report.editedRate)} note={`${report.edited} of ${report.inserts}`} />
        <Tile id="median" label={TEXT.tiles.median} value={formatDuration(timeToReply.medianMs)} />
        <Tile id="p90" label={TEXT.tiles.p90} value={formatDuration(timeToReply.p90Ms)} />
        <Tile id="saved" label={TEXT.tiles.saved} value={formatMinutes(report.minutesSaved)} />
      </dl>
      <p className="muted">
        {TEXT.replyNote} {timeToReply.measured} {timeToReply.measured === 1 ? 'reply' : 'replies'}.
      </p>
      <p className="muted" data-testid="saved-note">
        {TEXT.savedNote(report.characters, report.charsPerMinute)}
      </p>
    </section>
  );
}
